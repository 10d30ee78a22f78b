import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Procedure } from './procedure.entity';

/** One legal basis (căn cứ pháp lý): document number and title. */
@Entity('procedure_legal_basis')
@Index('idx_procedure_legal_basis_code', ['procedureCode'])
export class ProcedureLegalBasis {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'procedure_code', type: 'varchar', length: 64 })
  procedureCode: string;

  @ManyToOne(() => Procedure, (p) => p.legalBases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_code' })
  procedure: Procedure;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ type: 'text' })
  title: string;
}
