import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date | null;
}

/** Any fixed number: the advisory lock every instance takes before using the single-use refresh token. */
const REFRESH_LOCK_KEY = 7_361_042_002;

@Injectable()
export class ZaloTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  get(oaId: string): Promise<TokenPair | null> {
    return this.read(this.dataSource.manager, oaId);
  }

  /** First tokens from the environment, only if none are stored (stored ones are newer). */
  async seed(oaId: string, pair: TokenPair): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO zalo_token (oa_id, access_token, refresh_token, access_expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (oa_id) DO NOTHING`,
      [oaId, pair.accessToken, pair.refreshToken, pair.accessExpiresAt],
    );
  }

  /**
   * Runs `fn` holding the cluster-wide refresh lock, with the pair as stored now; `fn` returns the
   * new pair to save (in the same transaction) or null to keep the stored one.
   */
  async withRefreshLock(
    oaId: string,
    fn: (current: TokenPair | null) => Promise<TokenPair | null>,
  ): Promise<TokenPair | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK_KEY]);
      const current = await this.read(manager, oaId);
      const next = await fn(current);
      if (!next) return current;
      await manager.query(
        `INSERT INTO zalo_token (oa_id, access_token, refresh_token, access_expires_at, updated_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (oa_id) DO UPDATE SET access_token = $2, refresh_token = $3, access_expires_at = $4, updated_at = now()`,
        [oaId, next.accessToken, next.refreshToken, next.accessExpiresAt],
      );
      return next;
    });
  }

  private async read(manager: EntityManager, oaId: string): Promise<TokenPair | null> {
    const rows: { access_token: string; refresh_token: string; access_expires_at: Date | null }[] =
      await manager.query(
        'SELECT access_token, refresh_token, access_expires_at FROM zalo_token WHERE oa_id = $1',
        [oaId],
      );
    const r = rows[0];
    return r
      ? { accessToken: r.access_token, refreshToken: r.refresh_token, accessExpiresAt: r.access_expires_at }
      : null;
  }
}
