import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditGrants1796402026602 implements MigrationInterface {
  name = 'AuditGrants1796402026602';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "auditor_id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "frameworks" "public"."framework_key" array NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "granted_by_id" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bdecd3c150cf10169879b7dee99" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_49776f93ea3d21acf11246e6b8" ON "audit_grants"  ("auditor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_61a8299ea63a3a7528faedcfe3" ON "audit_grants"  ("engagement_id") `);
    await queryRunner.query(`ALTER TABLE "audit_grants" ADD CONSTRAINT "FK_49776f93ea3d21acf11246e6b81" FOREIGN KEY ("auditor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_grants" ADD CONSTRAINT "FK_61a8299ea63a3a7528faedcfe37" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_grants" DROP CONSTRAINT "FK_61a8299ea63a3a7528faedcfe37"`);
    await queryRunner.query(`ALTER TABLE "audit_grants" DROP CONSTRAINT "FK_49776f93ea3d21acf11246e6b81"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61a8299ea63a3a7528faedcfe3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49776f93ea3d21acf11246e6b8"`);
    await queryRunner.query(`DROP TABLE "audit_grants"`);
  }
}
