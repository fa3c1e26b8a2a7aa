import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796408334318 implements MigrationInterface {
  name = 'Notifications1796408334318';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('INTERVIEW_SCHEDULED', 'STAFFING_CHANGE_AWAITING_APPROVAL', 'DELIVERABLE_AWAITING_SIGN_OFF', 'ROLL_OFF_SOON')`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "engagement_id" uuid, "title" character varying NOT NULL, "body" text NOT NULL DEFAULT '', "link" character varying NOT NULL, "dedup_key" character varying NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_unread" ON "notifications"  ("recipient_id", "read_at", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_recipient_dedup" ON "notifications"  ("recipient_id", "dedup_key") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_01105e8879024ded1f448b9acad" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_01105e8879024ded1f448b9acad"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_dedup"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_unread"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
