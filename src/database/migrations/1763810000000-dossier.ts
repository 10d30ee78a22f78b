import { MigrationInterface, QueryRunner } from 'typeorm';

export class Dossier1763810000000 implements MigrationInterface {
  name = 'Dossier1763810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dossier" ("code" character varying(64) NOT NULL, "procedure_code" character varying(64), "agency_name" text, "applicant_name" text, "applicant_phone" character varying(20), "submission_channel" character varying(32), "status" character varying(24) NOT NULL, "status_text" text, "received_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "source_updated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4a0b898ce0e97174aa9056f9c9" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_dossier_status" ON "dossier" ("status") `);
    await queryRunner.query(`CREATE INDEX "idx_dossier_due_at" ON "dossier" ("due_at") `);
    await queryRunner.query(
      `CREATE TABLE "dossier_status_history" ("id" SERIAL NOT NULL, "dossier_code" character varying(64) NOT NULL, "status" character varying(24) NOT NULL, "status_text" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_54ec76260e60ca2afeb2464079e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dossier_status_history_code" ON "dossier_status_history" ("dossier_code", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dossier_lookup_attempt" ("id" SERIAL NOT NULL, "key" character varying(160) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ccee4b30cd917ba06a433e84b16" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dossier_lookup_attempt_key" ON "dossier_lookup_attempt" ("key", "at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_dossier_lookup_attempt_key"`);
    await queryRunner.query(`DROP TABLE "dossier_lookup_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossier_status_history_code"`);
    await queryRunner.query(`DROP TABLE "dossier_status_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossier_due_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossier_status"`);
    await queryRunner.query(`DROP TABLE "dossier"`);
  }
}
