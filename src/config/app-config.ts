import type { Env } from './env.schema';

/** The typed configuration object injected everywhere; built once from the validated env. */
export class AppConfig {
  readonly nodeEnv: Env['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  /** Fastify's trustProxy: which proxies may state the client's address. */
  readonly trustProxy: boolean | string;
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

  /** Bearer key of the one-stop system's dossier feed; absent: the ingestion route refuses all. */
  readonly dossierApiKey: string | undefined;
  /** Bearer token for staff automation (reports, Zalo connection) until staff accounts exist. */
  readonly adminToken: string | undefined;
  /** The staff workspace. */
  readonly staff: {
    sessionHours: number;
    lockoutAttempts: number;
    lockoutMinutes: number;
    passwordCost: number;
    contentPollMs: number;
  };
  /** Absent: the Zalo OA channel is off. */
  readonly zalo:
    | {
        appId: string;
        appSecret: string;
        oaId: string;
        oaSecretKey: string;
        accessToken?: string;
        refreshToken?: string;
        apiBase: string;
        oauthBase: string;
        znsBase: string;
        redirectUri?: string;
      }
    | undefined;

  /** The Zalo Mini App's public API. */
  readonly miniapp: {
    graphBase: string;
    /** Absent: tokens are checked without appsecret_proof and phone tokens cannot be exchanged. */
    secret?: string;
    /** Whether the dev identity is accepted; never in production. */
    devIdentity: boolean;
    origins: string[];
    /** The OA the Mini App offers to follow and chat with. */
    oaId?: string;
  };

  /** The notification outbox's worker and the due-date reminders. */
  readonly notify: {
    worker: boolean;
    pollMs: number;
    leaseSeconds: number;
    maxAttempts: number;
    retryBaseMs: number;
    scanMinutes: number;
    znsTemplateId?: string;
  };

  constructor(env: Env) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.host = env.HOST;
    this.trustProxy =
      env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY === 'false' ? false : env.TRUST_PROXY;
    this.databaseUrl = env.DATABASE_URL;
    this.dataDir = env.DATA_DIR;
    this.logLevel = env.LOG_LEVEL;
    this.catalogSeedFile = env.CATALOG_SEED_FILE;
    this.provinceSeedDir = env.PROVINCE_SEED_DIR;
    this.seedOnStart = env.SEED_ON_START;
    this.dbPoolSize = env.DB_POOL_SIZE;
    this.portalUrl = env.PORTAL_URL;
    this.conversationTtlMinutes = env.CONVERSATION_TTL_MINUTES;
    this.adminToken = env.ADMIN_TOKEN;
    this.dossierApiKey = env.DOSSIER_API_KEY;
    this.staff = {
      sessionHours: env.STAFF_SESSION_HOURS,
      lockoutAttempts: env.STAFF_LOCKOUT_ATTEMPTS,
      lockoutMinutes: env.STAFF_LOCKOUT_MINUTES,
      passwordCost: env.STAFF_PASSWORD_COST,
      contentPollMs: env.CONTENT_POLL_MS,
    };
    this.notify = {
      worker: env.NOTIFY_WORKER,
      pollMs: env.NOTIFY_POLL_MS,
      leaseSeconds: env.NOTIFY_LEASE_SECONDS,
      maxAttempts: env.NOTIFY_MAX_ATTEMPTS,
      retryBaseMs: env.NOTIFY_RETRY_BASE_MS,
      scanMinutes: env.NOTIFY_SCAN_MINUTES,
      znsTemplateId: env.ZALO_ZNS_TEMPLATE_ID,
    };
    const trim = (url: string) => url.replace(/\/+$/, '');
    this.zalo = env.ZALO_APP_ID
      ? {
          appId: env.ZALO_APP_ID,
          appSecret: env.ZALO_APP_SECRET!,
          oaId: env.ZALO_OA_ID!,
          oaSecretKey: env.ZALO_OA_SECRET_KEY!,
          accessToken: env.ZALO_ACCESS_TOKEN,
          refreshToken: env.ZALO_REFRESH_TOKEN,
          apiBase: trim(env.ZALO_API_BASE),
          oauthBase: trim(env.ZALO_OAUTH_BASE),
          znsBase: trim(env.ZALO_ZNS_BASE),
          redirectUri: env.ZALO_OAUTH_REDIRECT_URI,
        }
      : undefined;
    this.miniapp = {
      graphBase: trim(env.ZALO_GRAPH_BASE),
      secret: env.ZALO_MINIAPP_SECRET ?? env.ZALO_APP_SECRET,
      devIdentity: env.MINIAPP_DEV_IDENTITY && env.NODE_ENV !== 'production',
      origins: env.MINIAPP_ORIGINS,
      oaId: env.ZALO_OA_ID,
    };
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
