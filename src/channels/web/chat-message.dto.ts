import { z } from 'zod';

/** The random id a browser keeps in localStorage. */
const userId = z
  .string({ message: 'bắt buộc, là chuỗi' })
  .trim()
  .min(1, 'bắt buộc')
  .max(128, 'tối đa 128 ký tự')
  .regex(/^[\w.:-]+$/, 'chỉ gồm chữ, số và . _ : -');

export const chatUserSchema = z.object({ userId });

/** POST /api/chat/messages: a typed message or a tapped button, from one browser user. */
export const chatMessageSchema = z
  .object({
    userId,
    text: z.string({ message: 'phải là chuỗi' }).optional(),
    payload: z.string({ message: 'phải là chuỗi' }).max(256, 'tối đa 256 ký tự').optional(),
  })
  .refine((m) => m.text !== undefined || m.payload !== undefined, {
    message: 'cần "text" (tin nhắn) hoặc "payload" (nút đã bấm)',
  });

export type ChatMessageDto = z.infer<typeof chatMessageSchema>;

export interface ChatResponseDto {
  replies: { text: string; buttons: { label: string; payload: string }[] }[];
}
