import { MigrationInterface, QueryRunner } from 'typeorm';

export class StatusReports1796409099175 implements MigrationInterface {
  name = 'StatusReports1796409099175';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."status_report_state" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(`CREATE TABLE "status_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "state" "public"."status_report_state" NOT NULL DEFAULT 'DRAFT', "period_from" date NOT NULL, "period_to" date NOT NULL, "summary" text NOT NULL DEFAULT '', "highlights" text NOT NULL DEFAULT '', "risks_and_next_steps" text NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "snapshot" jsonb, "snapshot_sha256" character varying(64), CONSTRAINT "PK_5b303afd85233dce17c88c519ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_71a99254e71bca7281062ad938" ON "status_reports"  ("engagement_id") `);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD CONSTRAINT "FK_71a99254e71bca7281062ad9380" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "status_reports" DROP CONSTRAINT "FK_71a99254e71bca7281062ad9380"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71a99254e71bca7281062ad938"`);
    await queryRunner.query(`DROP TABLE "status_reports"`);
    await queryRunner.query(`DROP TYPE "public"."status_report_state"`);
  }
}
