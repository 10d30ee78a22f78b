import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** How a turn ended, for the usage report. */
export type TurnOutcome =
  | 'procedure'
  | 'clarify'
  | 'none'
  | 'faq'
  | 'flow'
  | 'dossier'
  | 'handoff'
  | 'complaint'
  | 'small_talk'
  | 'other';

/** One citizen message answered: when, where, how, and which procedure. No text, no user id. */
@Entity('turn_log')
@Index('idx_turn_log_channel_at', ['channel', 'at'])
export class TurnLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index('idx_turn_log_at')
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  /** A keyed hash of the user id: counts conversations without keeping who they were. */
  @Column({ name: 'user_key', type: 'varchar', length: 32 })
  userKey: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: TurnOutcome;

  @Column({ name: 'procedure_code', type: 'varchar', length: 32, nullable: true })
  procedureCode: string | null;
}
