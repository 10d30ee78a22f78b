import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The Zalo webhook inbox and the OA's followers. */
@Injectable()
export class ZaloEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  async accept(key: string, eventName: string, payload: object): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO zalo_event (event_key, event_name, payload) VALUES ($1, $2, $3)
       ON CONFLICT (event_key) DO NOTHING RETURNING event_key`,
      [key, eventName, JSON.stringify(payload)],
    );
    return rows.length > 0;
  }

  async claim(key: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update('zalo_event')
      .set({ status: 'processing', attempts: () => 'attempts + 1' })
      .where('event_key = :key AND status = :status', { key, status: 'pending' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async finish(key: string, error?: string): Promise<void> {
    await this.dataSource.query('UPDATE zalo_event SET status = $2, last_error = $3 WHERE event_key = $1', [
      key,
      error ? 'failed' : 'done',
      error ?? null,
    ]);
  }

  async unfinished(olderThanSeconds: number): Promise<{ event_key: string; payload: object }[]> {
    await this.dataSource.query(
      `UPDATE zalo_event SET status = 'pending' WHERE status = 'processing'
        AND received_at < now() - make_interval(secs => $1) AND attempts < 5`,
      [olderThanSeconds],
    );
    return this.dataSource.query(
      `SELECT event_key, payload FROM zalo_event WHERE status = 'pending'
        AND received_at < now() - make_interval(secs => $1) ORDER BY received_at LIMIT 100`,
      [olderThanSeconds],
    );
  }

  async touchUser(
    userId: string,
    patch: { following?: boolean; userIdByApp?: string; messaged?: boolean },
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO zalo_user (user_id, user_id_by_app, following, last_message_at)
       VALUES ($1, $2, coalesce($3, true), CASE WHEN $4 THEN now() END)
       ON CONFLICT (user_id) DO UPDATE SET
         user_id_by_app = coalesce($2, zalo_user.user_id_by_app),
         following = coalesce($3, zalo_user.following),
         last_message_at = CASE WHEN $4 THEN now() ELSE zalo_user.last_message_at END`,
      [userId, patch.userIdByApp ?? null, patch.following ?? null, patch.messaged ?? false],
    );
  }

  /** The citizen shared their phone through Zalo's form: that is their consent to store it. */
  async savePhone(userId: string, phone: string): Promise<void> {
    await this.touchUser(userId, {});
    await this.dataSource.query(
      'UPDATE zalo_user SET phone = $2, phone_consented_at = now() WHERE user_id = $1',
      [userId, phone],
    );
  }

  async saveOauthState(state: string, verifier: string): Promise<void> {
    await this.dataSource.query('INSERT INTO zalo_oauth_state (state, code_verifier) VALUES ($1, $2)', [
      state,
      verifier,
    ]);
  }

  /** The verifier of a consent started less than 15 minutes ago; each state works once. */
  async takeOauthState(state: string): Promise<string | null> {
    // DELETE … RETURNING through TypeORM's plain query() gives [rows, count]: read the rows.
    const rows = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from('zalo_oauth_state')
      .where("state = :state AND created_at > now() - interval '15 minutes'", { state })
      .returning('code_verifier')
      .execute();
    return (rows.raw as { code_verifier: string }[])[0]?.code_verifier ?? null;
  }
}
