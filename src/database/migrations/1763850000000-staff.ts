import { MigrationInterface, QueryRunner } from 'typeorm';

export class Staff1763850000000 implements MigrationInterface {
  name = 'Staff1763850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staff_user" ("id" SERIAL NOT NULL, "username" character varying(64) NOT NULL, "display_name" character varying(128) NOT NULL, "role" character varying(16) NOT NULL, "password_hash" character varying(100) NOT NULL, "failed_attempts" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "disabled" boolean NOT NULL DEFAULT false, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cec9365d9fc3a3409158b645f2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_staff_user_username" ON "staff_user" ("username") `);
    await queryRunner.query(
      `CREATE TABLE "staff_session" ("token_hash" character varying(64) NOT NULL, "user_id" integer NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bd04302ff5686f90da181a7176d" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_staff_session_user" ON "staff_session" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" character varying(64) NOT NULL, "actor_id" integer, "action" character varying(64) NOT NULL, "target_type" character varying(32) NOT NULL, "target_id" character varying(128), "before" jsonb, "after" jsonb, "ip" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_log_at" ON "audit_log" ("at") `);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_log_target" ON "audit_log" ("target_type", "target_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_version" ("id" SERIAL NOT NULL, "status" character varying(16) NOT NULL, "bundle" jsonb NOT NULL, "note" text, "based_on" integer, "created_by" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" character varying(64), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a2fb4b369c7813e98deb69d3f9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_content_version_published" ON "content_version" ("published_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_content_version_one_draft" ON "content_version" ("status") WHERE status = 'draft'`,
    );
    await queryRunner.query(
      `CREATE TABLE "request_note" ("id" SERIAL NOT NULL, "request_id" integer NOT NULL, "kind" character varying(8) NOT NULL, "text" text NOT NULL, "author" character varying(64) NOT NULL, "notification_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad208c258cb83b77ff18e5c50bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_request_note_request" ON "request_note" ("request_id") `);
    await queryRunner.query(
      `CREATE TABLE "unanswered_question" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "channel" character varying(16) NOT NULL, "text" text NOT NULL, "group_key" character varying(200) NOT NULL, "reason" character varying(16) NOT NULL, "offered" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL DEFAULT 'open', "resolution" character varying(128), "resolved_by" character varying(64), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_12b8beb0bd55fae8e442ac36ad6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_unanswered_at" ON "unanswered_question" ("at") `);
    await queryRunner.query(
      `CREATE INDEX "idx_unanswered_group" ON "unanswered_question" ("status", "group_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "turn_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "channel" character varying(16) NOT NULL, "user_key" character varying(32) NOT NULL, "outcome" character varying(16) NOT NULL, "procedure_code" character varying(32), CONSTRAINT "PK_994c0690f4a8981940cf5f468b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_turn_log_at" ON "turn_log" ("at") `);
    await queryRunner.query(`CREATE INDEX "idx_turn_log_channel_at" ON "turn_log" ("channel", "at") `);
    await queryRunner.query(`ALTER TABLE "citizen_request" ADD "assignee_id" integer`);
    await queryRunner.query(
      `ALTER TABLE "citizen_request" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_session" ADD CONSTRAINT "FK_16f703e79dc2ddfaca760e844b3" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_session" DROP CONSTRAINT "FK_16f703e79dc2ddfaca760e844b3"`);
    await queryRunner.query(`ALTER TABLE "citizen_request" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "citizen_request" DROP COLUMN "assignee_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_turn_log_channel_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_turn_log_at"`);
    await queryRunner.query(`DROP TABLE "turn_log"`);
    await queryRunner.query(`DROP INDEX "public"."idx_unanswered_group"`);
    await queryRunner.query(`DROP INDEX "public"."idx_unanswered_at"`);
    await queryRunner.query(`DROP TABLE "unanswered_question"`);
    await queryRunner.query(`DROP INDEX "public"."idx_request_note_request"`);
    await queryRunner.query(`DROP TABLE "request_note"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_version_one_draft"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_version_published"`);
    await queryRunner.query(`DROP TABLE "content_version"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_target"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."idx_staff_session_user"`);
    await queryRunner.query(`DROP TABLE "staff_session"`);
    await queryRunner.query(`DROP INDEX "public"."idx_staff_user_username"`);
    await queryRunner.query(`DROP TABLE "staff_user"`);
  }
}
