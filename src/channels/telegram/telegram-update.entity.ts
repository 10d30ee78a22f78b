import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type InboxStatus = 'pending' | 'processing' | 'done' | 'failed';

/**
 * Every Telegram update accepted, stored before Telegram gets its 200: a duplicate delivery finds
 * its update_id here and is dropped (across restarts and instances), and a crash mid-processing
 * leaves it pending for the next start.
 */
@Entity('telegram_update')
@Index('idx_telegram_update_status', ['status', 'receivedAt'])
export class TelegramUpdate {
  @PrimaryColumn({ name: 'update_id', type: 'bigint' })
  updateId: string;

  @Column({ type: 'jsonb' })
  payload: object;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: InboxStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}

/** Button payloads longer than Telegram's 64-byte callback_data, kept under a short key. */
@Entity('telegram_callback')
export class TelegramCallback {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  key: string;

  @Column({ type: 'text' })
  payload: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
