import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type OnlineLevel = 'full' | 'partial' | 'none';

/**
 * A province's copy of a procedure (e.g. `1.005461.000.00.00.H36`), with its online level.
 * Joins the national catalog on `baseCode`; kept even when the national record is missing.
 */
@Entity('provincial_procedure')
@Index('idx_provincial_procedure_base_code', ['baseCode'])
export class ProvincialProcedure {
  @PrimaryColumn({ name: 'province_code', type: 'varchar', length: 8 })
  provinceCode: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ name: 'base_code', type: 'varchar', length: 16 })
  baseCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ type: 'text', nullable: true })
  agency: string | null;

  /** full = toàn trình, partial = một phần, none = anything else the list says. */
  @Column({ name: 'online_level', type: 'varchar', length: 16 })
  onlineLevel: OnlineLevel;

  @Column({ name: 'online_level_text', type: 'text', nullable: true })
  onlineLevelText: string | null;

  @Column({ name: 'decision_no', type: 'text', nullable: true })
  decisionNo: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
