import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes the activity log append-only inside the database: UPDATE, DELETE and TRUNCATE are refused
 * for every role that does not own the table. The hash chain still detects what someone with
 * enough privilege does after disabling the trigger.
 */
export class ActivityAppendOnly1796399062405 implements MigrationInterface {
  name = 'ActivityAppendOnly1796399062405';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION refuse_activity_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'activity_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER activity_events_append_only BEFORE UPDATE OR DELETE ON activity_events
      FOR EACH ROW EXECUTE FUNCTION refuse_activity_change()`);
    await queryRunner.query(`
      CREATE TRIGGER activity_events_no_truncate BEFORE TRUNCATE ON activity_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_activity_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER activity_events_no_truncate ON activity_events`);
    await queryRunner.query(`DROP TRIGGER activity_events_append_only ON activity_events`);
    await queryRunner.query(`DROP FUNCTION refuse_activity_change()`);
  }
}
