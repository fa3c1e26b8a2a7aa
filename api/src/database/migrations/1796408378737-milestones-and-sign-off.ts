import { MigrationInterface, QueryRunner } from 'typeorm';

export class MilestonesAndSignOff1796408378737 implements MigrationInterface {
  name = 'MilestonesAndSignOff1796408378737';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "title" character varying NOT NULL, "description" text NOT NULL DEFAULT '', "due_date" date NOT NULL, CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f1ed46fdbb365c363c4e32f7b0" ON "milestones"  ("engagement_id") `);
    await queryRunner.query(`CREATE TYPE "public"."pinned_version_kind" AS ENUM('TAG', 'COMMIT', 'SPEC_VERSION', 'HASH')`);
    await queryRunner.query(`CREATE TABLE "deliverable_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deliverable_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "from_status" "public"."deliverable_status", "to_status" "public"."deliverable_status" NOT NULL, "changed_by_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text, "pinned_kind" "public"."pinned_version_kind", "pinned_value" text, "pinned_url" text, CONSTRAINT "PK_2dfba6359a56e3c7db9942cbd94" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f0ff246309753115574a93d39a" ON "deliverable_status_changes"  ("deliverable_id") `);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD "milestone_id" uuid`);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD "pinned_kind" "public"."pinned_version_kind"`);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD "pinned_value" text`);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD "pinned_url" text`);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_f33902fe5bdd97d5191b447fbd" ON "deliverables"  ("milestone_id") `);
    await queryRunner.query(`ALTER TABLE "milestones" ADD CONSTRAINT "FK_f1ed46fdbb365c363c4e32f7b09" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD CONSTRAINT "FK_f33902fe5bdd97d5191b447fbdf" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deliverable_status_changes" ADD CONSTRAINT "FK_f0ff246309753115574a93d39ae" FOREIGN KEY ("deliverable_id") REFERENCES "deliverables"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliverable_status_changes" DROP CONSTRAINT "FK_f0ff246309753115574a93d39ae"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP CONSTRAINT "FK_f33902fe5bdd97d5191b447fbdf"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_f1ed46fdbb365c363c4e32f7b09"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f33902fe5bdd97d5191b447fbd"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP COLUMN "pinned_url"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP COLUMN "pinned_value"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP COLUMN "pinned_kind"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP COLUMN "milestone_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0ff246309753115574a93d39a"`);
    await queryRunner.query(`DROP TABLE "deliverable_status_changes"`);
    await queryRunner.query(`DROP TYPE "public"."pinned_version_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1ed46fdbb365c363c4e32f7b0"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
  }
}
