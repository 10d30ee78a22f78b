import { z } from 'zod';

/** At most this many dossiers in one request: larger feeds are sent in batches. */
export const MAX_DOSSIERS_PER_REQUEST = 1000;

const date = z
  .string()
  .refine(
    (s) => !Number.isNaN(Date.parse(s)),
    'không phải thời điểm hợp lệ (ISO 8601, ví dụ 2025-03-12T08:30:00+07:00)',
  );

/** One dossier as the one-stop system sends it; `status` is a canonical code or its own wording. */
export const dossierInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9.]+-\d{6}-\d{4}$/, 'mã hồ sơ không đúng dạng {mã cơ quan}-{yyMMdd}-{NNNN}'),
  procedureCode: z.string().trim().max(64).optional(),
  applicantName: z.string().trim().max(200).optional(),
  applicantPhone: z.string().trim().max(20).optional(),
  agencyName: z.string().trim().max(300).optional(),
  submissionChannel: z.string().trim().max(32).optional(),
  status: z.string().trim().min(1).max(120),
  receivedAt: date.optional(),
  dueAt: date.optional(),
  updatedAt: date.optional(),
});
export type DossierInput = z.infer<typeof dossierInputSchema>;

export const dossierBatchSchema = z.object({
  dossiers: z
    .array(z.unknown())
    .min(1, 'cần ít nhất một hồ sơ')
    .max(MAX_DOSSIERS_PER_REQUEST, `tối đa ${MAX_DOSSIERS_PER_REQUEST} hồ sơ một lần`),
});

export interface DossierIngestResult {
  accepted: number;
  rejected: { index: number; reason: string }[];
}

/** POST /api/integrations/dossiers/:code/subscribers: a phone for ZNS notices. */
export const phoneSubscriberSchema = z.object({
  phone: z.string({ message: 'bắt buộc, là chuỗi' }).trim().min(9, 'quá ngắn').max(20, 'quá dài'),
});
