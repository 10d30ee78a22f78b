import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ChannelKind, TimeUnit } from '../parser/parsed-procedure';
import { Procedure } from './procedure.entity';

/** How a procedure can be filed (online, by post, in person) with its processing time and fee. */
@Entity('procedure_channel')
@Index('idx_procedure_channel_code', ['procedureCode'])
export class ProcedureChannel {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'procedure_code', type: 'varchar', length: 64 })
  procedureCode: string;

  @ManyToOne(() => Procedure, (p) => p.channels, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_code' })
  procedure: Procedure;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  kind: ChannelKind;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'time_value', type: 'real', nullable: true })
  timeValue: number | null;

  @Column({ name: 'time_unit', type: 'varchar', length: 16, nullable: true })
  timeUnit: TimeUnit | null;

  @Column({ name: 'time_text', type: 'text', nullable: true })
  timeText: string | null;

  @Column({ name: 'fee_text', type: 'text', nullable: true })
  feeText: string | null;

  @Column({ name: 'fee_amount_vnd', type: 'bigint', nullable: true, transformer: bigintNumber() })
  feeAmountVnd: number | null;

  @Column({ name: 'is_free', type: 'boolean', default: false })
  isFree: boolean;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** pg returns bigint as a string; fees fit comfortably in a JS number. */
function bigintNumber() {
  return {
    to: (value: number | null) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
