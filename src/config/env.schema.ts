import { z } from 'zod';

/**
 * Every environment variable the service reads, validated once at start.
 * `.env.example` documents the same list; keep the two in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải là URL PostgreSQL, ví dụ postgres://user:pass@host:5432/db')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CATALOG_SEED_FILE: z.string().min(1).default('data/catalog.jsonl.gz'),
  PROVINCE_SEED_DIR: z.string().min(1).default('data/provinces'),
  SEED_ON_START: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PORTAL_URL: z.string().url().default('https://dichvucong.gov.vn'),
  CONVERSATION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
});

export type Env = z.infer<typeof envSchema>;
