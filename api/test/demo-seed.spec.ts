import { EngagementHealthService } from '../src/engagement-health/engagement-health.service';
import { DEMO_DAY } from '../src/seed/demo-data';
import { DemoSeeder } from '../src/seed/demo-seeder';
import { snapshotSha256 } from '../src/status-reports/status-report-snapshot.builder';
import { StatusReportSnapshot } from '../src/status-reports/status-report-snapshot.types';
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
    (SELECT count(*)::int FROM raid_item_seat_links link JOIN seats seat ON seat.id = link.seat_id
      WHERE seat.state = 'OPEN') AS "raidLinksToOpenSeats",
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
    await expect(portal.app.get(DemoSeeder).seed(DEMO_DAY)).resolves.toBe(true);

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
      raidLinksToOpenSeats: 1,
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

  it('shows engagements in every health state, with reasons, on the demo day', async () => {
    const engagements: { id: string; name: string }[] = await portal.dataSource.query(
      'SELECT id, name FROM engagements ORDER BY name',
    );
    const health = await portal.app.get(EngagementHealthService).healthOf(
      engagements.map((engagement) => engagement.id),
      DEMO_DAY,
    );
    const byName = Object.fromEntries(
      engagements.map((engagement, index) => [engagement.name, health[index]]),
    );

    expect(new Set(health.map((item) => item.status))).toEqual(
      new Set(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']),
    );
    expect(byName['Clinical data lakehouse'].status).toBe('OFF_TRACK');
    expect(byName['Clinical data lakehouse'].reasons.map((reason) => reason.code)).toContain(
      'OVERDUE_MILESTONES',
    );
    expect(byName['Payments API modernisation'].status).toBe('AT_RISK');
    expect(
      byName['Payments API modernisation'].reasons.map((reason) => [reason.code, reason.count]),
    ).toEqual([
      ['OVERDUE_DELIVERABLES', 1],
      ['SIGN_OFFS_WAITING', 1],
      ['EXPIRED_EVIDENCE', 1],
    ]);
    expect(byName['Transaction monitoring stream'].status).toBe('ON_TRACK');
    for (const item of health.filter((entry) => entry.status !== 'ON_TRACK')) {
      expect(item.reasons.length).toBeGreaterThan(0);
    }
  });

  it('has milestones and deliverables waiting for sign-off on a pinned version, with history', async () => {
    const [row] = await portal.dataSource.query(`SELECT
      (SELECT count(*)::int FROM milestones) AS milestones,
      (SELECT count(*)::int FROM deliverables WHERE status = 'SUBMITTED' AND pinned_value IS NOT NULL) AS waiting,
      (SELECT count(*)::int FROM deliverables WHERE status = 'SUBMITTED' AND pinned_value IS NULL) AS unpinned,
      (SELECT count(*)::int FROM deliverables d WHERE NOT EXISTS
        (SELECT 1 FROM deliverable_status_changes c WHERE c.deliverable_id = d.id)) AS "withoutHistory"`);

    expect(row.milestones).toBeGreaterThanOrEqual(4);
    expect(row.waiting).toBeGreaterThanOrEqual(2);
    expect(row.unpinned).toBe(0);
    expect(row.withoutHistory).toBe(0);
  });

  it('has published status reports whose snapshots match their hashes', async () => {
    const reports: { snapshot: unknown; snapshot_sha256: string }[] = await portal.dataSource.query(
      `SELECT snapshot, snapshot_sha256 FROM status_reports WHERE state = 'PUBLISHED'`,
    );

    expect(reports.length).toBeGreaterThanOrEqual(1);
    for (const report of reports) {
      expect(snapshotSha256(report.snapshot as StatusReportSnapshot)).toBe(report.snapshot_sha256);
    }
  });

  it('does nothing the second time, even when two start together', async () => {
    const before = await counts(portal);
    const seeder = portal.app.get(DemoSeeder);

    await expect(Promise.all([seeder.seed(), seeder.seed()])).resolves.toEqual([false, false]);
    expect(await counts(portal)).toEqual(before);
  });
});

describe('demo data loaded on a later day', () => {
  const LATER_DAY = '2027-03-15';
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ seed: false });
    await portal.app.get(DemoSeeder).seed(LATER_DAY);
  });

  afterAll(() => portal.close());

  it('tells the same delivery story as of that day: the same engagements late, for the same reasons', async () => {
    const engagements: { id: string; name: string }[] = await portal.dataSource.query(
      'SELECT id, name FROM engagements ORDER BY name',
    );
    const health = await portal.app.get(EngagementHealthService).healthOf(
      engagements.map((engagement) => engagement.id),
      LATER_DAY,
    );
    // Evidence and staffing are dated from the real today (they go through the services, which
    // judge against the clock), so only the delivery reasons are compared here.
    const delivery = ['OVERDUE_MILESTONES', 'OVERDUE_DELIVERABLES', 'SIGN_OFFS_WAITING'];
    const reasonsOf = Object.fromEntries(
      engagements.map((engagement, index) => [
        engagement.name,
        health[index].reasons
          .filter((reason) => delivery.includes(reason.code))
          .map((reason) => [reason.code, reason.count]),
      ]),
    );
    const [{ start }] = await portal.dataSource.query(
      `SELECT start_date::text AS start FROM engagements WHERE name = 'Payments API modernisation'`,
    );

    expect(reasonsOf['Clinical data lakehouse'].map((entry: unknown[]) => entry[0])).toContain(
      'OVERDUE_MILESTONES',
    );
    expect(reasonsOf['Payments API modernisation']).toEqual([
      ['OVERDUE_DELIVERABLES', 1],
      ['SIGN_OFFS_WAITING', 1],
    ]);
    expect(reasonsOf['Transaction monitoring stream']).toEqual([]);
    // 101 days after the demo day, so the engagement starting on 2 March 2026 starts 101 days later.
    expect(start).toBe('2026-06-11');
  });
});
