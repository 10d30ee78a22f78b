import { z } from 'zod';

/**
 * Every environment variable the service reads, validated once at start.
 * `.env.example` documents the same list; keep the two in step.
 */
const baseSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  // Proxies whose X-Forwarded-For is believed (the client address counts toward lookup limits):
  // addresses/CIDRs or loopback, linklocal, uniquelocal; "true" trusts any hop, "false" none.
  TRUST_PROXY: z.string().trim().min(1).default('loopback,linklocal,uniquelocal'),
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
  // Telegram: on when a bot token is set.
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'không đúng dạng token của BotFather (123456789:AA…)')
    .optional(),
  TELEGRAM_MODE: z.enum(['webhook', 'polling']).default('polling'),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'cần 16–256 ký tự A-Z, a-z, 0-9, _ hoặc -')
    .optional(),
  TELEGRAM_WEBHOOK_URL: z
    .string()
    .url()
    .startsWith('https://', 'Telegram chỉ gọi webhook qua https://')
    .optional(),
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  // The one-stop system's key for POST /api/integrations/dossiers (Authorization: Bearer …).
  DOSSIER_API_KEY: z.string().min(24, 'ít nhất 24 ký tự (hãy dùng: openssl rand -hex 32)').optional(),
  // Staff workspace (/admin): sessions, lockout, password hashing, and how often instances pick up published content.
  STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(8),
  STAFF_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  STAFF_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  STAFF_PASSWORD_COST: z.coerce.number().int().min(4).max(15).default(12),
  CONTENT_POLL_MS: z.coerce.number().int().min(200).max(600_000).default(2000),
  // Automation (scripts, the one-stop system): Authorization: Bearer <ADMIN_TOKEN> acts as an admin.
  ADMIN_TOKEN: z.string().min(24, 'ít nhất 24 ký tự (hãy dùng: openssl rand -hex 32)').optional(),
  // Zalo OA: on when ZALO_APP_ID is set.
  ZALO_APP_ID: z.string().regex(/^\d+$/, 'là dãy số (App ID trên developers.zalo.me)').optional(),
  ZALO_APP_SECRET: z.string().min(8).optional(),
  ZALO_OA_ID: z.string().regex(/^\d+$/, 'là dãy số (OA ID)').optional(),
  ZALO_OA_SECRET_KEY: z.string().min(8).optional(),
  ZALO_ACCESS_TOKEN: z.string().min(8).optional(),
  ZALO_REFRESH_TOKEN: z.string().min(8).optional(),
  ZALO_API_BASE: z.string().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_BASE: z.string().url().default('https://oauth.zaloapp.com'),
  ZALO_ZNS_BASE: z.string().url().default('https://business.openapi.zalo.me'),
  ZALO_OAUTH_REDIRECT_URI: z.string().url().optional(),
  // Zalo Mini App: tokens are checked at the graph API; the secret signs appsecret_proof and exchanges phone tokens.
  ZALO_GRAPH_BASE: z.string().url().default('https://graph.zalo.me'),
  ZALO_MINIAPP_SECRET: z.string().min(8).optional(),
  // Outside Zalo (a browser during development) a marked dev identity stands in; never in production.
  MINIAPP_DEV_IDENTITY: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  // Origins allowed to call /api/public/* from a browser: Zalo serves Mini Apps from h5.zdn.vn.
  MINIAPP_ORIGINS: z
    .string()
    // https: the Zalo PC/web client; zbrowser: the Zalo phone app's webview.
    .default('https://h5.zdn.vn,zbrowser://h5.zdn.vn')
    .transform((v) =>
      v
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url('mỗi origin là một URL, ví dụ https://h5.zdn.vn'))),
  // ZNS template registered by the province for dossier notices (params: ma_ho_so, trang_thai, ten_thu_tuc).
  ZALO_ZNS_TEMPLATE_ID: z.string().regex(/^\d+$/, 'là dãy số (mã mẫu ZNS)').optional(),
  // Notification worker: delivers the outbox; several instances share it safely.
  NOTIFY_WORKER: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  NOTIFY_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  NOTIFY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  // Due-soon and overdue reminders: how often to look (0 turns them off).
  NOTIFY_SCAN_MINUTES: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(15),
});

/** A channel's secrets are required only when that channel is on. */
export const envSchema = baseSchema.superRefine((env, ctx) => {
  if (env.ZALO_APP_ID) {
    for (const key of ['ZALO_APP_SECRET', 'ZALO_OA_ID', 'ZALO_OA_SECRET_KEY'] as const) {
      if (!env[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'bắt buộc khi bật Zalo (có ZALO_APP_ID)' });
    }
  }
  if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === 'webhook' && !env.TELEGRAM_WEBHOOK_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['TELEGRAM_WEBHOOK_SECRET'],
      message: 'bắt buộc khi TELEGRAM_MODE=webhook (ít nhất 16 ký tự)',
    });
  }
});

export type Env = z.infer<typeof envSchema>;
