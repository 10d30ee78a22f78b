import { MigrationInterface, QueryRunner } from 'typeorm';

export class Telegram1763790000000 implements MigrationInterface {
  name = 'Telegram1763790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "telegram_update" ("update_id" bigint NOT NULL, "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" smallint NOT NULL DEFAULT '0', "last_error" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3dcf8f0d849f25b39f36c8aecc9" PRIMARY KEY ("update_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_telegram_update_status" ON "telegram_update" ("status", "received_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "telegram_callback" ("key" character varying(24) NOT NULL, "payload" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6ceb22b558f24bb99edd8a863a" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "telegram_callback"`);
    await queryRunner.query(`DROP INDEX "public"."idx_telegram_update_status"`);
    await queryRunner.query(`DROP TABLE "telegram_update"`);
  }
}
