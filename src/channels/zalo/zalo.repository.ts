import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ZaloUser } from './zalo.entities';

/** The Zalo channel's own tables: the OA's followers and pending consent links. */
@Injectable()
export class ZaloRepository {
  constructor(private readonly dataSource: DataSource) {}

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

  findUser(userId: string): Promise<ZaloUser | null> {
    return this.dataSource.getRepository(ZaloUser).findOne({ where: { userId } });
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
