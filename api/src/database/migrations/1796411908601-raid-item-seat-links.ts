import { MigrationInterface, QueryRunner } from 'typeorm';

export class RaidItemSeatLinks1796411908601 implements MigrationInterface {
  name = 'RaidItemSeatLinks1796411908601';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "raid_item_seat_links" ("raid_item_id" uuid NOT NULL, "seat_id" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d20241054787a4432a077ec3533" PRIMARY KEY ("raid_item_id", "seat_id"))`);
    await queryRunner.query(`ALTER TABLE "raid_item_seat_links" ADD CONSTRAINT "FK_05440c59714fd9df2747edc3f40" FOREIGN KEY ("raid_item_id") REFERENCES "raid_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "raid_item_seat_links" ADD CONSTRAINT "FK_caec11f7e48a200ca848c01d4f8" FOREIGN KEY ("seat_id") REFERENCES "seats"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "raid_item_seat_links" DROP CONSTRAINT "FK_caec11f7e48a200ca848c01d4f8"`);
    await queryRunner.query(`ALTER TABLE "raid_item_seat_links" DROP CONSTRAINT "FK_05440c59714fd9df2747edc3f40"`);
    await queryRunner.query(`DROP TABLE "raid_item_seat_links"`);
  }
}
