import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type InboundStatus = 'pending' | 'processing' | 'done' | 'failed';

/**
 * Every event a channel accepted (a Telegram update, a Zalo webhook event), stored before the
 * platform gets its 200: a duplicate delivery finds its key here and is dropped — across restarts
 * and instances — and a crash mid-processing leaves it to be handled at the next start.
 */
@Entity('inbound_event')
@Index('idx_inbound_event_status', ['channel', 'status', 'receivedAt'])
export class InboundEvent {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  channel: string;

  /** The platform's own id (update_id, msg_id) or what identifies a delivery without one. */
  @PrimaryColumn({ name: 'event_key', type: 'varchar', length: 160 })
  eventKey: string;

  @Column({ name: 'event_name', type: 'varchar', length: 64, nullable: true })
  eventName: string | null;

  @Column({ type: 'jsonb' })
  payload: object;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: InboundStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
