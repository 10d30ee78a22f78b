import { MigrationInterface, QueryRunner } from 'typeorm';

export class Channels1763790000000 implements MigrationInterface {
  name = 'Channels1763790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inbound_event" ("channel" character varying(16) NOT NULL, "event_key" character varying(160) NOT NULL, "event_name" character varying(64), "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" smallint NOT NULL DEFAULT '0', "last_error" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_53c616c004538d091fa463627be" PRIMARY KEY ("channel", "event_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_inbound_event_status" ON "inbound_event" ("channel", "status", "received_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "telegram_callback" ("key" character varying(24) NOT NULL, "payload" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6ceb22b558f24bb99edd8a863a" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "zalo_token" ("oa_id" character varying(32) NOT NULL, "access_token" text NOT NULL, "refresh_token" text NOT NULL, "access_expires_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2037a724c98ccd3a716b7c926d2" PRIMARY KEY ("oa_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "zalo_user" ("user_id" character varying(32) NOT NULL, "user_id_by_app" character varying(32), "following" boolean NOT NULL DEFAULT true, "last_message_at" TIMESTAMP WITH TIME ZONE, "phone" character varying(20), "phone_consented_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_def4de4a8f0c8ddcd89616060a9" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "zalo_oauth_state" ("state" character varying(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a13ac346a3a5080a6b4b237c02e" PRIMARY KEY ("state"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "zalo_oauth_state"`);
    await queryRunner.query(`DROP TABLE "zalo_user"`);
    await queryRunner.query(`DROP TABLE "zalo_token"`);
    await queryRunner.query(`DROP TABLE "telegram_callback"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inbound_event_status"`);
    await queryRunner.query(`DROP TABLE "inbound_event"`);
  }
}
