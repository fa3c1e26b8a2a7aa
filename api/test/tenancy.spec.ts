import { idOf, startTestPortal, TestPortal } from './support/test-app';

/**
 * Users of one client must not reach another client's records by id, through lists, or through
 * nested fields; foreign ids answer NOT_FOUND. Every query and mutation of the API is listed here.
 */
describe('tenancy: one client never reaches another client’s records', () => {
  let portal: TestPortal;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const BANK_ROLES = [
    'manager@balticmutual.example',
    'compliance@balticmutual.example',
    'viewer@balticmutual.example',
  ];

  beforeAll(async () => {
    portal = await startTestPortal();
    for (const email of [
      ...BANK_ROLES,
      'engineer@kestrel.example',
      'auditor@veritas.example',
      'admin@kestrel.example',
    ]) {
      tokens[email] = await portal.signIn(email);
    }
    const db = portal.dataSource;
    ids.healthEngagement = await idOf(db, 'engagements', 'name', 'Clinical data lakehouse');
    ids.energyEngagement = await idOf(db, 'engagements', 'name', 'Grid telemetry platform');
    ids.bankEngagement = await idOf(db, 'engagements', 'name', 'Payments API modernisation');
    ids.healthOrganization = await idOf(db, 'organizations', 'name', 'Helvia Health');
    ids.healthUser = await idOf(db, 'users', 'email', 'manager@helvia.example');
    ids.healthEngineer = await idOf(db, 'engineer_profiles', 'full_name', 'Dawid Zielinski');
    ids.sharedEngineer = await idOf(db, 'engineer_profiles', 'full_name', 'Tomás Herrera');
    [{ id: ids.healthAssignment }] = await db.query(
      'SELECT id FROM assignments WHERE engagement_id = $1 LIMIT 1',
      [ids.healthEngagement],
    );
    [{ id: ids.healthDeliverable }] = await db.query(
      'SELECT id FROM deliverables WHERE engagement_id = $1 LIMIT 1',
      [ids.healthEngagement],
    );
    [{ id: ids.energyDeliverable }] = await db.query(
      'SELECT id FROM deliverables WHERE engagement_id = $1 LIMIT 1',
      [ids.energyEngagement],
    );
    ids.healthMilestone = await idOf(db, 'milestones', 'title', 'Lakehouse production go-live');
    ids.energyMilestone = await idOf(db, 'milestones', 'title', 'Telemetry ingestion GA');
    [{ id: ids.healthStatusReport }] = await db.query(
      `SELECT id FROM status_reports WHERE engagement_id = $1 AND state = 'PUBLISHED' LIMIT 1`,
      [ids.healthEngagement],
    );
    ids.healthRaidItem = await idOf(
      db,
      'raid_items',
      'title',
      'VACUUM retention conflicts with audit trail',
    );
    [{ id: ids.energyAssignment }] = await db.query(
      'SELECT id FROM assignments WHERE engagement_id = $1 LIMIT 1',
      [ids.energyEngagement],
    );
  });

  afterAll(() => portal.close());

  /** Operations that name a record of the health client (or the energy client, for the engineer). */
  const foreignOperations: {
    name: string;
    query: string;
    variables: () => Record<string, unknown>;
  }[] = [
    {
      name: 'engagement',
      query: 'query($id: ID!) { engagement(id: $id) { id } }',
      variables: () => ({ id: ids.healthEngagement }),
    },
    {
      name: 'deliverable',
      query: 'query($id: ID!) { deliverable(id: $id) { id } }',
      variables: () => ({ id: ids.healthDeliverable }),
    },
    {
      name: 'assignment',
      query: 'query($id: ID!) { assignment(id: $id) { id } }',
      variables: () => ({ id: ids.healthAssignment }),
    },
    {
      name: 'engineer',
      query: 'query($id: ID!) { engineer(id: $id) { id } }',
      variables: () => ({ id: ids.healthEngineer }),
    },
    {
      name: 'organization',
      query: 'query($id: ID!) { organization(id: $id) { id } }',
      variables: () => ({ id: ids.healthOrganization }),
    },
    {
      name: 'user',
      query: 'query($id: ID!) { user(id: $id) { id } }',
      variables: () => ({ id: ids.healthUser }),
    },
    {
      name: 'engagementActivity',
      query: 'query($id: ID!) { engagementActivity(engagementId: $id) { seq } }',
      variables: () => ({ id: ids.healthEngagement }),
    },
    {
      name: 'updateEngagement',
      query: 'mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthEngagement, version: 1, name: 'Taken over' } }),
    },
    {
      name: 'createAssignment',
      query: 'mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }',
      variables: () => ({
        input: {
          engagementId: ids.healthEngagement,
          engineerId: ids.sharedEngineer,
          role: 'DATA_ENGINEER',
          allocationPercent: 10,
          startDate: '2026-12-01',
        },
      }),
    },
    {
      name: 'updateAssignment',
      query: 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthAssignment, version: 1, role: 'TECH_LEAD' } }),
    },
    {
      name: 'createDeliverable',
      query:
        'mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }',
      variables: () => ({
        input: {
          engagementId: ids.healthEngagement,
          title: 'Sneaky',
          type: 'RUNBOOK',
          dueDate: '2027-01-01',
        },
      }),
    },
    {
      name: 'updateDeliverable',
      query:
        'mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }',
      variables: () => ({
        input: { id: ids.healthDeliverable, version: 1, status: 'IN_PROGRESS' },
      }),
    },
    {
      name: 'milestone',
      query: 'query($id: ID!) { milestone(id: $id) { id } }',
      variables: () => ({ id: ids.healthMilestone }),
    },
    {
      name: 'createMilestone',
      query: 'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
      variables: () => ({
        input: { engagementId: ids.healthEngagement, title: 'Sneaky', dueDate: '2027-01-01' },
      }),
    },
    {
      name: 'updateMilestone',
      query: 'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthMilestone, version: 1, title: 'Taken over' } }),
    },
    {
      name: 'submitDeliverable',
      query:
        'mutation($input: SubmitDeliverableInput!) { submitDeliverable(input: $input) { id } }',
      variables: () => ({
        input: {
          id: ids.healthDeliverable,
          version: 1,
          pinnedVersion: { kind: 'TAG', value: 'v9', url: 'https://git.example/v9' },
        },
      }),
    },
    {
      name: 'signOffDeliverable',
      query:
        'mutation($input: SignOffDeliverableInput!) { signOffDeliverable(input: $input) { id } }',
      variables: () => ({
        input: {
          id: ids.healthDeliverable,
          version: 1,
          pinnedValue: 'a41c9e2',
          decision: 'ACCEPTED',
        },
      }),
    },
    {
      name: 'statusReport',
      query: 'query($id: ID!) { statusReport(id: $id) { id } }',
      variables: () => ({ id: ids.healthStatusReport }),
    },
    {
      name: 'createStatusReport',
      query:
        'mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }',
      variables: () => ({
        input: {
          engagementId: ids.healthEngagement,
          periodFrom: '2026-12-01',
          periodTo: '2026-12-31',
        },
      }),
    },
    {
      name: 'updateStatusReport',
      query:
        'mutation($input: UpdateStatusReportInput!) { updateStatusReport(input: $input) { id } }',
      variables: () => ({
        input: { id: ids.healthStatusReport, version: 1, summary: 'Taken over' },
      }),
    },
    {
      name: 'publishStatusReport',
      query:
        'mutation($input: PublishStatusReportInput!) { publishStatusReport(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthStatusReport, version: 1 } }),
    },
    {
      name: 'raidItem',
      query: 'query($id: ID!) { raidItem(id: $id) { id } }',
      variables: () => ({ id: ids.healthRaidItem }),
    },
    {
      name: 'createRaidItem',
      query: 'mutation($input: CreateRaidItemInput!) { createRaidItem(input: $input) { id } }',
      variables: () => ({
        input: {
          engagementId: ids.healthEngagement,
          kind: 'RISK',
          title: 'Sneaky',
          severity: 'LOW',
          visibility: 'CLIENT_VISIBLE',
        },
      }),
    },
    {
      name: 'updateRaidItem',
      query: 'mutation($input: UpdateRaidItemInput!) { updateRaidItem(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthRaidItem, version: 1, title: 'Taken over' } }),
    },
    {
      name: 'closeRaidItem',
      query: 'mutation($input: CloseRaidItemInput!) { closeRaidItem(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthRaidItem, version: 1, closingNote: 'Gone' } }),
    },
    {
      name: 'reopenRaidItem',
      query: 'mutation($input: ReopenRaidItemInput!) { reopenRaidItem(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthRaidItem, version: 1 } }),
    },
    {
      name: 'updateEngineerProfile',
      query:
        'mutation($input: UpdateEngineerProfileInput!) { updateEngineerProfile(input: $input) { id } }',
      variables: () => ({ input: { id: ids.healthEngineer, version: 1, location: 'Elsewhere' } }),
    },
    {
      name: 'createUser',
      query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: () => ({
        input: {
          organizationId: ids.healthOrganization,
          email: 'mole@helvia.example',
          displayName: 'Mole',
          role: 'CLIENT_VIEWER',
          password: 'long enough password',
        },
      }),
    },
    {
      name: 'deactivateUser',
      query: 'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      variables: () => ({ id: ids.healthUser }),
    },
  ];

  describe.each(BANK_ROLES)('as %s of the bank', (email) => {
    it.each(foreignOperations.map((operation) => [operation.name, operation]))(
      '%s on a health record answers NOT_FOUND',
      async (_name, operation) => {
        const result = await portal.graphql(operation.query, operation.variables(), tokens[email]);

        expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
        expect(result.data).toBeNull();
      },
    );

    it('reaches no foreign milestone, deliverable or history through nested fields', async () => {
      const result = await portal.graphql(
        `{ engagements(first: 100) { edges { node {
            milestones { title deliverables { engagement { client { name } } } }
            deliverables { milestone { engagement { client { name } } } statusHistory { changedBy { organization { name } } } }
            health { status }
            raidItems { title deliverables { engagement { client { name } } } seats { engagement { client { name } } } owner { organization { name } } }
            statusReports { engagement { client { name } } snapshot { clientName } }
        } } } }`,
        {},
        tokens[email],
      );
      const text = JSON.stringify(result.data);

      expect(result.errors).toBeUndefined();
      expect(text).not.toContain('Helvia');
      expect(text).not.toContain('Nordgrid');
      expect(text).toContain('DORA operational readiness');
    });

    it.each([
      ['status report PDF', () => `/api/status-reports/${ids.healthStatusReport}/pdf`],
      ['deliverables CSV', () => `/api/engagements/${ids.healthEngagement}/deliverables.csv`],
    ])('downloading the health client’s %s answers 404', async (_name, path) => {
      const response = await portal.app.inject({
        method: 'GET',
        url: path(),
        headers: { authorization: `Bearer ${tokens[email]}` },
      });

      expect(response.statusCode).toBe(404);
      expect(response.json().errors[0].extensions.code).toBe('NOT_FOUND');
    });

    it('lists only the bank’s engagements, users and organizations', async () => {
      const result = await portal.graphql(
        `{ engagements(first: 100) { totalCount edges { node { client { name } } } }
           users(first: 100) { edges { node { organization { name } } } }
           organizations(first: 100) { edges { node { name } } } }`,
        {},
        tokens[email],
      );
      const data = result.data!;

      expect(data.engagements.totalCount).toBe(3);
      expect(new Set(data.engagements.edges.map((edge: any) => edge.node.client.name))).toEqual(
        new Set(['Baltic Mutual Bank']),
      );
      const userOrganizations = new Set(
        data.users.edges.map((edge: any) => edge.node.organization.name),
      );
      expect(userOrganizations).toEqual(
        new Set(['Baltic Mutual Bank', 'Kestrel Data Engineering']),
      );
      expect(data.organizations.edges.map((edge: any) => edge.node.name).sort()).toEqual([
        'Baltic Mutual Bank',
        'Kestrel Data Engineering',
      ]);
    });

    it('sees only engineers placed with the bank, masked, and only their bank assignments', async () => {
      const result = await portal.graphql(
        `query($id: ID!) {
           engineers(first: 100) { edges { node { fullName contactEmail dayRateEur } } }
           engineer(id: $id) { fullName contactEmail contactPhone dayRateEur assignments { engagement { client { name } } } }
         }`,
        { id: ids.sharedEngineer },
        tokens[email],
      );
      const data = result.data!;

      expect(data.engineers.edges.map((edge: any) => edge.node.fullName)).not.toContain(
        'Dawid Zielinski',
      );
      expect(
        data.engineers.edges.every(
          (edge: any) => edge.node.contactEmail === null && edge.node.dayRateEur === null,
        ),
      ).toBe(true);
      expect(data.engineer).toMatchObject({
        fullName: 'Tomás Herrera',
        contactEmail: null,
        contactPhone: null,
        dayRateEur: null,
      });
      const clients = data.engineer.assignments.map(
        (assignment: any) => assignment.engagement.client.name,
      );
      expect(clients.length).toBeGreaterThan(0);
      expect(new Set(clients)).toEqual(new Set(['Baltic Mutual Bank']));
    });
  });

  describe('as an engineer', () => {
    it.each([
      [
        'engagement',
        'query($id: ID!) { engagement(id: $id) { id } }',
        () => ({ id: ids.energyEngagement }),
      ],
      [
        'deliverable',
        'query($id: ID!) { deliverable(id: $id) { id } }',
        () => ({ id: ids.energyDeliverable }),
      ],
      [
        'assignment',
        'query($id: ID!) { assignment(id: $id) { id } }',
        () => ({ id: ids.energyAssignment }),
      ],
      [
        'updateDeliverable',
        'mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }',
        () => ({ input: { id: ids.energyDeliverable, version: 1, status: 'IN_PROGRESS' } }),
      ],
      [
        'submitDeliverable',
        'mutation($input: SubmitDeliverableInput!) { submitDeliverable(input: $input) { id } }',
        () => ({
          input: {
            id: ids.energyDeliverable,
            version: 1,
            pinnedVersion: { kind: 'TAG', value: 'v9', url: 'https://git.example/v9' },
          },
        }),
      ],
      [
        'milestone',
        'query($id: ID!) { milestone(id: $id) { id } }',
        () => ({ id: ids.energyMilestone }),
      ],
    ])('%s on an engagement they are not on answers NOT_FOUND', async (_name, query, variables) => {
      const result = await portal.graphql(query, variables(), tokens['engineer@kestrel.example']);

      expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('lists the engagements they are assigned to and not colleagues’ contact details', async () => {
      const result = await portal.graphql(
        '{ engagements(first: 50) { edges { node { name } } } engineers(first: 1) { edges { node { contactEmail } } } }',
        {},
        tokens['engineer@kestrel.example'],
      );

      expect(result.data!.engagements.edges.map((edge: any) => edge.node.name).sort()).toEqual([
        'Patient records CDC pipelines',
        'Payments API modernisation',
      ]);
      // Colleagues' contact details are for agency managers only.
      expect(result.data!.engineers.edges[0].node.contactEmail).toBeNull();
    });
  });

  describe('as an auditor without a grant', () => {
    it('sees no engagement, engineer or client', async () => {
      const token = tokens['auditor@veritas.example'];
      const lists = await portal.graphql(
        '{ engagements { totalCount } engineers { totalCount } organizations(first: 50) { edges { node { name } } } }',
        {},
        token,
      );
      const byId = await portal.graphql(
        'query($id: ID!) { engagement(id: $id) { id } }',
        { id: ids.bankEngagement },
        token,
      );

      expect(lists.data!.engagements.totalCount).toBe(0);
      expect(lists.data!.engineers.totalCount).toBe(0);
      expect(lists.data!.organizations.edges.map((edge: any) => edge.node.name).sort()).toEqual([
        'Kestrel Data Engineering',
        'Veritas Audit Partners',
      ]);
      expect(byId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('changes that need an agency role', () => {
    it.each([
      [
        'createOrganization',
        'mutation { createOrganization(input: { name: "Shadow Corp", kind: CLIENT }) { id } }',
        () => ({}),
      ],
      [
        'createEngagement',
        'mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }',
        () => ({
          input: {
            name: 'Own project',
            clientId: ids.healthOrganization,
            accountLeadId: ids.healthUser,
            serviceLines: ['DATA_PIPELINES'],
            startDate: '2027-01-01',
          },
        }),
      ],
      [
        'createEngineerProfile',
        'mutation($input: CreateEngineerProfileInput!) { createEngineerProfile(input: $input) { id } }',
        () => ({
          input: {
            fullName: 'New Person',
            contactEmail: 'new@kestrel.example',
            seniority: 'SENIOR',
            location: 'Riga, LV',
            skills: ['Go'],
          },
        }),
      ],
      [
        'updateEngagement (own engagement)',
        'mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { id } }',
        () => ({ input: { id: ids.bankEngagement, version: 1, name: 'Renamed by client' } }),
      ],
    ])(
      '%s is FORBIDDEN to a client manager and changes nothing',
      async (_name, query, variables) => {
        const before = await portal.dataSource.query(
          'SELECT count(*)::int AS events FROM activity_events',
        );
        const result = await portal.graphql(
          query,
          variables(),
          tokens['manager@balticmutual.example'],
        );
        const after = await portal.dataSource.query(
          'SELECT count(*)::int AS events FROM activity_events',
        );

        expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
        expect(after[0].events).toBe(before[0].events);
      },
    );
  });

  it('left every foreign record untouched', async () => {
    const [engagement] = await portal.dataSource.query(
      'SELECT name, version FROM engagements WHERE id = $1',
      [ids.healthEngagement],
    );
    const [deliverable] = await portal.dataSource.query(
      'SELECT status, version FROM deliverables WHERE id = $1',
      [ids.healthDeliverable],
    );
    const [user] = await portal.dataSource.query('SELECT active FROM users WHERE id = $1', [
      ids.healthUser,
    ]);
    const [moles] = await portal.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE email = 'mole@helvia.example'`,
    );

    expect(engagement).toEqual({ name: 'Clinical data lakehouse', version: 1 });
    expect(deliverable.version).toBe(1);
    expect(user.active).toBe(true);
    expect(moles.count).toBe(0);
  });
});
