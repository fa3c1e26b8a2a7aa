import { MigrationInterface, QueryRunner } from 'typeorm';

export class RaidLog1796408814934 implements MigrationInterface {
  name = 'RaidLog1796408814934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."raid_kind" AS ENUM('RISK', 'ASSUMPTION', 'ISSUE', 'DEPENDENCY')`);
    await queryRunner.query(`CREATE TYPE "public"."raid_severity" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`);
    await queryRunner.query(`CREATE TYPE "public"."raid_status" AS ENUM('OPEN', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."raid_visibility" AS ENUM('CLIENT_VISIBLE', 'INTERNAL')`);
    await queryRunner.query(`CREATE TABLE "raid_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "engagement_id" uuid NOT NULL, "kind" "public"."raid_kind" NOT NULL, "title" character varying NOT NULL, "description" text NOT NULL DEFAULT '', "severity" "public"."raid_severity" NOT NULL, "status" "public"."raid_status" NOT NULL DEFAULT 'OPEN', "closing_note" text, "closed_at" TIMESTAMP WITH TIME ZONE, "visibility" "public"."raid_visibility" NOT NULL, "author_side" character varying(10) NOT NULL, "owner_id" uuid, "created_by_id" uuid NOT NULL, CONSTRAINT "raid_items_author_side" CHECK (author_side IN ('AGENCY', 'CLIENT')), CONSTRAINT "PK_c049844e11406eddf7a4d015cbf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_50b87108bffc6dc0bab6f50b70" ON "raid_items"  ("engagement_id") `);
    await queryRunner.query(`CREATE TABLE "raid_item_deliverable_links" ("raid_item_id" uuid NOT NULL, "deliverable_id" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c5ddacada7f3a6d01c1e0fde02" PRIMARY KEY ("raid_item_id", "deliverable_id"))`);
    await queryRunner.query(`ALTER TABLE "raid_items" ADD CONSTRAINT "FK_50b87108bffc6dc0bab6f50b706" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "raid_items" ADD CONSTRAINT "FK_803f7e353c5456b947fffecf2ca" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "raid_item_deliverable_links" ADD CONSTRAINT "FK_6eefbd056530961feb49e082665" FOREIGN KEY ("raid_item_id") REFERENCES "raid_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "raid_item_deliverable_links" ADD CONSTRAINT "FK_061918b636ff88d0bcd5cbd2e09" FOREIGN KEY ("deliverable_id") REFERENCES "deliverables"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "raid_item_deliverable_links" DROP CONSTRAINT "FK_061918b636ff88d0bcd5cbd2e09"`);
    await queryRunner.query(`ALTER TABLE "raid_item_deliverable_links" DROP CONSTRAINT "FK_6eefbd056530961feb49e082665"`);
    await queryRunner.query(`ALTER TABLE "raid_items" DROP CONSTRAINT "FK_803f7e353c5456b947fffecf2ca"`);
    await queryRunner.query(`ALTER TABLE "raid_items" DROP CONSTRAINT "FK_50b87108bffc6dc0bab6f50b706"`);
    await queryRunner.query(`DROP TABLE "raid_item_deliverable_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50b87108bffc6dc0bab6f50b70"`);
    await queryRunner.query(`DROP TABLE "raid_items"`);
    await queryRunner.query(`DROP TYPE "public"."raid_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."raid_status"`);
    await queryRunner.query(`DROP TYPE "public"."raid_severity"`);
    await queryRunner.query(`DROP TYPE "public"."raid_kind"`);
  }
}
