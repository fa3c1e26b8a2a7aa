import { pendingSchemaChanges } from '../src/database/schema-drift';
import { startTestPortal, TestPortal } from './support/test-app';

describe('database migrations', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ seed: false });
  });

  afterAll(() => portal.close());

  it('leave nothing for the entities to change after running on an empty database', async () => {
    await expect(pendingSchemaChanges(portal.dataSource)).resolves.toEqual([]);
  });

  it('have all run at start-up', async () => {
    await expect(portal.dataSource.showMigrations()).resolves.toBe(false);
  });

  it('can be reverted and re-applied', async () => {
    const count = portal.dataSource.migrations.length;
    for (let step = 0; step < count; step += 1) await portal.dataSource.undoLastMigration();
    const [{ tables }] = await portal.dataSource.query(
      `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toBe(0);

    await portal.dataSource.runMigrations();
    await expect(pendingSchemaChanges(portal.dataSource)).resolves.toEqual([]);
  });
});
