import { MigrationInterface, QueryRunner } from 'typeorm';

export class Dialogue1763780000000 implements MigrationInterface {
  name = 'Dialogue1763780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "citizen_request" ("id" SERIAL NOT NULL, "reference" character varying(32) NOT NULL, "kind" character varying(16) NOT NULL, "channel" character varying(16) NOT NULL, "user_id" character varying(128) NOT NULL, "content" text, "contact_phone" character varying(20), "status" character varying(16) NOT NULL DEFAULT 'new', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57bdd4e37af6a8c7d160df79ba9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_citizen_request_reference" ON "citizen_request" ("reference") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_citizen_request_status" ON "citizen_request" ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_state" ("channel" character varying(16) NOT NULL, "user_id" character varying(128) NOT NULL, "memory" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_283c0ba9763d884dd7219d8932c" PRIMARY KEY ("channel", "user_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "conversation_state"`);
    await queryRunner.query(`DROP INDEX "public"."idx_citizen_request_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_citizen_request_reference"`);
    await queryRunner.query(`DROP TABLE "citizen_request"`);
  }
}
