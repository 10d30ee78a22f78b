import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type CitizenRequestKind = 'complaint' | 'handoff';
export type CitizenRequestStatus = 'new' | 'in_progress' | 'done';

/** A complaint (phản ánh, kiến nghị) or a request to talk to staff, kept for the staff inbox. */
@Entity('citizen_request')
@Index('idx_citizen_request_status', ['status', 'createdAt'])
export class CitizenRequest {
  @PrimaryGeneratedColumn()
  id: number;

  /** Given to the citizen to quote ("PA-20261122-4821"). */
  @Index('idx_citizen_request_reference', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  reference: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CitizenRequestKind;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  @Column({ name: 'user_id', type: 'varchar', length: 128 })
  userId: string;

  @Column({ type: 'text', nullable: true })
  content: string | null;

  /** Only with the citizen's consent, given in the flow before asking. */
  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 16, default: 'new' })
  status: CitizenRequestStatus;

  /** The staff member handling it (staff_user.id), once someone takes it. */
  @Column({ name: 'assignee_id', type: 'integer', nullable: true })
  assigneeId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
