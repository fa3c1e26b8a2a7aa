import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1796399062404 implements MigrationInterface {
  name = 'Initial1796399062404';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "activity_events" ("seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_label" character varying NOT NULL, "action" character varying NOT NULL, "entity_type" character varying NOT NULL, "entity_id" character varying NOT NULL, "engagement_id" uuid, "organization_id" uuid, "changes" jsonb NOT NULL, "request_id" text, "previous_hash" character varying NOT NULL, "hash" character varying NOT NULL, CONSTRAINT "UQ_ad8abb3a21dd7cce84f27b2f32d" UNIQUE ("hash"), CONSTRAINT "PK_61cbfe71544e4cfee56fa5c9cf6" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3f44e7643231492feed71a372f" ON "activity_events"  ("engagement_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_62a37c43dbb396515852364b5e" ON "activity_events"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "activity_chain_head" ("id" smallint NOT NULL, "last_seq" bigint NOT NULL, "last_hash" character varying NOT NULL, CONSTRAINT "PK_df2b92a4ae889bae0f44e4f4902" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('AGENCY', 'CLIENT', 'AUDIT_FIRM')`);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" character varying NOT NULL, "kind" "public"."organization_kind" NOT NULL, "sector" text, "regulations" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_9b7ca6d30b94fef571cff876884" UNIQUE ("name"), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('AGENCY_ADMIN', 'ACCOUNT_LEAD', 'ENGINEER', 'CLIENT_MANAGER', 'COMPLIANCE_OFFICER', 'CLIENT_VIEWER', 'AUDITOR')`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organization_id" uuid NOT NULL, "email" character varying NOT NULL, "display_name" character varying NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_21a659804ed7bf61eb91688dea" ON "users"  ("organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."service_line" AS ENUM('API_MICROSERVICES', 'BACKEND_DEVELOPMENT', 'DATA_PIPELINES', 'DATA_PLATFORM_LAKEHOUSE', 'REAL_TIME_STREAMING', 'DATA_QUALITY_GOVERNANCE')`);
    await queryRunner.query(`CREATE TYPE "public"."engagement_status" AS ENUM('PROPOSED', 'ACTIVE', 'PAUSED', 'COMPLETED')`);
    await queryRunner.query(`CREATE TABLE "engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" character varying NOT NULL, "summary" text NOT NULL DEFAULT '', "client_id" uuid NOT NULL, "account_lead_id" uuid NOT NULL, "service_lines" "public"."service_line" array NOT NULL, "status" "public"."engagement_status" NOT NULL, "start_date" date NOT NULL, "end_date" date, CONSTRAINT "engagements_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_aec8c95c82a37a5791001cdb9ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5c6f269983b3c16b1e2e2a1f8c" ON "engagements"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_2a632bd1b25f880e3f08664cb4" ON "engagements"  ("client_id") `);
    await queryRunner.query(`CREATE TYPE "public"."seniority" AS ENUM('MEDIOR', 'SENIOR', 'STAFF', 'PRINCIPAL')`);
    await queryRunner.query(`CREATE TABLE "engineer_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "user_id" uuid, "full_name" character varying NOT NULL, "contact_email" character varying NOT NULL, "contact_phone" text, "day_rate_eur" integer, "seniority" "public"."seniority" NOT NULL, "location" character varying NOT NULL, "skills" text array NOT NULL DEFAULT '{}', CONSTRAINT "REL_55271b3dfc23a57ed436d82198" UNIQUE ("user_id"), CONSTRAINT "PK_0d1e986c16c8a436c5f090a8362" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."assignment_role" AS ENUM('TECH_LEAD', 'BACKEND_ENGINEER', 'DATA_ENGINEER', 'PLATFORM_ENGINEER', 'STREAMING_ENGINEER', 'ANALYTICS_ENGINEER')`);
    await queryRunner.query(`CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "engineer_id" uuid NOT NULL, "role" "public"."assignment_role" NOT NULL, "allocation_percent" integer NOT NULL, "start_date" date NOT NULL, "end_date" date, CONSTRAINT "assignments_dates_ordered" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "assignments_allocation_range" CHECK ("allocation_percent" BETWEEN 1 AND 100), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_676ded0d25689580ac028aceaf" ON "assignments"  ("engagement_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fa55b0436229e29f82f907c08b" ON "assignments"  ("engineer_id") `);
    await queryRunner.query(`CREATE TABLE "login_throttles" ("email" character varying NOT NULL, "failure_count" integer NOT NULL DEFAULT '0', "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f68410cc6124d967bf665a1b81d" PRIMARY KEY ("email"))`);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" character varying NOT NULL, "previous_refresh_token_hash" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rotated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_d6185b2849a1e4d0c067a57ca89" UNIQUE ("refresh_token_hash"), CONSTRAINT "UQ_460b7371c298ec10ba293422c23" UNIQUE ("previous_refresh_token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."deliverable_type" AS ENUM('API_CONTRACT', 'GATEWAY_CONFIGURATION', 'BACKEND_FOR_FRONTEND', 'CONTRACT_TEST_SUITE', 'RUNBOOK', 'PRODUCTION_SERVICE', 'WORKER_FLEET', 'CONTAINER_IMAGE', 'OBSERVABILITY_HOOKS', 'AIRFLOW_DAG', 'CDC_INGESTION', 'DBT_PROJECT', 'PYSPARK_TRANSFORM', 'LAKEHOUSE_DESIGN', 'TERRAFORM_MODULE', 'TABLE_MAINTENANCE_JOB', 'KAFKA_TOPIC_DESIGN', 'FLINK_JOB', 'SCHEMA_REGISTRY', 'DEAD_LETTER_HANDLING', 'LAG_MONITORING', 'DATA_QUALITY_SUITE', 'LINEAGE', 'GDPR_CONTROLS', 'AUDIT_EVIDENCE_MAPPING')`);
    await queryRunner.query(`CREATE TYPE "public"."deliverable_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED')`);
    await queryRunner.query(`CREATE TABLE "deliverables" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "title" character varying NOT NULL, "description" text NOT NULL DEFAULT '', "type" "public"."deliverable_type" NOT NULL, "status" "public"."deliverable_status" NOT NULL, "due_date" date NOT NULL, "owner_id" uuid, CONSTRAINT "PK_13367f7b271fb2b95ccb18d78a3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bc59d5363b25583bb3e7bbb68b" ON "deliverables"  ("engagement_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagements" ADD CONSTRAINT "FK_2a632bd1b25f880e3f08664cb4b" FOREIGN KEY ("client_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagements" ADD CONSTRAINT "FK_cbe67fc9faa681d89f45e3b2597" FOREIGN KEY ("account_lead_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engineer_profiles" ADD CONSTRAINT "FK_55271b3dfc23a57ed436d82198d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "FK_676ded0d25689580ac028aceaf0" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "FK_fa55b0436229e29f82f907c08b0" FOREIGN KEY ("engineer_id") REFERENCES "engineer_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD CONSTRAINT "FK_bc59d5363b25583bb3e7bbb68bb" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deliverables" ADD CONSTRAINT "FK_990c3297e370a3d79fde2505a06" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliverables" DROP CONSTRAINT "FK_990c3297e370a3d79fde2505a06"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP CONSTRAINT "FK_bc59d5363b25583bb3e7bbb68bb"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_fa55b0436229e29f82f907c08b0"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_676ded0d25689580ac028aceaf0"`);
    await queryRunner.query(`ALTER TABLE "engineer_profiles" DROP CONSTRAINT "FK_55271b3dfc23a57ed436d82198d"`);
    await queryRunner.query(`ALTER TABLE "engagements" DROP CONSTRAINT "FK_cbe67fc9faa681d89f45e3b2597"`);
    await queryRunner.query(`ALTER TABLE "engagements" DROP CONSTRAINT "FK_2a632bd1b25f880e3f08664cb4b"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc59d5363b25583bb3e7bbb68b"`);
    await queryRunner.query(`DROP TABLE "deliverables"`);
    await queryRunner.query(`DROP TYPE "public"."deliverable_status"`);
    await queryRunner.query(`DROP TYPE "public"."deliverable_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "login_throttles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fa55b0436229e29f82f907c08b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_676ded0d25689580ac028aceaf"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_role"`);
    await queryRunner.query(`DROP TABLE "engineer_profiles"`);
    await queryRunner.query(`DROP TYPE "public"."seniority"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2a632bd1b25f880e3f08664cb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c6f269983b3c16b1e2e2a1f8c"`);
    await queryRunner.query(`DROP TABLE "engagements"`);
    await queryRunner.query(`DROP TYPE "public"."engagement_status"`);
    await queryRunner.query(`DROP TYPE "public"."service_line"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21a659804ed7bf61eb91688dea"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP TABLE "activity_chain_head"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_62a37c43dbb396515852364b5e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f44e7643231492feed71a372f"`);
    await queryRunner.query(`DROP TABLE "activity_events"`);
  }
}
