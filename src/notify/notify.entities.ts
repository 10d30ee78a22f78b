import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** Where a notice can go: a chat on a channel, or a phone number through ZNS. */
export type NoticeChannel = 'telegram' | 'zalo' | 'web' | 'miniapp' | 'zns';

/** A chat (or a phone) following one dossier; unsubscribing keeps the row, inactive. */
@Entity('dossier_subscription')
@Unique('uq_dossier_subscription', ['dossierCode', 'channel', 'recipient'])
export class DossierSubscription {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_dossier_subscription_code')
  @Column({ name: 'dossier_code', type: 'varchar', length: 64 })
  dossierCode: string;

  @Column({ type: 'varchar', length: 16 })
  channel: NoticeChannel;

  /** The chat's user id on its channel, or an 84… phone number for ZNS (personal data). */
  @Column({ type: 'varchar', length: 128 })
  recipient: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * status, rating_prompt, due_soon, overdue: about a followed dossier, one row per subscriber.
 * staff_reply: an agent's answer to a citizen request, one row to the chat the request came from;
 * its dossier_code column holds the request reference (HT-…, PA-…) so staff lists stay readable.
 */
export type NoticeKind = 'status' | 'rating_prompt' | 'due_soon' | 'overdue' | 'staff_reply';
/**
 * pending → sending → sent; a failure goes back to pending with a later attempt time, or to dead
 * after the last attempt (staff see those); skipped: the channel cannot carry this kind of notice.
 */
export type NoticeState = 'pending' | 'sending' | 'sent' | 'dead' | 'skipped';

/** The outbox: one row per notice per subscriber, written in the transaction that caused it. */
@Entity('notification')
@Index('idx_notification_due', ['state', 'nextAttemptAt'])
@Index('idx_notification_recipient', ['channel', 'recipient', 'state'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  /** kind:dossier:status-or-date:channel:recipient — a crash or a retry never sends twice. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 256, unique: true })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 16 })
  kind: NoticeKind;

  /** The dossier the notice is about; for a staff reply, the citizen request's reference. */
  @Column({ name: 'dossier_code', type: 'varchar', length: 64 })
  dossierCode: string;

  @Column({ type: 'varchar', length: 16 })
  channel: NoticeChannel;

  @Column({ type: 'varchar', length: 128 })
  recipient: string;

  /** What the notice says, fixed when it was written (status, its text, the due date). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, string | null>;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  state: NoticeState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** While sending: another worker may take the row over only after this time (a crash). */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** A notice that must follow another (the rating prompt after the result notice). */
  @Column({ name: 'after_id', type: 'integer', nullable: true })
  afterId: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
