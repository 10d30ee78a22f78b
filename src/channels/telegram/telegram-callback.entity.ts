import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Button payloads longer than Telegram's 64-byte callback_data, kept under a short key. */
@Entity('telegram_callback')
export class TelegramCallback {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  key: string;

  @Column({ type: 'text' })
  payload: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
