import { MigrationInterface, QueryRunner } from 'typeorm';

export class Zalo1763800000000 implements MigrationInterface {
  name = 'Zalo1763800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "zalo_token" ("oa_id" character varying(32) NOT NULL, "access_token" text NOT NULL, "refresh_token" text NOT NULL, "access_expires_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2037a724c98ccd3a716b7c926d2" PRIMARY KEY ("oa_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "zalo_event" ("event_key" character varying(160) NOT NULL, "event_name" character varying(64) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" smallint NOT NULL DEFAULT '0', "last_error" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c1d8dd748138236d758d98d7e3" PRIMARY KEY ("event_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_zalo_event_status" ON "zalo_event" ("status", "received_at") `,
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
    await queryRunner.query(`DROP INDEX "public"."idx_zalo_event_status"`);
    await queryRunner.query(`DROP TABLE "zalo_event"`);
    await queryRunner.query(`DROP TABLE "zalo_token"`);
  }
}
