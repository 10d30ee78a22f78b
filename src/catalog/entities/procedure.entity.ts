import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProcedureChannel } from './procedure-channel.entity';
import { ProcedureDocument } from './procedure-document.entity';
import { ProcedureLegalBasis } from './procedure-legal-basis.entity';

export interface ResultDocument {
  name: string;
  code: string | null;
}

export interface OriginalTexts {
  channels: string | null;
  documents: string | null;
  legalBases: string | null;
  result: string | null;
}

/** One administrative procedure (thủ tục hành chính) of the national catalog. */
@Entity('procedure')
export class Procedure {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** Lower-case, accent-folded name for accent-insensitive matching. */
  @Index('idx_procedure_name_folded')
  @Column({ name: 'name_folded', type: 'text' })
  nameFolded: string;

  @Column({ name: 'decision_no', type: 'text', nullable: true })
  decisionNo: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  levels: string[];

  @Column({ type: 'text', nullable: true })
  kind: string | null;

  @Index('idx_procedure_field')
  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups: string[];

  @Column({ name: 'competent_agency', type: 'text', nullable: true })
  competentAgency: string | null;

  @Column({ name: 'implementing_agency', type: 'text', nullable: true })
  implementingAgency: string | null;

  @Column({ name: 'authorized_agency', type: 'text', nullable: true })
  authorizedAgency: string | null;

  @Column({ name: 'coordinating_agency', type: 'text', nullable: true })
  coordinatingAgency: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  steps: string | null;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ name: 'related_procedures', type: 'text', nullable: true })
  relatedProcedures: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  results: ResultDocument[];

  @Column({ name: 'detail_url', type: 'text', nullable: true })
  detailUrl: string | null;

  @Column({ name: 'source_group', type: 'text', nullable: true })
  sourceGroup: string | null;

  /** What the parser could not structure, kept verbatim so nothing the catalog says is lost. */
  @Column({ type: 'jsonb' })
  original: OriginalTexts;

  /** The export has records whose content describes another procedure than their name. */
  @Column({ name: 'content_mismatch', type: 'boolean', default: false })
  contentMismatch: boolean;

  @Column({ name: 'parse_warnings', type: 'jsonb', default: () => "'[]'" })
  parseWarnings: { field: string; message: string }[];

  /** SHA-256 of the source record: an unchanged re-import touches nothing. */
  @Column({ name: 'source_hash', type: 'varchar', length: 64 })
  sourceHash: string;

  @OneToMany(() => ProcedureChannel, (c) => c.procedure, { cascade: true })
  channels: ProcedureChannel[];

  @OneToMany(() => ProcedureDocument, (d) => d.procedure, { cascade: true })
  documents: ProcedureDocument[];

  @OneToMany(() => ProcedureLegalBasis, (l) => l.procedure, { cascade: true })
  legalBases: ProcedureLegalBasis[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
