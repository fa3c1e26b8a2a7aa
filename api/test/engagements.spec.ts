import { countQueries } from './support/query-counter';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const CREATE = `mutation($input: CreateEngagementInput!) {
  createEngagement(input: $input) { id name status serviceLines startDate endDate version client { name } accountLead { displayName } }
}`;
const UPDATE = `mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { id name status version } }`;
const LIST_WITH_NESTED = `query($first: Int!, $after: String) {
  engagements(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name client { name } accountLead { displayName }
      team { role engineer { fullName assignments { engagement { name } } } }
      deliverables { title owner { displayName } }
    } }
  }
}`;

describe('engagements, assignments and deliverables', () => {
  let portal: TestPortal;
  let admin: string;
  let lead: string;
  let engineer: string;
  let clientId: string;
  let leadId: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    admin = await portal.signIn('admin@kestrel.example');
    lead = await portal.signIn('lead@kestrel.example');
    engineer = await portal.signIn('engineer@kestrel.example');
    clientId = await idOf(portal.dataSource, 'organizations', 'name', 'Nordgrid Energy');
    leadId = await idOf(portal.dataSource, 'users', 'email', 'lead@kestrel.example');
  });

  afterAll(() => portal.close());

  function newEngagement(overrides: Record<string, unknown> = {}) {
    return {
      name: 'Substation analytics',
      clientId,
      accountLeadId: leadId,
      serviceLines: ['DATA_PLATFORM_LAKEHOUSE'],
      startDate: '2027-02-01',
      endDate: '2027-08-31',
      ...overrides,
    };
  }

  it('creates an engagement as an account lead', async () => {
    const result = await portal.graphql(CREATE, { input: newEngagement() }, lead);

    expect(result.errors).toBeUndefined();
    expect(result.data!.createEngagement).toMatchObject({
      name: 'Substation analytics',
      status: 'PROPOSED',
      startDate: '2027-02-01',
      endDate: '2027-08-31',
      version: 1,
      client: { name: 'Nordgrid Energy' },
      accountLead: { displayName: 'Marco Bianchi' },
    });
  });

  it('reports every invalid field with its reason', async () => {
    const result = await portal.graphql(
      CREATE,
      {
        input: newEngagement({
          name: 'x',
          serviceLines: [],
          startDate: '2027-03-01',
          endDate: '2027-02-01',
        }),
      },
      lead,
    );
    const fields = (result.errors?.[0].extensions.fields as { field: string }[])
      .map((problem) => problem.field)
      .sort();

    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fields).toEqual(['endDate', 'name', 'serviceLines']);
  });

  it('refuses impossible dates and unknown enum values as BAD_USER_INPUT', async () => {
    const badDate = await portal.graphql(
      CREATE,
      { input: newEngagement({ startDate: '2027-02-30' }) },
      lead,
    );
    const badEnum = await portal.graphql(
      CREATE,
      { input: newEngagement({ serviceLines: ['KNITTING'] }) },
      lead,
    );

    expect(badDate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a client organization that is not a client, or a lead who is not an account lead', async () => {
    const agencyId = await idOf(
      portal.dataSource,
      'organizations',
      'name',
      'Kestrel Data Engineering',
    );
    const engineerUserId = await idOf(
      portal.dataSource,
      'users',
      'email',
      'engineer@kestrel.example',
    );
    const wrongClient = await portal.graphql(
      CREATE,
      { input: newEngagement({ clientId: agencyId }) },
      admin,
    );
    const wrongLead = await portal.graphql(
      CREATE,
      { input: newEngagement({ accountLeadId: engineerUserId }) },
      admin,
    );

    expect(wrongClient.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'clientId' }],
    });
    expect(wrongLead.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accountLeadId' }],
    });
  });

  it('ends two concurrent edits of the same version in one change and one CONFLICT', async () => {
    const id = await idOf(portal.dataSource, 'engagements', 'name', 'Market data pipelines');
    const [first, second] = await Promise.all([
      portal.graphql(UPDATE, { input: { id, version: 1, status: 'PAUSED' } }, lead),
      portal.graphql(
        UPDATE,
        { input: { id, version: 1, name: 'Market data pipelines (renamed)' } },
        admin,
      ),
    ]);
    const outcomes = [first, second]
      .map((result) => result.errors?.[0].extensions.code ?? 'OK')
      .sort();
    const [row] = await portal.dataSource.query(
      'SELECT name, status, version FROM engagements WHERE id = $1',
      [id],
    );

    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    expect(row.version).toBe(2);
    expect(row.status === 'PAUSED' || row.name.endsWith('(renamed)')).toBe(true);
    expect(row.status === 'PAUSED' && row.name.endsWith('(renamed)')).toBe(false);
  });

  it('pages through engagements by cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await portal.graphql(LIST_WITH_NESTED, { first: 3, after }, admin);
      seen.push(...page.data.engagements.edges.map((edge: any) => edge.node.name));
      if (!page.data.engagements.pageInfo.hasNextPage) break;
      after = page.data.engagements.pageInfo.endCursor;
    }
    const [{ count }] = await portal.dataSource.query(
      'SELECT count(*)::int AS count FROM engagements',
    );

    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(seen).toEqual(
      [...seen].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0)),
    );
  });

  it('rejects a cursor it did not issue', async () => {
    const result = await portal.graphql(
      LIST_WITH_NESTED,
      { first: 3, after: 'not-a-cursor' },
      admin,
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  it('limits the page size', async () => {
    const result = await portal.graphql(LIST_WITH_NESTED, { first: 1000 }, admin);

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first' }],
    });
  });

  it('sends no more SQL statements for a page of 8 than for a page of 4, nested fields included', async () => {
    const small = await countQueries(portal.dataSource, () =>
      portal.graphql(LIST_WITH_NESTED, { first: 4 }, admin),
    );
    const large = await countQueries(portal.dataSource, () =>
      portal.graphql(LIST_WITH_NESTED, { first: 8 }, admin),
    );

    expect(large.length).toBeLessThanOrEqual(small.length);
    // Session check, count and page, then one batch per nested field: client, account lead,
    // team, deliverables, engineer, engineer's assignments, their engagements, owners.
    expect(large.length).toBeLessThanOrEqual(11);
  });

  it('filters by status, service line and name', async () => {
    const result = await portal.graphql(
      `{ streaming: engagements(filter: { serviceLine: REAL_TIME_STREAMING }) { edges { node { name } } }
         proposed: engagements(filter: { status: PROPOSED }) { edges { node { name } } }
         named: engagements(filter: { search: "lakehouse" }) { edges { node { name } } } }`,
      {},
      admin,
    );
    const names = (key: string) =>
      result.data![key].edges.map((edge: any) => edge.node.name).sort();

    expect(names('streaming')).toEqual([
      'Grid telemetry platform',
      'Transaction monitoring stream',
    ]);
    expect(names('proposed')).toContain('DORA register of information');
    expect(names('named')).toEqual(['Clinical data lakehouse']);
  });

  it('puts an engineer on an engagement and ends the assignment through a staffing change, keeping it', async () => {
    const engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Grid telemetry platform',
    );
    const engineerId = await idOf(
      portal.dataSource,
      'engineer_profiles',
      'full_name',
      'Quentin Moreau',
    );
    const clientManager = await portal.signIn('manager@nordgrid.example');
    const created = await portal.graphql(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id version allocationPercent } }`,
      {
        input: {
          engagementId,
          engineerId,
          role: 'BACKEND_ENGINEER',
          allocationPercent: 50,
          startDate: '2026-12-07',
        },
      },
      admin,
    );
    const assignment = created.data!.createAssignment;
    const requested = await portal.graphql(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id version } }`,
      {
        input: {
          engagementId,
          kind: 'END_ASSIGNMENT',
          effectiveDate: '2027-02-01',
          reason: 'Dead-letter handling handed over',
          assignmentId: assignment.id,
        },
      },
      lead,
    );
    const change = requested.data!.requestStaffingChange;
    const approved = await portal.graphql(
      `mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { state } }`,
      { input: { id: change.id, version: change.version } },
      clientManager,
    );
    const team = await portal.graphql(
      `query($id: ID!) { engagement(id: $id) { all: team { id endDate } current: team(activeOn: "2027-02-15") { id } } }`,
      { id: engagementId },
      lead,
    );

    expect(approved.data!.approveStaffingChange.state).toBe('APPLIED');
    expect(team.data!.engagement.all).toContainEqual({ id: assignment.id, endDate: '2027-01-31' });
    expect(team.data!.engagement.current.map((item: any) => item.id)).not.toContain(assignment.id);
  });

  it('refuses an allocation outside 1–100 and an end before the start', async () => {
    const engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Grid telemetry platform',
    );
    const engineerId = await idOf(
      portal.dataSource,
      'engineer_profiles',
      'full_name',
      'Quentin Moreau',
    );
    const assign = (overrides: Record<string, unknown>) =>
      portal.graphql(
        `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
        {
          input: {
            engagementId,
            engineerId,
            role: 'BACKEND_ENGINEER',
            allocationPercent: 50,
            startDate: '2027-03-01',
            ...overrides,
          },
        },
        lead,
      );

    const tooMuch = await assign({ allocationPercent: 150 });
    const backwards = await assign({ endDate: '2027-01-01' });
    const notInterviewed = await assign({});

    expect(tooMuch.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'allocationPercent' }],
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endDate' }],
    });
    // The client has not interviewed Quentin: an account lead cannot place him directly.
    expect(notInterviewed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'engineerId', message: expect.stringContaining('no approved interview') }],
    });
  });

  it('changes an assignment’s role in place but never rewrites its allocation or end date', async () => {
    const engineerId = await idOf(
      portal.dataSource,
      'engineer_profiles',
      'full_name',
      'Maja Horvat',
    );
    const readRow = async () =>
      (
        await portal.dataSource.query(
          `SELECT id, version, role, allocation_percent AS "allocationPercent",
             to_char(end_date, 'YYYY-MM-DD') AS "endDate"
           FROM assignments WHERE engineer_id = $1 ORDER BY start_date LIMIT 1`,
          [engineerId],
        )
      )[0];
    const before = await readRow();
    const update = (changes: Record<string, unknown>) =>
      portal.graphql(
        `mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id version role allocationPercent endDate } }`,
        { input: { id: before.id, version: before.version, role: 'TECH_LEAD', ...changes } },
        lead,
      );

    const reallocated = await update({ allocationPercent: 40 });
    const ended = await update({ endDate: '2027-01-31' });
    const unchanged = await readRow();
    const renamed = await update({});
    const [event] = await portal.dataSource.query(
      `SELECT changes FROM activity_events WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [before.id],
    );

    for (const [refused, field] of [
      [reallocated, 'allocationPercent'],
      [ended, 'endDate'],
    ] as const) {
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toContain(`"${field}" is not defined`);
    }
    expect(unchanged).toEqual(before);
    expect(renamed.data!.updateAssignment).toEqual({
      id: before.id,
      version: before.version + 1,
      role: 'TECH_LEAD',
      allocationPercent: before.allocationPercent,
      endDate: before.endDate,
    });
    expect(event.changes).toEqual({ role: { from: before.role, to: 'TECH_LEAD' } });
  });

  it('lets an engineer on the engagement add and update a deliverable', async () => {
    const engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
    const created = await portal.graphql(
      `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id version status owner { displayName } } }`,
      {
        input: {
          engagementId,
          title: 'Refund service',
          type: 'PRODUCTION_SERVICE',
          dueDate: '2027-01-29',
          ownerId: leadId,
        },
      },
      engineer,
    );
    const deliverable = created.data!.createDeliverable;
    const updated = await portal.graphql(
      `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { status version } }`,
      { input: { id: deliverable.id, version: deliverable.version, status: 'IN_PROGRESS' } },
      engineer,
    );

    expect(deliverable).toMatchObject({
      status: 'PLANNED',
      owner: { displayName: 'Marco Bianchi' },
    });
    expect(updated.data!.updateDeliverable).toEqual({ status: 'IN_PROGRESS', version: 2 });
  });

  it('refuses a deliverable owner from another client', async () => {
    const engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
    const foreignOwner = await idOf(portal.dataSource, 'users', 'email', 'manager@helvia.example');
    const result = await portal.graphql(
      `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
      {
        input: {
          engagementId,
          title: 'Wrong owner',
          type: 'RUNBOOK',
          dueDate: '2027-01-29',
          ownerId: foreignOwner,
        },
      },
      lead,
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ownerId' }],
    });
  });
});
