import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notify1763830000000 implements MigrationInterface {
  name = 'Notify1763830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rating" ("id" SERIAL NOT NULL, "subject" character varying(8) NOT NULL, "dossier_code" character varying(64), "procedure_code" character varying(64), "agency_name" text, "channel" character varying(16) NOT NULL, "user_id" character varying(128) NOT NULL, "level" character varying(16) NOT NULL, "criteria" jsonb NOT NULL DEFAULT '{}', "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecda8ad32645327e4765b43649e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_rating_created" ON "rating" ("created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_rating_dossier_citizen" ON "rating" ("dossier_code", "channel", "user_id") WHERE subject = 'dossier'`,
    );
    await queryRunner.query(
      `CREATE TABLE "dossier_subscription" ("id" SERIAL NOT NULL, "dossier_code" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "recipient" character varying(128) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_dossier_subscription" UNIQUE ("dossier_code", "channel", "recipient"), CONSTRAINT "PK_11f6546db2d56a0ffa8927dda23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dossier_subscription_code" ON "dossier_subscription" ("dossier_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" SERIAL NOT NULL, "idempotency_key" character varying(256) NOT NULL, "kind" character varying(16) NOT NULL, "dossier_code" character varying(64) NOT NULL, "channel" character varying(16) NOT NULL, "recipient" character varying(128) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "state" character varying(12) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "after_id" integer, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_d3dc24e45636cba0e760ae77993" UNIQUE ("idempotency_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notification_recipient" ON "notification" ("channel", "recipient", "state") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notification_due" ON "notification" ("state", "next_attempt_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_notification_due"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_recipient"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossier_subscription_code"`);
    await queryRunner.query(`DROP TABLE "dossier_subscription"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rating_dossier_citizen"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rating_created"`);
    await queryRunner.query(`DROP TABLE "rating"`);
  }
}
