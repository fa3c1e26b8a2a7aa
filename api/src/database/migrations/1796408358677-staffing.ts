import { MigrationInterface, QueryRunner } from 'typeorm';

export class Staffing1796408358677 implements MigrationInterface {
  name = 'Staffing1796408358677';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."seat_state" AS ENUM('OPEN', 'CANDIDATES', 'INTERVIEWING', 'FILLED', 'RELEASED')`);
    await queryRunner.query(`CREATE TABLE "seats" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "role" "public"."assignment_role" NOT NULL, "seniority" "public"."seniority" NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "target_allocation_percent" integer NOT NULL, "needed_from" date NOT NULL, "needed_until" date, "state" "public"."seat_state" NOT NULL DEFAULT 'OPEN', "staffing_change_id" uuid, CONSTRAINT "seats_dates_ordered" CHECK ("needed_until" IS NULL OR "needed_until" >= "needed_from"), CONSTRAINT "seats_target_allocation_range" CHECK ("target_allocation_percent" BETWEEN 1 AND 100), CONSTRAINT "PK_3fbc74bb4638600c506dcb777a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a317228953a5d07c7f0c6a4695" ON "seats"  ("engagement_id") `);
    await queryRunner.query(`CREATE TYPE "public"."candidate_state" AS ENUM('PROPOSED', 'INTERVIEWING', 'APPROVED', 'REJECTED', 'CONFIRMED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "candidates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "seat_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "engineer_id" uuid NOT NULL, "state" "public"."candidate_state" NOT NULL DEFAULT 'PROPOSED', "pitch" text NOT NULL DEFAULT '', "proposed_by_id" uuid NOT NULL, "assignment_id" uuid, CONSTRAINT "candidates_one_per_engineer_and_seat" UNIQUE ("seat_id", "engineer_id"), CONSTRAINT "PK_140681296bf033ab1eb95288abb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ad0e0342cd80a7f5ac5b0af05d" ON "candidates"  ("engagement_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9ae4fee277d489ad008e230e16" ON "candidates"  ("engineer_id") `);
    await queryRunner.query(`CREATE TYPE "public"."interview_outcome" AS ENUM('APPROVED', 'REJECTED', 'NO_SHOW')`);
    await queryRunner.query(`CREATE TYPE "public"."feedback_visibility" AS ENUM('SHARED_WITH_AGENCY', 'CLIENT_INTERNAL')`);
    await queryRunner.query(`CREATE TABLE "interviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "candidate_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "duration_minutes" integer NOT NULL, "interviewer_ids" uuid array NOT NULL, "video_link" text, "scheduled_by_id" uuid NOT NULL, "outcome" "public"."interview_outcome", "feedback" text, "feedback_visibility" "public"."feedback_visibility", "outcome_recorded_by_id" uuid, "outcome_recorded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "interviews_duration_range" CHECK ("duration_minutes" BETWEEN 15 AND 480), CONSTRAINT "PK_fd41af1f96d698fa33c2f070f47" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_74f05927fc5dd3d5258bad5f60" ON "interviews"  ("candidate_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_41dd11857587b7a6d987b05c32" ON "interviews"  ("engagement_id") `);
    await queryRunner.query(`CREATE TYPE "public"."staffing_change_kind" AS ENUM('SCALE_UP', 'RELEASE_SEAT', 'END_ASSIGNMENT', 'CHANGE_ALLOCATION', 'SWAP_ENGINEER', 'EXTEND')`);
    await queryRunner.query(`CREATE TYPE "public"."staffing_change_state" AS ENUM('PENDING', 'APPROVED', 'APPLIED', 'REJECTED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "staffing_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "kind" "public"."staffing_change_kind" NOT NULL, "state" "public"."staffing_change_state" NOT NULL DEFAULT 'PENDING', "effective_date" date NOT NULL, "reason" text NOT NULL, "requested_by_id" uuid NOT NULL, "client_approved_by_id" uuid, "client_approved_at" TIMESTAMP WITH TIME ZONE, "agency_approved_by_id" uuid, "agency_approved_at" TIMESTAMP WITH TIME ZONE, "rejected_by_id" uuid, "rejected_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, "cancelled_at" TIMESTAMP WITH TIME ZONE, "applied_at" TIMESTAMP WITH TIME ZONE, "role" "public"."assignment_role", "seniority" "public"."seniority", "skills" text array NOT NULL DEFAULT '{}', "allocation_percent" integer, "seat_count" integer, "needed_until" date, "seat_id" uuid, "assignment_id" uuid, "engineer_id" uuid, "new_end_date" date, "previous_end_date" date, "opened_assignment_id" uuid, CONSTRAINT "staffing_changes_seat_count_range" CHECK ("seat_count" BETWEEN 1 AND 20), CONSTRAINT "staffing_changes_allocation_range" CHECK ("allocation_percent" BETWEEN 1 AND 100), CONSTRAINT "PK_70537c05d331b5547a9ec3d2690" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_877a7fdb56fb030d68b44ee3b0" ON "staffing_changes"  ("engagement_id") `);
    // Every existing assignment gets a seat of its own, shaped like it, so a database in use
    // upgrades cleanly: running ones FILLED, ended ones RELEASED.
    await queryRunner.query(`ALTER TABLE "assignments" ADD "seat_id" uuid`);
    await queryRunner.query(`UPDATE "assignments" SET "seat_id" = gen_random_uuid()`);
    await queryRunner.query(`INSERT INTO "seats" ("id", "version", "engagement_id", "role", "seniority", "skills", "target_allocation_percent", "needed_from", "needed_until", "state")
      SELECT a."seat_id", 1, a."engagement_id", a."role", e."seniority", e."skills", a."allocation_percent", a."start_date", a."end_date",
        (CASE WHEN a."end_date" IS NULL OR a."end_date" >= current_date THEN 'FILLED' ELSE 'RELEASED' END)::"public"."seat_state"
      FROM "assignments" a JOIN "engineer_profiles" e ON e."id" = a."engineer_id"`);
    await queryRunner.query(`ALTER TABLE "assignments" ALTER COLUMN "seat_id" SET NOT NULL`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE INDEX "IDX_57d43aa46b651b159bcac2d1f8" ON "assignments"  ("seat_id") `);
    await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "assignments_seat_no_overlap" EXCLUDE USING gist ("seat_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&)`);
    await queryRunner.query(`ALTER TABLE "seats" ADD CONSTRAINT "FK_a317228953a5d07c7f0c6a4695b" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "FK_57d43aa46b651b159bcac2d1f8e" FOREIGN KEY ("seat_id") REFERENCES "seats"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidates" ADD CONSTRAINT "FK_dd8141a803c30451363509b8803" FOREIGN KEY ("seat_id") REFERENCES "seats"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidates" ADD CONSTRAINT "FK_9ae4fee277d489ad008e230e16d" FOREIGN KEY ("engineer_id") REFERENCES "engineer_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interviews" ADD CONSTRAINT "FK_74f05927fc5dd3d5258bad5f609" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staffing_changes" ADD CONSTRAINT "FK_877a7fdb56fb030d68b44ee3b00" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staffing_changes" DROP CONSTRAINT "FK_877a7fdb56fb030d68b44ee3b00"`);
    await queryRunner.query(`ALTER TABLE "interviews" DROP CONSTRAINT "FK_74f05927fc5dd3d5258bad5f609"`);
    await queryRunner.query(`ALTER TABLE "candidates" DROP CONSTRAINT "FK_9ae4fee277d489ad008e230e16d"`);
    await queryRunner.query(`ALTER TABLE "candidates" DROP CONSTRAINT "FK_dd8141a803c30451363509b8803"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_57d43aa46b651b159bcac2d1f8e"`);
    await queryRunner.query(`ALTER TABLE "seats" DROP CONSTRAINT "FK_a317228953a5d07c7f0c6a4695b"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "assignments_seat_no_overlap"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57d43aa46b651b159bcac2d1f8"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP COLUMN "seat_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_877a7fdb56fb030d68b44ee3b0"`);
    await queryRunner.query(`DROP TABLE "staffing_changes"`);
    await queryRunner.query(`DROP TYPE "public"."staffing_change_state"`);
    await queryRunner.query(`DROP TYPE "public"."staffing_change_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_41dd11857587b7a6d987b05c32"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74f05927fc5dd3d5258bad5f60"`);
    await queryRunner.query(`DROP TABLE "interviews"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."interview_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ae4fee277d489ad008e230e16"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad0e0342cd80a7f5ac5b0af05d"`);
    await queryRunner.query(`DROP TABLE "candidates"`);
    await queryRunner.query(`DROP TYPE "public"."candidate_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a317228953a5d07c7f0c6a4695"`);
    await queryRunner.query(`DROP TABLE "seats"`);
    await queryRunner.query(`DROP TYPE "public"."seat_state"`);
  }
}
