import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Procedure } from './procedure.entity';

/** One required document (thành phần hồ sơ) with its quantity and form names. */
@Entity('procedure_document')
@Index('idx_procedure_document_code', ['procedureCode'])
export class ProcedureDocument {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'procedure_code', type: 'varchar', length: 64 })
  procedureCode: string;

  @ManyToOne(() => Procedure, (p) => p.documents, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_code' })
  procedure: Procedure;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'group_name', type: 'text', nullable: true })
  groupName: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  forms: string[];

  @Column({ type: 'smallint', nullable: true })
  originals: number | null;

  @Column({ type: 'smallint', nullable: true })
  copies: number | null;

  @Column({ name: 'quantity_text', type: 'text', nullable: true })
  quantityText: string | null;
}
