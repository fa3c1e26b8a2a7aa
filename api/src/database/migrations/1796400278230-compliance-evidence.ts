import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceEvidence1796400278230 implements MigrationInterface {
  name = 'ComplianceEvidence1796400278230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."evidence_kind" AS ENUM('FILE', 'LINK', 'ATTESTATION')`);
    await queryRunner.query(`CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "kind" "public"."evidence_kind" NOT NULL, "title" character varying NOT NULL, "description" text NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_reason" text, CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d7af324d94c3561aa4c73cd131" ON "evidence"  ("engagement_id") `);
    await queryRunner.query(`CREATE TYPE "public"."framework_key" AS ENUM('SOC2', 'ISO27001', 'NIS2', 'DORA', 'GDPR')`);
    await queryRunner.query(`CREATE TYPE "public"."requirement_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'READY_FOR_REVIEW', 'COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE')`);
    await queryRunner.query(`CREATE TABLE "engagement_requirements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "framework" "public"."framework_key" NOT NULL, "reference" character varying NOT NULL, "position" integer NOT NULL, "owner_id" uuid, "status" "public"."requirement_status" NOT NULL, "justification" text, CONSTRAINT "engagement_requirements_once" UNIQUE ("engagement_id", "framework", "reference"), CONSTRAINT "engagement_requirements_justified" CHECK ("status" <> 'NOT_APPLICABLE' OR length(trim(coalesce("justification", ''))) > 0), CONSTRAINT "PK_7d7ab55016baacc89c9916af9de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a4db87965e6c6f3fed2075a24c" ON "engagement_requirements"  ("engagement_id") `);
    await queryRunner.query(`CREATE TABLE "evidence_requirement_links" ("evidence_id" uuid NOT NULL, "engagement_requirement_id" uuid NOT NULL, "linked_by_id" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6410c13d5bbbf5c34476f574d6e" PRIMARY KEY ("evidence_id", "engagement_requirement_id"))`);
    await queryRunner.query(`CREATE TABLE "evidence_deliverable_links" ("evidence_id" uuid NOT NULL, "deliverable_id" uuid NOT NULL, "linked_by_id" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d24089dec37b5cd2713ed6fadc0" PRIMARY KEY ("evidence_id", "deliverable_id"))`);
    await queryRunner.query(`CREATE TABLE "evidence_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "number" integer NOT NULL, "sha256" character varying(64) NOT NULL, "size_bytes" bigint, "file_name" text, "content_type" text, "url" text, "statement" text, "covers_from" date, "covers_to" date, "valid_until" date, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_versions_numbered_once" UNIQUE ("evidence_id", "number"), CONSTRAINT "evidence_versions_period_ordered" CHECK ("covers_to" IS NULL OR "covers_from" IS NULL OR "covers_to" >= "covers_from"), CONSTRAINT "PK_f7f43fd9063ea61900e7448dd08" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."review_decision" AS ENUM('ACCEPTED', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "evidence_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_version_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "decision" "public"."review_decision" NOT NULL, "comment" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_272026f504c249243fec3c442b0" UNIQUE ("evidence_version_id"), CONSTRAINT "PK_03844b12c921eae5efa27e7ac09" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "engagement_frameworks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "framework" "public"."framework_key" NOT NULL, "catalog_version" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "engagement_frameworks_once" UNIQUE ("engagement_id", "framework"), CONSTRAINT "PK_80357f605f5b56b747f085fec63" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "evidence" ADD CONSTRAINT "FK_d7af324d94c3561aa4c73cd1312" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement_requirements" ADD CONSTRAINT "FK_a4db87965e6c6f3fed2075a24c2" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement_requirements" ADD CONSTRAINT "FK_bdb0f4e039035806b0505e6139b" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_requirement_links" ADD CONSTRAINT "FK_006e3f32fa5e08e73a94b193c70" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_requirement_links" ADD CONSTRAINT "FK_b0c6a3a34a2e4fb1656cdb9a4ae" FOREIGN KEY ("engagement_requirement_id") REFERENCES "engagement_requirements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_deliverable_links" ADD CONSTRAINT "FK_73e854b0ab59bbd9ebbcad59148" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_deliverable_links" ADD CONSTRAINT "FK_73dcd01d52dd9a2c08cd50548ec" FOREIGN KEY ("deliverable_id") REFERENCES "deliverables"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_versions" ADD CONSTRAINT "FK_106ef80e1a6f98949d6d8bbc99e" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_reviews" ADD CONSTRAINT "FK_272026f504c249243fec3c442b0" FOREIGN KEY ("evidence_version_id") REFERENCES "evidence_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "engagement_frameworks" ADD CONSTRAINT "FK_c568f721ef97a92f146da0aa7e4" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "engagement_frameworks" DROP CONSTRAINT "FK_c568f721ef97a92f146da0aa7e4"`);
    await queryRunner.query(`ALTER TABLE "evidence_reviews" DROP CONSTRAINT "FK_272026f504c249243fec3c442b0"`);
    await queryRunner.query(`ALTER TABLE "evidence_versions" DROP CONSTRAINT "FK_106ef80e1a6f98949d6d8bbc99e"`);
    await queryRunner.query(`ALTER TABLE "evidence_deliverable_links" DROP CONSTRAINT "FK_73dcd01d52dd9a2c08cd50548ec"`);
    await queryRunner.query(`ALTER TABLE "evidence_deliverable_links" DROP CONSTRAINT "FK_73e854b0ab59bbd9ebbcad59148"`);
    await queryRunner.query(`ALTER TABLE "evidence_requirement_links" DROP CONSTRAINT "FK_b0c6a3a34a2e4fb1656cdb9a4ae"`);
    await queryRunner.query(`ALTER TABLE "evidence_requirement_links" DROP CONSTRAINT "FK_006e3f32fa5e08e73a94b193c70"`);
    await queryRunner.query(`ALTER TABLE "engagement_requirements" DROP CONSTRAINT "FK_bdb0f4e039035806b0505e6139b"`);
    await queryRunner.query(`ALTER TABLE "engagement_requirements" DROP CONSTRAINT "FK_a4db87965e6c6f3fed2075a24c2"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_d7af324d94c3561aa4c73cd1312"`);
    await queryRunner.query(`DROP TABLE "engagement_frameworks"`);
    await queryRunner.query(`DROP TABLE "evidence_reviews"`);
    await queryRunner.query(`DROP TYPE "public"."review_decision"`);
    await queryRunner.query(`DROP TABLE "evidence_versions"`);
    await queryRunner.query(`DROP TABLE "evidence_deliverable_links"`);
    await queryRunner.query(`DROP TABLE "evidence_requirement_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a4db87965e6c6f3fed2075a24c"`);
    await queryRunner.query(`DROP TABLE "engagement_requirements"`);
    await queryRunner.query(`DROP TYPE "public"."requirement_status"`);
    await queryRunner.query(`DROP TYPE "public"."framework_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7af324d94c3561aa4c73cd131"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_kind"`);
  }
}
