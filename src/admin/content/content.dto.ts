import { z } from 'zod';

const phrase = z.string().trim().min(1, 'cụm từ không được trống').max(200, 'cụm từ dài quá 200 ký tự');

export const faqEditSchema = z.object({
  triggers: z.array(phrase).min(1, 'cần ít nhất một câu hỏi mẫu').max(50, 'tối đa 50 câu hỏi mẫu'),
  answer: z
    .string()
    .trim()
    .min(1, 'câu trả lời không được trống')
    .max(4000, 'câu trả lời dài quá 4000 ký tự'),
  file: z
    .string()
    .regex(/^[a-z0-9-]+\.ya?ml$/, 'tên tệp dạng ten-tep.yaml')
    .optional(),
});
export type FaqEditDto = z.infer<typeof faqEditSchema>;

export const varEditSchema = z.object({ value: z.string().max(2000, 'giá trị dài quá 2000 ký tự') });

export const synonymAddSchema = z.object({ phrase, meaning: phrase });

export const fileEditSchema = z.object({
  path: z.string().min(1).max(200),
  text: z.string().max(200_000, 'tệp dài quá 200.000 ký tự'),
});

export const publishSchema = z.object({ note: z.string().trim().max(500).optional() });

export const previewSchema = z
  .object({ text: z.string().max(2000).optional(), payload: z.string().max(300).optional() })
  .refine((v) => v.text !== undefined || v.payload !== undefined, 'cần text hoặc payload');
