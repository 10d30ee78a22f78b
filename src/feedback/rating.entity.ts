import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Rất hài lòng / Hài lòng / Không hài lòng (Nghị định 61/2018, Thông tư 01/2018/TT-VPCP). */
export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABEL: Record<RatingLevel, string> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  dissatisfied: 'Không hài lòng',
};

/**
 * A citizen's rating of a dossier's handling (one per dossier per citizen: a second replaces the
 * first) or of a chat (subject "chat", no dossier, as many as conversations).
 */
@Entity('rating')
@Index('uq_rating_dossier_citizen', ['dossierCode', 'channel', 'userId'], {
  unique: true,
  where: "subject = 'dossier'",
})
@Index('idx_rating_created', ['createdAt'])
export class Rating {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 8 })
  subject: 'dossier' | 'chat';

  @Column({ name: 'dossier_code', type: 'varchar', length: 64, nullable: true })
  dossierCode: string | null;

  /** Copied from the dossier when rated, so reports group without joins that could change. */
  @Column({ name: 'procedure_code', type: 'varchar', length: 64, nullable: true })
  procedureCode: string | null;

  @Column({ name: 'agency_name', type: 'text', nullable: true })
  agencyName: string | null;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  @Column({ name: 'user_id', type: 'varchar', length: 128 })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  level: RatingLevel;

  /** Thông tư 01/2018 indicators answered: { chiso1: "a" | "b" | "c", … } (a = 2 points). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  criteria: Record<string, string>;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
