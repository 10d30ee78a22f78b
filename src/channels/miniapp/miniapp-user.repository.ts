import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MiniAppUser } from './miniapp-user.entity';

@Injectable()
export class MiniAppUserRepository {
  constructor(private readonly dataSource: DataSource) {}

  async phoneOf(userId: string): Promise<string | null> {
    const user = await this.dataSource.getRepository(MiniAppUser).findOne({ where: { userId } });
    return user?.phone ?? null;
  }

  async linkPhone(userId: string, phone: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO miniapp_user (user_id, phone, phone_linked_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET phone = EXCLUDED.phone, phone_linked_at = now(), updated_at = now()`,
      [userId, phone],
    );
  }

  /** The OA user id of the same person (linked by user_id_by_app), while they follow the OA. */
  async oaFollowerFor(
    graphId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const rows: { user_id: string }[] = await manager.query(
      'SELECT user_id FROM zalo_user WHERE user_id_by_app = $1 AND following ORDER BY user_id LIMIT 1',
      [graphId],
    );
    return rows[0]?.user_id ?? null;
  }
}
