import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ContentBundle } from './content-bundle';

export type ContentVersionStatus = 'draft' | 'published';

/**
 * One version of what staff edit: the FAQ and flow files, their answer texts and the synonym list.
 * Published versions never change; the newest one is live. At most one draft exists at a time.
 */
@Entity('content_version')
@Index('idx_content_version_one_draft', ['status'], { unique: true, where: `status = 'draft'` })
export class ContentVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  status: ContentVersionStatus;

  @Column({ type: 'jsonb' })
  bundle: ContentBundle;

  /** What changed, in the editor's words ("Giờ làm việc mùa hè"). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The published version this one was edited from. */
  @Column({ name: 'based_on', type: 'integer', nullable: true })
  basedOn: number | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_by', type: 'varchar', length: 64, nullable: true })
  publishedBy: string | null;

  @Index('idx_content_version_published')
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
