import type { Env } from './env.schema';

/** The typed configuration object injected everywhere; built once from the validated env. */
export class AppConfig {
  readonly nodeEnv: Env['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  /** Absent: the embedded PGlite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly catalogSeedFile: string;
  readonly provinceSeedDir: string;
  readonly seedOnStart: boolean;
  readonly dbPoolSize: number;
  readonly portalUrl: string;
  /** A conversation quiet for longer starts afresh (follow-ups no longer refer to the old procedure). */
  readonly conversationTtlMinutes: number;
  /** Absent: the Telegram channel is off. */
  readonly telegram:
    | {
        token: string;
        mode: 'webhook' | 'polling';
        webhookSecret?: string;
        webhookUrl?: string;
        apiRoot: string;
      }
    | undefined;

  constructor(env: Env) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = env.DATABASE_URL;
    this.dataDir = env.DATA_DIR;
    this.logLevel = env.LOG_LEVEL;
    this.catalogSeedFile = env.CATALOG_SEED_FILE;
    this.provinceSeedDir = env.PROVINCE_SEED_DIR;
    this.seedOnStart = env.SEED_ON_START;
    this.dbPoolSize = env.DB_POOL_SIZE;
    this.portalUrl = env.PORTAL_URL;
    this.conversationTtlMinutes = env.CONVERSATION_TTL_MINUTES;
    this.telegram = env.TELEGRAM_BOT_TOKEN
      ? {
          token: env.TELEGRAM_BOT_TOKEN,
          mode: env.TELEGRAM_MODE,
          webhookSecret: env.TELEGRAM_WEBHOOK_SECRET,
          webhookUrl: env.TELEGRAM_WEBHOOK_URL,
          apiRoot: env.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
        }
      : undefined;
  }

  get usesEmbeddedDatabase(): boolean {
    return !this.databaseUrl;
  }
}
