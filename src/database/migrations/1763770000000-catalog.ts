import { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalog1763770000000 implements MigrationInterface {
  name = 'Catalog1763770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "procedure_channel" ("id" SERIAL NOT NULL, "procedure_code" character varying(64) NOT NULL, "position" smallint NOT NULL, "kind" character varying(16) NOT NULL, "label" text NOT NULL, "time_value" real, "time_unit" character varying(16), "time_text" text, "fee_text" text, "fee_amount_vnd" bigint, "is_free" boolean NOT NULL DEFAULT false, "description" text, CONSTRAINT "PK_e463087bb3c129f6d76a2b4cea0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_procedure_channel_code" ON "procedure_channel" ("procedure_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "procedure_document" ("id" SERIAL NOT NULL, "procedure_code" character varying(64) NOT NULL, "position" smallint NOT NULL, "group_name" text, "name" text NOT NULL, "forms" text array NOT NULL DEFAULT '{}', "originals" smallint, "copies" smallint, "quantity_text" text, CONSTRAINT "PK_6b64a35d4d47e52205cf9504f5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_procedure_document_code" ON "procedure_document" ("procedure_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "procedure_legal_basis" ("id" SERIAL NOT NULL, "procedure_code" character varying(64) NOT NULL, "position" smallint NOT NULL, "number" text, "title" text NOT NULL, CONSTRAINT "PK_eb2e7d4081180563dc48a852b4a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_procedure_legal_basis_code" ON "procedure_legal_basis" ("procedure_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "procedure" ("code" character varying(64) NOT NULL, "name" text NOT NULL, "name_folded" text NOT NULL, "decision_no" text, "levels" text array NOT NULL DEFAULT '{}', "kind" text, "field" text, "target_groups" text array NOT NULL DEFAULT '{}', "competent_agency" text, "implementing_agency" text, "authorized_agency" text, "coordinating_agency" text, "address" text, "steps" text, "conditions" text, "related_procedures" text, "results" jsonb NOT NULL DEFAULT '[]', "detail_url" text, "source_group" text, "original" jsonb NOT NULL, "content_mismatch" boolean NOT NULL DEFAULT false, "parse_warnings" jsonb NOT NULL DEFAULT '[]', "source_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b9ee346c174d4b2682947d1984" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_procedure_name_folded" ON "procedure" ("name_folded") `);
    await queryRunner.query(`CREATE INDEX "idx_procedure_field" ON "procedure" ("field") `);
    await queryRunner.query(
      `CREATE TABLE "provincial_procedure" ("province_code" character varying(8) NOT NULL, "code" character varying(64) NOT NULL, "base_code" character varying(16) NOT NULL, "name" text NOT NULL, "field" text, "agency" text, "online_level" character varying(16) NOT NULL, "online_level_text" text, "decision_no" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_803efb17ddbd7d5506c5fc18d8f" PRIMARY KEY ("province_code", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_provincial_procedure_base_code" ON "provincial_procedure" ("base_code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_channel" ADD CONSTRAINT "FK_b22d3b1d68d0a88c6e1a14230ca" FOREIGN KEY ("procedure_code") REFERENCES "procedure"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_document" ADD CONSTRAINT "FK_ddcba35906b7e8e1c4e944c7382" FOREIGN KEY ("procedure_code") REFERENCES "procedure"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_legal_basis" ADD CONSTRAINT "FK_523c3c11d320d8aa39926a902df" FOREIGN KEY ("procedure_code") REFERENCES "procedure"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure_legal_basis" DROP CONSTRAINT "FK_523c3c11d320d8aa39926a902df"`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_document" DROP CONSTRAINT "FK_ddcba35906b7e8e1c4e944c7382"`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_channel" DROP CONSTRAINT "FK_b22d3b1d68d0a88c6e1a14230ca"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_provincial_procedure_base_code"`);
    await queryRunner.query(`DROP TABLE "provincial_procedure"`);
    await queryRunner.query(`DROP INDEX "public"."idx_procedure_field"`);
    await queryRunner.query(`DROP INDEX "public"."idx_procedure_name_folded"`);
    await queryRunner.query(`DROP TABLE "procedure"`);
    await queryRunner.query(`DROP INDEX "public"."idx_procedure_legal_basis_code"`);
    await queryRunner.query(`DROP TABLE "procedure_legal_basis"`);
    await queryRunner.query(`DROP INDEX "public"."idx_procedure_document_code"`);
    await queryRunner.query(`DROP TABLE "procedure_document"`);
    await queryRunner.query(`DROP INDEX "public"."idx_procedure_channel_code"`);
    await queryRunner.query(`DROP TABLE "procedure_channel"`);
  }
}
