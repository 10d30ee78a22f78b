import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A claim older than this without a result was cut short by a crash; after 5 attempts it is left failed. */
const MAX_ATTEMPTS = 5;

/** The channels' shared inbox: accept once, claim once, then done or failed; recover what a crash left. */
@Injectable()
export class InboundEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores an event; false when this key was already accepted (a duplicate delivery). */
  async accept(channel: string, key: string, eventName: string | null, payload: object): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO inbound_event (channel, event_key, event_name, payload) VALUES ($1, $2, $3, $4)
       ON CONFLICT (channel, event_key) DO NOTHING RETURNING event_key`,
      [channel, key, eventName, JSON.stringify(payload)],
    );
    return rows.length > 0;
  }

  /** Takes an accepted event for processing; only one caller (instance) ever gets it. */
  async claim(channel: string, key: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update('inbound_event')
      .set({ status: 'processing', attempts: () => 'attempts + 1' })
      .where('channel = :channel AND event_key = :key AND status = :status', {
        channel,
        key,
        status: 'pending',
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async finish(channel: string, key: string, error?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE inbound_event SET status = $3, last_error = $4, processed_at = now() WHERE channel = $1 AND event_key = $2`,
      [channel, key, error ? 'failed' : 'done', error ?? null],
    );
  }

  /** Events accepted but never finished (a crash or restart in between), oldest first. */
  async unfinished(channel: string, olderThanSeconds: number, limit = 100): Promise<object[]> {
    await this.dataSource.query(
      `UPDATE inbound_event SET status = 'pending' WHERE channel = $1 AND status = 'processing'
        AND received_at < now() - make_interval(secs => $2) AND attempts < $3`,
      [channel, olderThanSeconds, MAX_ATTEMPTS],
    );
    const rows: { payload: object }[] = await this.dataSource.query(
      `SELECT payload FROM inbound_event WHERE channel = $1 AND status = 'pending'
        AND received_at < now() - make_interval(secs => $2) ORDER BY received_at, event_key LIMIT $3`,
      [channel, olderThanSeconds, limit],
    );
    return rows.map((r) => r.payload);
  }

  /** Forgets handled events after the retention window (platforms retry for about a day). */
  async prune(channel: string, retentionDays: number): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from('inbound_event')
      .where(
        "channel = :channel AND status IN ('done', 'failed') AND received_at < now() - make_interval(days => :days)",
        {
          channel,
          days: retentionDays,
        },
      )
      .execute();
    return result.affected ?? 0;
  }
}
