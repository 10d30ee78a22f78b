import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The OA's token pair; the refresh token is single-use, so the pair is always saved together. */
@Entity('zalo_token')
export class ZaloToken {
  @PrimaryColumn({ name: 'oa_id', type: 'varchar', length: 32 })
  oaId: string;

  @Column({ name: 'access_token', type: 'text' })
  accessToken: string;

  @Column({ name: 'refresh_token', type: 'text' })
  refreshToken: string;

  /** Null when unknown (first tokens from the environment): a -216/-220 then triggers the refresh. */
  @Column({ name: 'access_expires_at', type: 'timestamptz', nullable: true })
  accessExpiresAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A citizen following the OA: the reply window, and a phone number only when they shared it. */
@Entity('zalo_user')
// The Mini App finds the same person's OA chat by user_id_by_app.
@Index('idx_zalo_user_by_app', ['userIdByApp'], { where: '"user_id_by_app" IS NOT NULL' })
export class ZaloUser {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 32 })
  userId: string;

  @Column({ name: 'user_id_by_app', type: 'varchar', length: 32, nullable: true })
  userIdByApp: string | null;

  @Column({ type: 'boolean', default: true })
  following: boolean;

  @Column({ name: 'last_message_at', type: 'timestamptz', nullable: true })
  lastMessageAt: Date | null;

  /** Shared by the citizen through Zalo's request_user_info form (their consent). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ name: 'phone_consented_at', type: 'timestamptz', nullable: true })
  phoneConsentedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** PKCE state of a staff member's consent link, until Zalo redirects back. */
@Entity('zalo_oauth_state')
export class ZaloOauthState {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  state: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
