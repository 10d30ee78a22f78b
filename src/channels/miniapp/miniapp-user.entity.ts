import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A Mini App citizen who linked a phone number. Only what Zalo confirmed is kept: the number
 * arrives through the server-side phone-token exchange, never from the app.
 */
@Entity('miniapp_user')
export class MiniAppUser {
  /** Graph id (= user_id_by_app), or `dev:<id>` for the development stand-in. */
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 80 })
  userId: string;

  /** Personal data, 0xxxxxxxxx: finds the dossiers filed with it; shown only masked. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ name: 'phone_linked_at', type: 'timestamptz', nullable: true })
  phoneLinkedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
