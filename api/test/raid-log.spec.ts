import { activityExcerpt } from '../src/audit-packs/activity-excerpt';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const CREATE = `mutation($input: CreateRaidItemInput!) {
  createRaidItem(input: $input) { id version status visibility authorSide deliverables { title } seats { id } owner { email } }
}`;
const UPDATE = `mutation($input: UpdateRaidItemInput!) { updateRaidItem(input: $input) { id version visibility severity } }`;
const CLOSE = `mutation($input: CloseRaidItemInput!) { closeRaidItem(input: $input) { version status closingNote closedAt } }`;
const REOPEN = `mutation($input: ReopenRaidItemInput!) { reopenRaidItem(input: $input) { version status closingNote } }`;
const ITEM = 'query($id: ID!) { raidItem(id: $id) { id title } }';
const LOG = `query($id: ID!) {
  engagement(id: $id) { raidItems { title visibility } }
  engagementActivity(engagementId: $id, first: 100) { entityType entityId changes }
}`;

describe('RAID log', () => {
  let portal: TestPortal;
  let engagementId: string;
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};

  beforeAll(async () => {
    portal = await startTestPortal();
    for (const email of [
      'lead@kestrel.example',
      'engineer@kestrel.example',
      'manager@balticmutual.example',
      'compliance@balticmutual.example',
      'viewer@balticmutual.example',
      'auditor@veritas.example',
    ]) {
      tokens[email] = await portal.signIn(email);
      users[email] = await idOf(portal.dataSource, 'users', 'email', email);
    }
    engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
  });

  afterAll(() => portal.close());

  async function create(email: string, overrides: Record<string, unknown> = {}) {
    return portal.graphql(
      CREATE,
      {
        input: {
          engagementId,
          kind: 'RISK',
          title: 'Refund volumes exceed the sandbox quota',
          description: 'Load tests need more than the sandbox allows.',
          severity: 'HIGH',
          visibility: 'CLIENT_VISIBLE',
          ...overrides,
        },
      },
      tokens[email],
    );
  }

  function visibleTo(email: string, id: string) {
    return portal.graphql(LOG, { id: engagementId }, tokens[email]).then((result) => {
      expect(result.errors).toBeUndefined();
      const titles = result.data!.engagement.raidItems.map((item: any) => item.title);
      const events = result.data!.engagementActivity.filter(
        (event: any) => event.entityType === 'RaidItem' && event.entityId === id,
      );

      return { titles, events: events.length };
    });
  }

  it('keeps an agency-internal entry from every client role, through lookups, lists and the activity log', async () => {
    const created = await create('lead@kestrel.example', {
      title: 'Two engineers booked on leave over go-live',
      visibility: 'INTERNAL',
      ownerId: users['lead@kestrel.example'],
    });
    const id = created.data!.createRaidItem.id;

    expect(created.data!.createRaidItem).toMatchObject({
      authorSide: 'AGENCY',
      visibility: 'INTERNAL',
      status: 'OPEN',
    });
    for (const email of [
      'manager@balticmutual.example',
      'compliance@balticmutual.example',
      'viewer@balticmutual.example',
    ]) {
      const byId = await portal.graphql(ITEM, { id }, tokens[email]);
      const log = await visibleTo(email, id);

      expect(byId.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(log.titles).not.toContain('Two engineers booked on leave over go-live');
      expect(log.titles).not.toContain('Tech lead rotation in February');
      expect(log.events).toBe(0);
    }
    const byEngineer = await visibleTo('engineer@kestrel.example', id);
    expect(byEngineer.titles).toContain('Two engineers booked on leave over go-live');
    expect(byEngineer.events).toBe(1);
  });

  it('keeps a client-internal entry from the agency, and shares client-visible ones', async () => {
    const internal = await create('manager@balticmutual.example', {
      kind: 'ISSUE',
      title: 'Vendor review of the agency due in January',
      visibility: 'INTERNAL',
    });
    const shared = await create('manager@balticmutual.example', {
      kind: 'DEPENDENCY',
      title: 'Refund ledger schema from the core team',
    });
    const id = internal.data!.createRaidItem.id;

    const byLead = await portal.graphql(ITEM, { id }, tokens['lead@kestrel.example']);
    const leadLog = await visibleTo('lead@kestrel.example', id);
    const viewerLog = await visibleTo('viewer@balticmutual.example', id);

    expect(internal.data!.createRaidItem.authorSide).toBe('CLIENT');
    expect(byLead.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(leadLog.titles).not.toContain('Vendor review of the agency due in January');
    expect(leadLog.titles).not.toContain('2027 budget for the gateway team not yet approved');
    expect(leadLog.titles).toContain('Refund ledger schema from the core team');
    expect(leadLog.events).toBe(0);
    expect(viewerLog.titles).toContain('Vendor review of the agency due in January');
    expect(shared.errors).toBeUndefined();
  });

  it('hides an entry from the client, history included, once the agency makes it internal', async () => {
    const created = (await create('lead@kestrel.example', { title: 'Gateway licence renewal' }))
      .data!.createRaidItem;
    const before = await visibleTo('manager@balticmutual.example', created.id);

    const byClient = await portal.graphql(
      UPDATE,
      { input: { id: created.id, version: created.version, visibility: 'INTERNAL' } },
      tokens['manager@balticmutual.example'],
    );
    const byAgency = await portal.graphql(
      UPDATE,
      { input: { id: created.id, version: created.version, visibility: 'INTERNAL' } },
      tokens['lead@kestrel.example'],
    );
    const after = await visibleTo('manager@balticmutual.example', created.id);

    expect(before.titles).toContain('Gateway licence renewal');
    expect(before.events).toBe(1);
    expect(byClient.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(byAgency.data!.updateRaidItem.visibility).toBe('INTERNAL');
    expect(after.titles).not.toContain('Gateway licence renewal');
    expect(after.events).toBe(0);
  });

  it('closes with a note, reopens, and refuses a stale version', async () => {
    const created = (await create('engineer@kestrel.example')).data!.createRaidItem;

    const noNote = await portal.graphql(
      CLOSE,
      { input: { id: created.id, version: created.version, closingNote: '     ' } },
      tokens['manager@balticmutual.example'],
    );
    const closed = await portal.graphql(
      CLOSE,
      {
        input: { id: created.id, version: created.version, closingNote: 'Quota raised to 50k/day' },
      },
      tokens['manager@balticmutual.example'],
    );
    const stale = await portal.graphql(
      UPDATE,
      { input: { id: created.id, version: created.version, severity: 'LOW' } },
      tokens['lead@kestrel.example'],
    );
    const reopened = await portal.graphql(
      REOPEN,
      { input: { id: created.id, version: closed.data!.closeRaidItem.version } },
      tokens['lead@kestrel.example'],
    );

    expect(noNote.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'closingNote' }],
    });
    expect(closed.data!.closeRaidItem).toMatchObject({
      status: 'CLOSED',
      closingNote: 'Quota raised to 50k/day',
    });
    expect(closed.data!.closeRaidItem.closedAt).toBeTruthy();
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(reopened.data!.reopenRaidItem).toMatchObject({ status: 'OPEN', closingNote: null });
  });

  it('links deliverables of the same engagement only, and internal owners from the author’s side', async () => {
    const [own] = await portal.dataSource.query(
      `SELECT id FROM deliverables WHERE title = 'Incident runbook for payment outages'`,
    );
    const [foreign] = await portal.dataSource.query(
      `SELECT id FROM deliverables WHERE title = 'Fraud scoring Flink job'`,
    );

    const linked = await create('lead@kestrel.example', { deliverableIds: [own.id] });
    const misfiled = await create('lead@kestrel.example', { deliverableIds: [foreign.id] });
    const clientOwner = await create('lead@kestrel.example', {
      visibility: 'INTERNAL',
      ownerId: users['manager@balticmutual.example'],
    });

    expect(linked.data!.createRaidItem.deliverables).toEqual([
      { title: 'Incident runbook for payment outages' },
    ]);
    expect(misfiled.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'deliverableIds' }],
    });
    expect(clientOwner.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ownerId' }],
    });
  });

  it('links seats of the same engagement, shows them nested and logs the change', async () => {
    const seats = await portal.dataSource.query(
      `SELECT seat.id, seat.state FROM seats seat WHERE seat.engagement_id = $1 ORDER BY seat.state`,
      [engagementId],
    );
    const open = seats.find((seat: any) => seat.state === 'OPEN');
    const filled = seats.find((seat: any) => seat.state === 'FILLED');
    const [foreign] = await portal.dataSource.query(
      `SELECT seat.id FROM seats seat JOIN engagements engagement ON engagement.id = seat.engagement_id
       WHERE engagement.name = 'Transaction monitoring stream' LIMIT 1`,
    );

    const created = await create('lead@kestrel.example', {
      title: 'Open Go seat delays the second squad',
      seatIds: [open.id, open.id],
    });
    const item = created.data!.createRaidItem;
    const misfiled = await create('manager@balticmutual.example', { seatIds: [foreign.id] });
    const relinked = await portal.graphql(
      UPDATE,
      { input: { id: item.id, version: item.version, seatIds: [filled.id, open.id] } },
      tokens['manager@balticmutual.example'],
    );
    const stale = await portal.graphql(
      UPDATE,
      { input: { id: item.id, version: item.version, seatIds: [] } },
      tokens['lead@kestrel.example'],
    );
    const refused = await portal.graphql(
      UPDATE,
      {
        input: {
          id: item.id,
          version: relinked.data!.updateRaidItem.version,
          seatIds: [foreign.id],
        },
      },
      tokens['lead@kestrel.example'],
    );
    const nested = await portal.graphql(
      `query($id: ID!) { raidItem(id: $id) { seats { id state engagement { name } } } }`,
      { id: item.id },
      tokens['manager@balticmutual.example'],
    );
    const log = await portal.graphql(LOG, { id: engagementId }, tokens['lead@kestrel.example']);
    const changes = log
      .data!.engagementActivity.filter((event: any) => event.entityId === item.id)
      .map((event: any) => event.changes.seatIds);

    expect(created.errors).toBeUndefined();
    expect(item.seats).toEqual([{ id: open.id }]);
    expect(misfiled.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'seatIds', message: 'must be seats of this engagement' }],
    });
    expect(relinked.errors).toBeUndefined();
    expect(relinked.data!.updateRaidItem.version).toBe(item.version + 1);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'seatIds' }],
    });
    expect(nested.data!.raidItem.seats).toHaveLength(2);
    expect(nested.data!.raidItem.seats.map((seat: any) => seat.id).sort()).toEqual(
      [filled.id, open.id].sort(),
    );
    expect(nested.data!.raidItem.seats[0].engagement.name).toBe('Payments API modernisation');
    expect(changes).toEqual(
      expect.arrayContaining([
        { from: null, to: [open.id] },
        { from: [open.id], to: [filled.id, open.id].sort() },
      ]),
    );
    expect(changes).toHaveLength(2);
  });

  it('is read-only for client viewers and invisible to auditors', async () => {
    const byViewer = await create('viewer@balticmutual.example');
    const [item] = await portal.dataSource.query(
      `SELECT id FROM raid_items WHERE title = 'Card scheme certification window may slip'`,
    );
    const byAuditor = await portal.graphql(
      ITEM,
      { id: item.id },
      tokens['auditor@veritas.example'],
    );

    expect(byViewer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(byAuditor.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('leaves every internal entry out of the activity excerpt of an audit pack', async () => {
    const internal = (await create('lead@kestrel.example', { visibility: 'INTERNAL' })).data!
      .createRaidItem;
    const shared = (await create('lead@kestrel.example')).data!.createRaidItem;
    const today = new Date().toISOString().slice(0, 10);

    const excerpt = await activityExcerpt(portal.dataSource, engagementId, {
      from: today,
      to: today,
    });
    let events = '';
    for await (const line of excerpt.events) events += line;
    let chain = '';
    for await (const line of excerpt.chain) chain += line;

    expect(events).toContain(shared.id);
    expect(events).not.toContain(internal.id);
    expect(chain.split('\n').filter(Boolean).length).toBeGreaterThan(
      events.split('\n').filter(Boolean).length,
    );
  });
});
