import { z } from 'zod';
import { criterionById } from '../../feedback/rating-criteria';
import { RATING_LEVELS } from '../../feedback/rating.entity';

const MAX_COMMENT = 1000;

/** POST /api/public/dossiers/:code/verify */
export const verifyBodySchema = z.object({
  last4: z
    .string({ message: 'bắt buộc, là chuỗi' })
    .trim()
    .regex(/^\d{4}$/, 'là đúng 4 chữ số'),
});

/** POST /api/public/me/dossiers */
export const followBodySchema = z.object({
  code: z.string({ message: 'bắt buộc, là chuỗi' }).trim().min(1, 'bắt buộc').max(200, 'tối đa 200 ký tự'),
});

/** POST /api/public/me/phone: the token getPhoneNumber() gave; the number itself never comes from the app. */
export const phoneBodySchema = z.object({
  phoneToken: z.string({ message: 'bắt buộc, là chuỗi' }).trim().min(1, 'bắt buộc').max(1024, 'quá dài'),
});

/** POST /api/public/me/notifications/read: the notices the app showed. */
export const noticeReadBodySchema = z.object({
  ids: z
    .array(z.number({ message: 'là số' }).int('là số nguyên').positive('là số dương'), {
      message: 'là danh sách mã thông báo',
    })
    .max(100, 'tối đa 100 thông báo'),
});

/** POST /api/public/dossiers/:code/rating */
export const ratingBodySchema = z.object({
  level: z.enum(RATING_LEVELS, { message: `là một trong: ${RATING_LEVELS.join(', ')}` }),
  criteria: z
    .record(z.string(), z.enum(['a', 'b', 'c'], { message: 'câu trả lời là a, b hoặc c' }))
    .refine((answers) => Object.keys(answers).every((id) => criterionById(id) !== undefined), {
      message: 'có câu hỏi không tồn tại',
    })
    .optional(),
  comment: z
    .string({ message: 'phải là chuỗi' })
    .transform((text) => text.normalize('NFC').trim())
    .pipe(z.string().max(MAX_COMMENT, `tối đa ${MAX_COMMENT} ký tự`))
    .optional(),
});

export type RatingBody = z.infer<typeof ratingBodySchema>;
