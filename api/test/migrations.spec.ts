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

describe('the staffing migration on a database in use', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal();
  });

  afterAll(() => portal.close());

  it('gives every existing assignment a seat of its own, shaped like it', async () => {
    const before = await portal.dataSource.query(
      `SELECT id, engagement_id, role, allocation_percent, start_date, end_date FROM assignments ORDER BY id`,
    );
    await portal.dataSource.undoLastMigration();
    await portal.dataSource.runMigrations();

    const seats = await portal.dataSource.query(
      `SELECT assignment.id, seat.engagement_id, seat.role, seat.target_allocation_percent AS allocation_percent,
         seat.needed_from AS start_date, seat.needed_until AS end_date, seat.state
       FROM assignments assignment JOIN seats seat ON seat.id = assignment.seat_id ORDER BY assignment.id`,
    );
    const [{ distinct }] = await portal.dataSource.query(
      'SELECT count(DISTINCT seat_id)::int AS distinct FROM assignments',
    );
    expect(seats.map(({ state: _state, ...seat }: Record<string, unknown>) => seat)).toEqual(
      before,
    );
    expect(distinct).toBe(before.length);
    expect(new Set(seats.map((seat: { state: string }) => seat.state))).toEqual(
      new Set(['FILLED', 'RELEASED']),
    );
    await expect(pendingSchemaChanges(portal.dataSource)).resolves.toEqual([]);
  });
});
