import { ActivityService } from '../src/activity/activity.service';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const RENAME = `mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { version } }`;

describe('activity log', () => {
  let portal: TestPortal;
  let lead: string;
  let activity: ActivityService;

  beforeAll(async () => {
    portal = await startTestPortal();
    lead = await portal.signIn('lead@kestrel.example');
    activity = portal.app.get(ActivityService);
  });

  afterAll(() => portal.close());

  async function tamper(sql: string, parameters: unknown[] = []) {
    await portal.dataSource.transaction(async (manager) => {
      await manager.query(
        'ALTER TABLE activity_events DISABLE TRIGGER activity_events_append_only',
      );
      await manager.query(sql, parameters);
      await manager.query('ALTER TABLE activity_events ENABLE TRIGGER activity_events_append_only');
    });
  }

  it('records who changed what, with the request id, in the same transaction', async () => {
    const id = await idOf(portal.dataSource, 'engagements', 'name', 'Grid telemetry platform');
    const response = await portal.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${lead}`,
        'x-request-id': 'req-activity-1',
      },
      payload: JSON.stringify({
        query: RENAME,
        variables: { input: { id, version: 1, summary: 'Telemetry from 400 substations' } },
      }),
    });
    expect(response.json().errors).toBeUndefined();

    const [event] = await portal.dataSource.query(
      `SELECT action, entity_id, engagement_id, actor_label, request_id, changes FROM activity_events ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toMatchObject({
      action: 'engagement.updated',
      entity_id: id,
      engagement_id: id,
      actor_label: 'Marco Bianchi (ACCOUNT_LEAD)',
      request_id: 'req-activity-1',
    });
    expect(event.changes.summary.to).toBe('Telemetry from 400 substations');
  });

  it('writes no event when the change fails', async () => {
    const id = await idOf(portal.dataSource, 'engagements', 'name', 'Grid telemetry platform');
    const [{ before }] = await portal.dataSource.query(
      'SELECT count(*)::int AS before FROM activity_events',
    );
    const stale = await portal.graphql(
      RENAME,
      { input: { id, version: 1, summary: 'stale write' } },
      lead,
    );
    const [{ after }] = await portal.dataSource.query(
      'SELECT count(*)::int AS after FROM activity_events',
    );

    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(after).toBe(before);
  });

  it('shows an engagement’s events to those who can see the engagement, newest first', async () => {
    const id = await idOf(portal.dataSource, 'engagements', 'name', 'Grid telemetry platform');
    const manager = await portal.signIn('manager@nordgrid.example');
    const result = await portal.graphql(
      'query($id: ID!) { engagementActivity(engagementId: $id, first: 2) { seq action actorLabel } }',
      { id },
      manager,
    );

    expect(result.data!.engagementActivity[0]).toMatchObject({ action: 'engagement.updated' });
    expect(Number(result.data!.engagementActivity[0].seq)).toBeGreaterThan(
      Number(result.data!.engagementActivity[1].seq),
    );
  });

  it('refuses UPDATE and DELETE on events at the database', async () => {
    await expect(
      portal.dataSource.query(`UPDATE activity_events SET action = 'x' WHERE seq = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(
      portal.dataSource.query('DELETE FROM activity_events WHERE seq = 1'),
    ).rejects.toThrow(/append-only/);
  });

  it('verifies an intact chain', async () => {
    const report = await activity.verifyChain();

    expect(report.ok).toBe(true);
    expect(report.eventsChecked).toBeGreaterThan(100);
  });

  it('names the first event whose content was edited behind the application’s back', async () => {
    const [original] = await portal.dataSource.query(
      'SELECT changes FROM activity_events WHERE seq = 42',
    );
    await tamper(
      `UPDATE activity_events SET changes = '{"status":{"from":"ACTIVE","to":"COMPLETED"}}' WHERE seq = 42`,
    );
    const report = await activity.verifyChain();

    expect(report.ok).toBe(false);
    expect(report.problem).toEqual({ kind: 'hash-mismatch', seq: '42' });
    expect(report.message).toContain('event 42 was altered');
    await tamper('UPDATE activity_events SET changes = $1 WHERE seq = 42', [
      JSON.stringify(original.changes),
    ]);
    expect((await activity.verifyChain()).ok).toBe(true);
  });

  it('detects an edit that also recomputes the edited event’s hash', async () => {
    const [original] = await portal.dataSource.query(
      'SELECT changes, hash FROM activity_events WHERE seq = 42',
    );
    await tamper(`UPDATE activity_events SET changes = $1 WHERE seq = 42`, [JSON.stringify({})]);
    await tamper(`UPDATE activity_events SET hash = repeat('a', 64) WHERE seq = 42`);
    const report = await activity.verifyChain();

    expect(report.ok).toBe(false);
    expect(report.problem?.seq).toBe('42');
    await tamper('UPDATE activity_events SET changes = $1, hash = $2 WHERE seq = 42', [
      JSON.stringify(original.changes),
      original.hash,
    ]);
    expect((await activity.verifyChain()).ok).toBe(true);
  });

  it('detects a deleted event in the middle', async () => {
    const [saved] = await portal.dataSource.query('SELECT * FROM activity_events WHERE seq = 17');
    await tamper('DELETE FROM activity_events WHERE seq = 17');
    const report = await activity.verifyChain();

    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: 'gap', expectedSeq: '17' });
    expect(report.message).toContain('event 17 is missing');
    await portal.dataSource.query(
      `INSERT INTO activity_events SELECT * FROM json_populate_record(NULL::activity_events, $1)`,
      [JSON.stringify(saved)],
    );
    expect((await activity.verifyChain()).ok).toBe(true);
  });

  it('detects events removed from the end', async () => {
    const [{ last }] = await portal.dataSource.query(
      'SELECT max(seq)::text AS last FROM activity_events',
    );
    await tamper('DELETE FROM activity_events WHERE seq = $1', [last]);
    const report = await activity.verifyChain();

    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: 'head-mismatch' });
  });
});
