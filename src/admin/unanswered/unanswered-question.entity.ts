import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type UnansweredReason = 'none' | 'clarify' | 'abandoned';
export type UnansweredStatus = 'open' | 'dismissed' | 'resolved';

/** A question the assistant could not answer with confidence, kept for editors to fix. */
@Entity('unanswered_question')
@Index('idx_unanswered_group', ['status', 'groupKey'])
export class UnansweredQuestion {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index('idx_unanswered_at')
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  /** The citizen's text with phone, ID and dossier numbers masked. */
  @Column({ type: 'text' })
  text: string;

  /** Accent-folded, punctuation-free form: questions that differ only in accents group together. */
  @Column({ name: 'group_key', type: 'varchar', length: 200 })
  groupKey: string;

  @Column({ type: 'varchar', length: 16 })
  reason: UnansweredReason;

  /** Procedure codes the assistant offered (for clarify and abandoned). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  offered: string[];

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: UnansweredStatus;

  /** "faq:gio-lam-viec", "synonym", or empty when dismissed. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  resolution: string | null;

  @Column({ name: 'resolved_by', type: 'varchar', length: 64, nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
