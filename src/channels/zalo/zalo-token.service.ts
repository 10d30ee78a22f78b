import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { ZaloOauthClient } from './zalo-oauth.client';
import { ZaloTokenRepository } from './zalo-token.repository';

/** Refresh this long before the stored expiry, so no call meets an expired token. */
const REFRESH_MARGIN_MS = 10 * 60 * 1000;

/**
 * The OA access token: read from PostgreSQL, refreshed before it expires and when Zalo says it is
 * invalid. The refresh token is single-use, so exactly one refresh runs at a time — one promise per
 * process, one PostgreSQL advisory lock across instances — and the new pair is saved atomically.
 */
@Injectable()
export class ZaloTokenService {
  private readonly logger = new Logger(ZaloTokenService.name);
  private readonly oauth: ZaloOauthClient;
  private inFlight: Promise<string> | null = null;
  private readonly oaId: string;

  constructor(
    config: AppConfig,
    private readonly tokens: ZaloTokenRepository,
  ) {
    const zalo = config.zalo!;
    this.oaId = zalo.oaId;
    this.oauth = new ZaloOauthClient(zalo);
  }

  get oauthClient(): ZaloOauthClient {
    return this.oauth;
  }

  async seed(accessToken?: string, refreshToken?: string): Promise<void> {
    if (accessToken && refreshToken) {
      await this.tokens.seed(this.oaId, { accessToken, refreshToken, accessExpiresAt: null });
    }
  }

  /** A usable access token, refreshing first when the stored one is about to expire. */
  async accessToken(): Promise<string> {
    const pair = await this.tokens.get(this.oaId);
    if (!pair)
      throw new Error(
        'Zalo OA is not connected: set ZALO_ACCESS_TOKEN/ZALO_REFRESH_TOKEN or use /admin/zalo/connect',
      );
    if (pair.accessExpiresAt && pair.accessExpiresAt.getTime() - Date.now() < REFRESH_MARGIN_MS) {
      return this.refresh(pair.accessToken);
    }
    return pair.accessToken;
  }

  /**
   * Replaces `staleToken`. Concurrent callers share one refresh; a caller whose stale token was
   * already replaced (here or by another instance) gets the new one without refreshing again.
   */
  refresh(staleToken: string): Promise<string> {
    if (!this.inFlight) {
      this.inFlight = this.refreshLocked(staleToken).finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  /** Saves a pair obtained through the staff consent flow. */
  async store(pair: {
    accessToken: string;
    refreshToken: string;
    accessExpiresAt: Date | null;
  }): Promise<void> {
    await this.tokens.withRefreshLock(this.oaId, async () => pair);
  }

  private async refreshLocked(staleToken: string): Promise<string> {
    const saved = await this.tokens.withRefreshLock(this.oaId, async (current) => {
      if (!current) throw new Error('Zalo OA is not connected');
      const stillValid =
        current.accessExpiresAt && current.accessExpiresAt.getTime() - Date.now() >= REFRESH_MARGIN_MS;
      if (current.accessToken !== staleToken && stillValid !== false) return null; // someone refreshed already
      this.logger.log('refreshing the Zalo OA access token');
      return this.oauth.refresh(current.refreshToken);
    });
    return saved!.accessToken;
  }
}
