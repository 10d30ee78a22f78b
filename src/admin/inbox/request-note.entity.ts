import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type RequestNoteKind = 'note' | 'reply';

/** A staff note on a request, or a reply sent to the citizen (then `notificationId` tracks delivery). */
@Entity('request_note')
export class RequestNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_request_note_request')
  @Column({ name: 'request_id', type: 'integer' })
  requestId: number;

  @Column({ type: 'varchar', length: 8 })
  kind: RequestNoteKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 64 })
  author: string;

  @Column({ name: 'notification_id', type: 'integer', nullable: true })
  notificationId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
