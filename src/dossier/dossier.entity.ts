import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DossierStatus } from './dossier-status';

/** One citizen's filing of one procedure, as the one-stop system reports it. */
@Entity('dossier')
export class Dossier {
  /** "000.00.12.H41-250312-0007", upper case. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ name: 'procedure_code', type: 'varchar', length: 64, nullable: true })
  procedureCode: string | null;

  @Column({ name: 'agency_name', type: 'text', nullable: true })
  agencyName: string | null;

  /** Personal data: shown only masked in chat. */
  @Column({ name: 'applicant_name', type: 'text', nullable: true })
  applicantName: string | null;

  /** Personal data: never shown; its last digits verify the citizen, and it receives notices. */
  @Column({ name: 'applicant_phone', type: 'varchar', length: 20, nullable: true })
  applicantPhone: string | null;

  /** trực tiếp, trực tuyến, bưu chính công ích. */
  @Column({ name: 'submission_channel', type: 'varchar', length: 32, nullable: true })
  submissionChannel: string | null;

  @Index('idx_dossier_status')
  @Column({ type: 'varchar', length: 24 })
  status: DossierStatus;

  /** The one-stop system's own wording of the status. */
  @Column({ name: 'status_text', type: 'text', nullable: true })
  statusText: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Index('idx_dossier_due_at')
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** When the one-stop system changed it: updates older than this are ignored. */
  @Column({ name: 'source_updated_at', type: 'timestamptz', nullable: true })
  sourceUpdatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('dossier_status_history')
@Index('idx_dossier_status_history_code', ['dossierCode', 'at'])
export class DossierStatusHistory {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'dossier_code', type: 'varchar', length: 64 })
  dossierCode: string;

  @Column({ type: 'varchar', length: 24 })
  status: DossierStatus;

  @Column({ name: 'status_text', type: 'text', nullable: true })
  statusText: string | null;

  /** When it happened at the one-stop system (or when we learned it). */
  @Column({ type: 'timestamptz' })
  at: Date;
}

/** Lookups by code, counted per citizen and per source to stop guessing. */
@Entity('dossier_lookup_attempt')
@Index('idx_dossier_lookup_attempt_key', ['key', 'at'])
export class DossierLookupAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 160 })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
