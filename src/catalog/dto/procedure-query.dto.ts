import { z } from 'zod';

/** GET /api/procedures query; unknown parameters are refused so typos do not pass silently. */
export const procedureQuerySchema = z
  .object({
    q: z.string().trim().max(200, 'tối đa 200 ký tự').optional(),
    field: z.string().trim().max(200, 'tối đa 200 ký tự').optional(),
    level: z.string().trim().max(50, 'tối đa 50 ký tự').optional(),
    limit: z.coerce
      .number({ message: 'phải là số nguyên' })
      .int('phải là số nguyên')
      .min(1, 'tối thiểu 1')
      .max(100, 'tối đa 100')
      .default(20),
    offset: z.coerce
      .number({ message: 'phải là số nguyên' })
      .int('phải là số nguyên')
      .min(0, 'không được âm')
      .max(100_000, 'quá lớn')
      .default(0),
  })
  .strict();

export type ProcedureQuery = z.infer<typeof procedureQuerySchema>;
