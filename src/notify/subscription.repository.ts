import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DossierSubscription, type NoticeChannel } from './notify.entities';

/** Who follows which dossier. */
@Injectable()
export class SubscriptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Follows (again) a dossier; true when this chat was not following it already. */
  async subscribe(
    dossierCode: string,
    channel: NoticeChannel,
    recipient: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: { inserted: boolean }[] = await manager.query(
      `INSERT INTO dossier_subscription (dossier_code, channel, recipient) VALUES ($1, $2, $3)
       ON CONFLICT (dossier_code, channel, recipient) DO UPDATE SET active = true, updated_at = now()
       WHERE dossier_subscription.active = false
       RETURNING (xmax = 0) AS inserted`,
      [dossierCode, channel, recipient],
    );
    return rows.length > 0;
  }

  /** Stops notices to this chat, for one dossier or (no code) all of them; the codes it stopped. */
  async unsubscribe(
    channel: NoticeChannel,
    recipient: string,
    dossierCode?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .update(DossierSubscription)
      .set({ active: false })
      .where('channel = :channel AND recipient = :recipient AND active', { channel, recipient })
      .andWhere(dossierCode ? 'dossier_code = :dossierCode' : 'true', { dossierCode })
      .returning(['dossierCode'])
      .execute();
    return (result.raw as { dossier_code: string }[]).map((r) => r.dossier_code);
  }

  /** The dossiers a chat follows, oldest first. */
  async followed(channel: NoticeChannel, recipient: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(DossierSubscription).find({
      where: { channel, recipient, active: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => r.dossierCode);
  }

  async isFollowing(dossierCode: string, channel: NoticeChannel, recipient: string): Promise<boolean> {
    return this.dataSource
      .getRepository(DossierSubscription)
      .exists({ where: { dossierCode, channel, recipient, active: true } });
  }
}
