import { EngagementHealthService } from '../src/engagement-health/engagement-health.service';
import { countQueries } from './support/query-counter';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const COMMIT = '3f9c2ab7e1d04c5b9a8f6e2d1c0b9a8f7e6d5c4b';
const NEXT_COMMIT = '9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c';

const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) {
  createMilestone(input: $input) { id title dueDate version progress { accepted total } overdue }
}`;
const CREATE_DELIVERABLE = `mutation($input: CreateDeliverableInput!) {
  createDeliverable(input: $input) { id version status milestone { title } }
}`;
const SUBMIT = `mutation($input: SubmitDeliverableInput!) {
  submitDeliverable(input: $input) { id version status submittedAt pinnedVersion { kind value url } }
}`;
const SIGN_OFF = `mutation($input: SignOffDeliverableInput!) {
  signOffDeliverable(input: $input) { id version status }
}`;
const DELIVERABLE = `query($id: ID!) {
  deliverable(id: $id) {
    status version pinnedVersion { kind value url }
    milestone { title progress { accepted total } overdue }
    statusHistory { fromStatus toStatus reason changedBy { displayName } pinnedVersion { kind value } }
  }
}`;
const HEALTH = `query($id: ID!) {
  engagement(id: $id) { health { status reasons { code status count message } } }
}`;

function isoDay(offsetDays: number) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('delivery: milestones, pinned submissions and client sign-off', () => {
  let portal: TestPortal;
  let engagementId: string;
  let lead: string;
  let engineer: string;
  let manager: string;
  let viewer: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
    lead = await portal.signIn('lead@kestrel.example');
    engineer = await portal.signIn('engineer@kestrel.example');
    manager = await portal.signIn('manager@balticmutual.example');
    viewer = await portal.signIn('viewer@balticmutual.example');
  });

  afterAll(() => portal.close());

  async function newDeliverable(milestoneId?: string) {
    const created = await portal.graphql(
      CREATE_DELIVERABLE,
      {
        input: {
          engagementId,
          title: `Refund API contract ${Math.random().toString(36).slice(2, 8)}`,
          type: 'API_CONTRACT',
          dueDate: isoDay(20),
          milestoneId,
        },
      },
      engineer,
    );
    expect(created.errors).toBeUndefined();

    return created.data!.createDeliverable as { id: string; version: number };
  }

  async function submit(id: string, version: number, value = COMMIT, token = engineer) {
    return portal.graphql(
      SUBMIT,
      {
        input: {
          id,
          version,
          pinnedVersion: {
            kind: 'COMMIT',
            value,
            url: `https://git.example/payments/commit/${value}`,
          },
          note: 'First cut for review',
        },
      },
      token,
    );
  }

  it('walks a deliverable in a milestone from submission to acceptance, keeping its history', async () => {
    const milestone = await portal.graphql(
      CREATE_MILESTONE,
      { input: { engagementId, title: 'Refunds go live', dueDate: isoDay(30) } },
      lead,
    );
    const milestoneId = milestone.data!.createMilestone.id;
    const deliverable = await newDeliverable(milestoneId);

    const submitted = await submit(deliverable.id, deliverable.version);
    const accepted = await portal.graphql(
      SIGN_OFF,
      {
        input: {
          id: deliverable.id,
          version: submitted.data!.submitDeliverable.version,
          pinnedValue: COMMIT,
          decision: 'ACCEPTED',
        },
      },
      manager,
    );
    const read = await portal.graphql(DELIVERABLE, { id: deliverable.id }, viewer);

    expect(milestone.data!.createMilestone).toMatchObject({
      progress: { accepted: 0, total: 0 },
      overdue: false,
    });
    expect(submitted.data!.submitDeliverable).toMatchObject({
      status: 'SUBMITTED',
      pinnedVersion: { kind: 'COMMIT', value: COMMIT },
    });
    expect(accepted.data!.signOffDeliverable.status).toBe('ACCEPTED');
    expect(read.data!.deliverable).toMatchObject({
      status: 'ACCEPTED',
      pinnedVersion: { kind: 'COMMIT', value: COMMIT },
      milestone: { title: 'Refunds go live', progress: { accepted: 1, total: 1 }, overdue: false },
    });
    expect(read.data!.deliverable.statusHistory).toEqual([
      {
        fromStatus: null,
        toStatus: 'PLANNED',
        reason: null,
        changedBy: { displayName: expect.any(String) },
        pinnedVersion: null,
      },
      {
        fromStatus: 'PLANNED',
        toStatus: 'SUBMITTED',
        reason: 'First cut for review',
        changedBy: { displayName: expect.any(String) },
        pinnedVersion: { kind: 'COMMIT', value: COMMIT },
      },
      {
        fromStatus: 'SUBMITTED',
        toStatus: 'ACCEPTED',
        reason: null,
        changedBy: { displayName: 'Ilze Kalnina' },
        pinnedVersion: { kind: 'COMMIT', value: COMMIT },
      },
    ]);
  });

  it('records each workflow step in the activity log', async () => {
    const deliverable = await newDeliverable();
    const submitted = await submit(deliverable.id, deliverable.version);
    await portal.graphql(
      SIGN_OFF,
      {
        input: {
          id: deliverable.id,
          version: submitted.data!.submitDeliverable.version,
          pinnedValue: COMMIT,
          decision: 'CHANGES_REQUESTED',
          reason: 'Error codes for partial refunds are missing',
        },
      },
      manager,
    );
    const events = await portal.dataSource.query(
      `SELECT action, changes FROM activity_events WHERE entity_id = $1 ORDER BY seq`,
      [deliverable.id],
    );

    expect(events.map((event: { action: string }) => event.action)).toEqual([
      'deliverable.created',
      'deliverable.submitted',
      'deliverable.changes_requested',
    ]);
    expect(events[2].changes.reason.to).toBe('Error codes for partial refunds are missing');
  });

  it('requests changes only with a reason, and takes a new submission afterwards', async () => {
    const deliverable = await newDeliverable();
    const submitted = (await submit(deliverable.id, deliverable.version)).data!.submitDeliverable;

    const withoutReason = await portal.graphql(
      SIGN_OFF,
      {
        input: {
          id: deliverable.id,
          version: submitted.version,
          pinnedValue: COMMIT,
          decision: 'CHANGES_REQUESTED',
          reason: '   ',
        },
      },
      manager,
    );
    const requested = await portal.graphql(
      SIGN_OFF,
      {
        input: {
          id: deliverable.id,
          version: submitted.version,
          pinnedValue: COMMIT,
          decision: 'CHANGES_REQUESTED',
          reason: 'Idempotency keys are not documented',
        },
      },
      manager,
    );
    const resubmitted = await submit(
      deliverable.id,
      requested.data!.signOffDeliverable.version,
      NEXT_COMMIT,
    );

    expect(withoutReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    expect(requested.data!.signOffDeliverable.status).toBe('CHANGES_REQUESTED');
    expect(resubmitted.data!.submitDeliverable).toMatchObject({
      status: 'SUBMITTED',
      pinnedVersion: { value: NEXT_COMMIT },
    });
  });

  it('refuses a sign-off of a version that has been replaced by a new submission', async () => {
    const deliverable = await newDeliverable();
    const first = (await submit(deliverable.id, deliverable.version)).data!.submitDeliverable;
    const second = (await submit(deliverable.id, first.version, NEXT_COMMIT)).data!
      .submitDeliverable;

    const staleRecord = await portal.graphql(
      SIGN_OFF,
      {
        input: {
          id: deliverable.id,
          version: first.version,
          pinnedValue: COMMIT,
          decision: 'ACCEPTED',
        },
      },
      manager,
    );
    const staleVersion = await portal.graphql(
      SIGN_OFF,
      {
        input: {
          id: deliverable.id,
          version: second.version,
          pinnedValue: COMMIT,
          decision: 'ACCEPTED',
        },
      },
      manager,
    );
    const [row] = await portal.dataSource.query('SELECT status FROM deliverables WHERE id = $1', [
      deliverable.id,
    ]);

    expect(staleRecord.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(staleVersion.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      pinnedValue: NEXT_COMMIT,
    });
    expect(row.status).toBe('SUBMITTED');
  });

  it('lets one of two simultaneous sign-offs win and tells the other CONFLICT', async () => {
    const deliverable = await newDeliverable();
    const submitted = (await submit(deliverable.id, deliverable.version)).data!.submitDeliverable;
    const base = { id: deliverable.id, version: submitted.version, pinnedValue: COMMIT };

    const results = await Promise.all([
      portal.graphql(SIGN_OFF, { input: { ...base, decision: 'ACCEPTED' } }, manager),
      portal.graphql(
        SIGN_OFF,
        { input: { ...base, decision: 'CHANGES_REQUESTED', reason: 'Not yet' } },
        manager,
      ),
    ]);
    const codes = results.map((result) => result.errors?.[0].extensions.code ?? 'OK').sort();
    const [history] = await portal.dataSource.query(
      `SELECT count(*)::int AS count FROM deliverable_status_changes
       WHERE deliverable_id = $1 AND from_status = 'SUBMITTED'`,
      [deliverable.id],
    );

    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(history.count).toBe(1);
  });

  it('lets one of two simultaneous edits win', async () => {
    const deliverable = await newDeliverable();
    const results = await Promise.all([
      submit(deliverable.id, deliverable.version),
      portal.graphql(
        'mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { version } }',
        { input: { id: deliverable.id, version: deliverable.version, title: 'Renamed at once' } },
        lead,
      ),
    ]);

    expect(results.map((result) => result.errors?.[0].extensions.code ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
  });

  it('checks the pinned version per kind and the link', async () => {
    const deliverable = await newDeliverable();
    const attempt = (kind: string, value: string, url: string) =>
      portal.graphql(
        SUBMIT,
        {
          input: {
            id: deliverable.id,
            version: deliverable.version,
            pinnedVersion: { kind, value, url },
          },
        },
        engineer,
      );

    const shortCommit = await attempt('COMMIT', '3f9c2a', 'https://git.example/c');
    const badHash = await attempt('HASH', 'sha256:1234', 'https://artifacts.example/x');
    const plainHttp = await attempt('TAG', 'v2.1.0', 'http://git.example/tags/v2.1.0');
    const goodHash = await attempt(
      'HASH',
      `sha256:${'ab'.repeat(32)}`,
      'https://artifacts.example/x',
    );

    expect(shortCommit.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'pinnedVersion.value' }],
    });
    expect(badHash.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'pinnedVersion.value' }],
    });
    expect(plainHttp.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'pinnedVersion.url' }],
    });
    expect(goodHash.data!.submitDeliverable.status).toBe('SUBMITTED');
  });

  it('leaves each step to its role', async () => {
    const deliverable = await newDeliverable();
    const byManager = await submit(deliverable.id, deliverable.version, COMMIT, manager);
    const submitted = (await submit(deliverable.id, deliverable.version)).data!.submitDeliverable;
    const signOff = (token: string) =>
      portal.graphql(
        SIGN_OFF,
        {
          input: {
            id: deliverable.id,
            version: submitted.version,
            pinnedValue: COMMIT,
            decision: 'ACCEPTED',
          },
        },
        token,
      );

    const byEngineer = await signOff(engineer);
    const byLead = await signOff(lead);
    const byViewer = await signOff(viewer);
    const milestoneByEngineer = await portal.graphql(
      CREATE_MILESTONE,
      { input: { engagementId, title: 'Engineer milestone', dueDate: isoDay(5) } },
      engineer,
    );
    const milestoneByManager = await portal.graphql(
      CREATE_MILESTONE,
      { input: { engagementId, title: 'Client milestone', dueDate: isoDay(5) } },
      manager,
    );
    const statusByEdit = await portal.graphql(
      'mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { version } }',
      { input: { id: deliverable.id, version: submitted.version, status: 'ACCEPTED' } },
      lead,
    );

    expect(byManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(byEngineer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(byLead.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(byViewer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(milestoneByEngineer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(milestoneByManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(statusByEdit.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'status' }],
    });
  });

  it('keeps deliverables in milestones of their own engagement', async () => {
    const otherEngagement = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Transaction monitoring stream',
    );
    const foreign = await portal.graphql(
      CREATE_MILESTONE,
      { input: { engagementId: otherEngagement, title: 'Stream go-live', dueDate: isoDay(40) } },
      lead,
    );
    const result = await portal.graphql(
      CREATE_DELIVERABLE,
      {
        input: {
          engagementId,
          title: 'Misfiled deliverable',
          type: 'RUNBOOK',
          dueDate: isoDay(10),
          milestoneId: foreign.data!.createMilestone.id,
        },
      },
      lead,
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'milestoneId' }],
    });
  });

  it('changes a milestone with the version last read, CONFLICT otherwise', async () => {
    const created = (
      await portal.graphql(
        CREATE_MILESTONE,
        { input: { engagementId, title: 'Gateway cut-over', dueDate: isoDay(50) } },
        lead,
      )
    ).data!.createMilestone;
    const UPDATE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { title version } }`;

    const first = await portal.graphql(
      UPDATE,
      { input: { id: created.id, version: created.version, title: 'Gateway cut-over (phase 1)' } },
      lead,
    );
    const stale = await portal.graphql(
      UPDATE,
      { input: { id: created.id, version: created.version, dueDate: isoDay(60) } },
      lead,
    );

    expect(first.data!.updateMilestone).toEqual({
      title: 'Gateway cut-over (phase 1)',
      version: created.version + 1,
    });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
  });
});

describe('engagement health', () => {
  let portal: TestPortal;
  let admin: string;
  let manager: string;
  let clientId: string;
  let leadId: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    admin = await portal.signIn('admin@kestrel.example');
    manager = await portal.signIn('manager@balticmutual.example');
    clientId = await idOf(portal.dataSource, 'organizations', 'name', 'Baltic Mutual Bank');
    leadId = await idOf(portal.dataSource, 'users', 'email', 'lead@kestrel.example');
  });

  afterAll(() => portal.close());

  async function newEngagement(name: string) {
    const result = await portal.graphql(
      `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`,
      {
        input: {
          name,
          clientId,
          accountLeadId: leadId,
          serviceLines: ['API_MICROSERVICES'],
          startDate: isoDay(-90),
        },
      },
      admin,
    );

    return result.data!.createEngagement.id as string;
  }

  async function addDeliverable(engagementId: string, dueDate: string, milestoneId?: string) {
    const result = await portal.graphql(
      CREATE_DELIVERABLE,
      {
        input: { engagementId, title: 'Health probe', type: 'RUNBOOK', dueDate, milestoneId },
      },
      admin,
    );

    return result.data!.createDeliverable as { id: string; version: number };
  }

  it('is on track with nothing late, at risk with an overdue deliverable, off track with an overdue milestone', async () => {
    const engagementId = await newEngagement('Health rule walk-through');
    const onTrack = await portal.graphql(HEALTH, { id: engagementId }, manager);

    await addDeliverable(engagementId, isoDay(-1));
    const atRisk = await portal.graphql(HEALTH, { id: engagementId }, manager);

    const milestone = await portal.graphql(
      CREATE_MILESTONE,
      { input: { engagementId, title: 'Late milestone', dueDate: isoDay(-2) } },
      admin,
    );
    await addDeliverable(engagementId, isoDay(3), milestone.data!.createMilestone.id);
    const offTrack = await portal.graphql(HEALTH, { id: engagementId }, manager);

    expect(onTrack.data!.engagement.health).toEqual({ status: 'ON_TRACK', reasons: [] });
    expect(atRisk.data!.engagement.health).toEqual({
      status: 'AT_RISK',
      reasons: [
        {
          code: 'OVERDUE_DELIVERABLES',
          status: 'AT_RISK',
          count: 1,
          message: '1 deliverable is past due and not accepted',
        },
      ],
    });
    expect(offTrack.data!.engagement.health.status).toBe('OFF_TRACK');
    expect(offTrack.data!.engagement.health.reasons.map((reason: any) => reason.code)).toEqual([
      'OVERDUE_MILESTONES',
      'OVERDUE_DELIVERABLES',
    ]);
  });

  it('counts a sign-off as waiting once it is older than five days', async () => {
    const engagementId = await newEngagement('Waiting sign-off');
    const deliverable = await addDeliverable(engagementId, isoDay(30));
    await portal.graphql(
      SUBMIT,
      {
        input: {
          id: deliverable.id,
          version: deliverable.version,
          pinnedVersion: { kind: 'TAG', value: 'v1.0.0', url: 'https://git.example/tags/v1.0.0' },
        },
      },
      admin,
    );
    const health = portal.app.get(EngagementHealthService);

    const [fresh] = await health.healthOf([engagementId], isoDay(5));
    const [waiting] = await health.healthOf([engagementId], isoDay(6));

    expect(fresh.status).toBe('ON_TRACK');
    expect(waiting).toMatchObject({
      status: 'AT_RISK',
      reasons: [{ code: 'SIGN_OFFS_WAITING', count: 1 }],
    });
  });

  it('is at risk once a seat stays unfilled past the day it was needed from', async () => {
    const engagementId = await newEngagement('Unfilled seat');
    const lead = await portal.signIn('lead@kestrel.example');
    const neededFrom = isoDay(7);
    const requested = await portal.graphql(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id version } }`,
      {
        input: {
          engagementId,
          kind: 'SCALE_UP',
          effectiveDate: neededFrom,
          reason: 'One more data engineer',
          role: 'DATA_ENGINEER',
          seniority: 'SENIOR',
          allocationPercent: 100,
          seatCount: 1,
        },
      },
      manager,
    );
    const change = requested.data!.requestStaffingChange;
    const approved = await portal.graphql(
      `mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { state } }`,
      { input: { id: change.id, version: change.version } },
      lead,
    );
    const health = portal.app.get(EngagementHealthService);

    const [onTheDay] = await health.healthOf([engagementId], neededFrom);
    const [dayAfter] = await health.healthOf([engagementId], isoDay(8));

    expect(approved.data!.approveStaffingChange.state).toBe('APPLIED');
    expect(onTheDay.status).toBe('ON_TRACK');
    expect(dayAfter).toEqual({
      status: 'AT_RISK',
      reasons: [
        {
          code: 'OPEN_SEATS_PAST_START',
          status: 'AT_RISK',
          count: 1,
          message: '1 seat is still unfilled after the day it was needed from',
        },
      ],
    });
  });

  it('counts a seat left open by a scale-down only from the day after the assignment ends', async () => {
    const engagementId = await newEngagement('Seat left open');
    const lead = await portal.signIn('lead@kestrel.example');
    const engineerId = await idOf(
      portal.dataSource,
      'engineer_profiles',
      'full_name',
      'Quentin Moreau',
    );
    const placed = await portal.graphql(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      {
        input: {
          engagementId,
          engineerId,
          role: 'BACKEND_ENGINEER',
          allocationPercent: 50,
          startDate: isoDay(-30),
        },
      },
      admin,
    );
    const requested = await portal.graphql(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id version } }`,
      {
        input: {
          engagementId,
          kind: 'END_ASSIGNMENT',
          effectiveDate: isoDay(5),
          reason: 'Work handed over',
          assignmentId: placed.data!.createAssignment.id,
        },
      },
      lead,
    );
    const change = requested.data!.requestStaffingChange;
    const approved = await portal.graphql(
      `mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { state } }`,
      { input: { id: change.id, version: change.version } },
      manager,
    );
    const health = portal.app.get(EngagementHealthService);

    const [whileStaffed] = await health.healthOf([engagementId], isoDay(1));
    const [dayAfterLeaving] = await health.healthOf([engagementId], isoDay(6));

    expect(approved.data!.approveStaffingChange.state).toBe('APPLIED');
    expect(whileStaffed.status).toBe('ON_TRACK');
    expect(dayAfterLeaving.reasons.map((reason) => reason.code)).toEqual(['OPEN_SEATS_PAST_START']);
  });

  it('computes health for a whole page of engagements in one statement', async () => {
    let result: any;
    const statements = await countQueries(portal.dataSource, async () => {
      result = await portal.graphql(
        '{ engagements(first: 50) { edges { node { name health { status } } } } }',
        {},
        admin,
      );
    });

    expect(result.data.engagements.edges.length).toBeGreaterThan(5);
    expect(statements.filter((sql) => sql.includes('"overdueDeliverables"'))).toHaveLength(1);
  });

  it('loads every delivery field of a whole page in a fixed number of statements', async () => {
    const DELIVERY_PAGE = `query($first: Int!) { engagements(first: $first) { edges { node {
      health { status reasons { code } }
      milestones { title progress { accepted total } overdue deliverables { title } }
      deliverables { title milestone { title } pinnedVersion { value } statusHistory { toStatus changedBy { displayName } } }
      raidItems { title owner { displayName } createdBy { displayName } deliverables { title } seats { role } }
      statusReports { state publishedBy { displayName } snapshot { summary } }
    } } } }`;
    const statements = await countQueries(portal.dataSource, () =>
      portal.graphql(DELIVERY_PAGE, { first: 50 }, admin),
    );
    const [{ count }] = await portal.dataSource.query(
      'SELECT count(*)::int AS count FROM engagements',
    );

    // Session, count and page, then one batch per loader (health, milestones, their deliverables,
    // deliverables, milestone, history, users, RAID entries, their links, deliverables and
    // seats, reports), each user batch once per depth: far fewer than one per engagement.
    expect(count).toBeGreaterThanOrEqual(8);
    expect(statements.length).toBeLessThanOrEqual(20);
    expect(statements.filter((sql) => sql.includes('raid_item_seat_links'))).toHaveLength(1);
  });
});
