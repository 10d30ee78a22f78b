import { MigrationInterface, QueryRunner } from 'typeorm';

export class Miniapp1763870000000 implements MigrationInterface {
  name = 'Miniapp1763870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "miniapp_user" ("user_id" character varying(80) NOT NULL, "phone" character varying(20), "phone_linked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22ea6ec967d07984f31cf22d88a" PRIMARY KEY ("user_id"))`,
    );
    // "My dossiers" finds a citizen's dossiers by the last nine digits of the phone Zalo confirmed.
    await queryRunner.query(
      `CREATE INDEX "idx_dossier_applicant_phone9" ON "dossier" (right(regexp_replace("applicant_phone", '\\D', '', 'g'), 9)) WHERE "applicant_phone" IS NOT NULL`,
    );
    // A Mini App user is linked to the same person's OA chat by user_id_by_app.
    await queryRunner.query(
      `CREATE INDEX "idx_zalo_user_by_app" ON "zalo_user" ("user_id_by_app") WHERE "user_id_by_app" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_zalo_user_by_app"`);
    await queryRunner.query(`DROP INDEX "idx_dossier_applicant_phone9"`);
    await queryRunner.query(`DROP TABLE "miniapp_user"`);
  }
}
