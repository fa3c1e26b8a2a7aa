import { DemoSeeder } from '../src/seed/demo-seeder';
import { startTestPortal, TestPortal } from './support/test-app';

async function counts(portal: TestPortal) {
  const [row] = await portal.dataSource.query(`SELECT
    (SELECT count(*)::int FROM organizations) AS organizations,
    (SELECT count(*)::int FROM users) AS users,
    (SELECT count(*)::int FROM engineer_profiles) AS engineers,
    (SELECT count(*)::int FROM engagements) AS engagements,
    (SELECT count(*)::int FROM assignments) AS assignments,
    (SELECT count(*)::int FROM deliverables) AS deliverables,
    (SELECT count(*)::int FROM seats WHERE state = 'OPEN') AS "openSeats",
    (SELECT count(*)::int FROM candidates) AS candidates,
    (SELECT count(*)::int FROM interviews WHERE outcome IS NULL AND scheduled_at > now()) AS "upcomingInterviews",
    (SELECT count(*)::int FROM interviews WHERE outcome IS NOT NULL) AS "decidedInterviews",
    (SELECT count(*)::int FROM staffing_changes WHERE state = 'PENDING' AND kind = 'END_ASSIGNMENT') AS "pendingScaleDowns",
    (SELECT count(DISTINCT unnest)::int FROM engagements, unnest(service_lines)) AS "serviceLines"`);

  return row;
}

describe('demo data', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ seed: false });
  });

  afterAll(() => portal.close());

  it('loads an agency, three regulated clients, engagements on all six service lines and the people', async () => {
    await expect(portal.app.get(DemoSeeder).seed()).resolves.toBe(true);

    const loaded = await counts(portal);
    expect(loaded).toMatchObject({
      organizations: 5,
      engineers: 25,
      engagements: 8,
      serviceLines: 6,
    });
    expect(loaded.assignments).toBeGreaterThan(20);
    expect(loaded.deliverables).toBeGreaterThan(20);
    expect(loaded).toMatchObject({
      openSeats: 1,
      candidates: 3,
      upcomingInterviews: 1,
      decidedInterviews: 2,
      pendingScaleDowns: 1,
    });
    const regulations = await portal.dataSource.query(
      `SELECT name, regulations FROM organizations WHERE kind = 'CLIENT' ORDER BY name`,
    );
    expect(regulations.map((row: { regulations: string[] }) => row.regulations[0])).toEqual([
      'DORA',
      'GDPR',
      'NIS2',
    ]);
  });

  it('does nothing the second time, even when two start together', async () => {
    const before = await counts(portal);
    const seeder = portal.app.get(DemoSeeder);

    await expect(Promise.all([seeder.seed(), seeder.seed()])).resolves.toEqual([false, false]);
    expect(await counts(portal)).toEqual(before);
  });
});
