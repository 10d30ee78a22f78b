import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One staff action: who, what, on which thing, when, and the thing before and after. */
@Entity('audit_log')
@Index('idx_audit_log_target', ['targetType', 'targetId'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index('idx_audit_log_at')
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** The username, or "ADMIN_TOKEN" for automation. */
  @Column({ type: 'varchar', length: 64 })
  actor: string;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  /** "content.publish", "user.create", "request.reply"… */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 128, nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
