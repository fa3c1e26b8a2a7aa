import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditPacks1796401810039 implements MigrationInterface {
  name = 'AuditPacks1796401810039';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."audit_pack_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "audit_packs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "frameworks" "public"."framework_key" array NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "status" "public"."audit_pack_status" NOT NULL, "progress" integer NOT NULL DEFAULT '0', "requested_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "sha256" text, "size_bytes" bigint, "key_fingerprint" text, "attempts" integer NOT NULL DEFAULT '0', "error" text, CONSTRAINT "PK_a44c21089fbdc5a3aba65f8bb32" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0993771a3ca9b17bceb2cdcc84" ON "audit_packs"  ("engagement_id") `);
    await queryRunner.query(`ALTER TABLE "audit_packs" ADD CONSTRAINT "FK_0993771a3ca9b17bceb2cdcc844" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_packs" DROP CONSTRAINT "FK_0993771a3ca9b17bceb2cdcc844"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0993771a3ca9b17bceb2cdcc84"`);
    await queryRunner.query(`DROP TABLE "audit_packs"`);
    await queryRunner.query(`DROP TYPE "public"."audit_pack_status"`);
  }
}
