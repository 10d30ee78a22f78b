import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The Telegram inbox: accept once, claim once, then done or failed. */
@Injectable()
export class TelegramInboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores an update; false when this update_id was already accepted (a duplicate delivery). */
  async accept(updateId: number, payload: object): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO telegram_update (update_id, payload) VALUES ($1, $2)
       ON CONFLICT (update_id) DO NOTHING RETURNING update_id`,
      [updateId, JSON.stringify(payload)],
    );
    return rows.length > 0;
  }

  /** Takes an accepted update for processing; only one caller (instance) ever gets it. */
  async claim(updateId: number): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update('telegram_update')
      .set({ status: 'processing', attempts: () => 'attempts + 1' })
      .where('update_id = :id AND status = :status', { id: updateId, status: 'pending' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async finish(updateId: number, error?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE telegram_update SET status = $2, last_error = $3, processed_at = now() WHERE update_id = $1`,
      [updateId, error ? 'failed' : 'done', error ?? null],
    );
  }

  /** Updates accepted but never finished (a crash or restart in between), oldest first. */
  async unfinished(olderThanSeconds: number, limit = 100): Promise<{ update_id: string; payload: object }[]> {
    await this.dataSource.query(
      `UPDATE telegram_update SET status = 'pending'
        WHERE status = 'processing' AND received_at < now() - make_interval(secs => $1) AND attempts < 5`,
      [olderThanSeconds],
    );
    return this.dataSource.query(
      `SELECT update_id, payload FROM telegram_update WHERE status = 'pending'
        AND received_at < now() - make_interval(secs => $1) ORDER BY update_id LIMIT $2`,
      [olderThanSeconds, limit],
    );
  }

  /** Forgets handled updates after the retention window (Telegram retries for about a day). */
  async prune(retentionDays: number): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from('telegram_update')
      .where("status IN ('done', 'failed') AND received_at < now() - make_interval(days => :days)", {
        days: retentionDays,
      })
      .execute();
    await this.dataSource.query(
      `DELETE FROM telegram_callback WHERE created_at < now() - make_interval(days => $1)`,
      [retentionDays * 4],
    );
    return result.affected ?? 0;
  }

  async saveCallback(key: string, payload: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO telegram_callback (key, payload) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
      [key, payload],
    );
  }

  async callback(key: string): Promise<string | null> {
    const rows: { payload: string }[] = await this.dataSource.query(
      'SELECT payload FROM telegram_callback WHERE key = $1',
      [key],
    );
    return rows[0]?.payload ?? null;
  }
}
