import { idOf, startTestPortal, TestPortal } from './support/test-app';

const PORTFOLIO = `query($accountLeadId: ID, $asOf: LocalDate) {
  portfolio(accountLeadId: $accountLeadId, asOf: $asOf) {
    asOf
    engagements {
      engagement { id name }
      headcount allocationPercent openSeats
      engagement { health { status } }
      upcomingStarts { id startDate engineer { fullName } }
      upcomingRollOffs { id endDate engineer { fullName } }
    }
    weeks { weekStart headcount allocationPercent fte }
  }
}`;
const CREATE_ENGAGEMENT = `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`;
const CREATE_ASSIGNMENT = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`;

// A Wednesday well ahead of the demo data's dates, so the figures do not move with the calendar.
const AS_OF = '2027-03-03';

interface Week {
  weekStart: string;
  headcount: number;
  allocationPercent: number;
  fte: number;
}

describe('the account lead’s portfolio', () => {
  let portal: TestPortal;
  let lead: string;
  let admin: string;
  let leadId: string;
  let northLeadId: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    lead = await portal.signIn('lead@kestrel.example');
    admin = await portal.signIn('admin@kestrel.example');
    leadId = await idOf(portal.dataSource, 'users', 'email', 'lead@kestrel.example');
    northLeadId = await idOf(portal.dataSource, 'users', 'email', 'lead.north@kestrel.example');
  });

  afterAll(() => portal.close());

  it('shows a lead their own open engagements and twelve Mondays from this week', async () => {
    const result = await portal.graphql(PORTFOLIO, { asOf: AS_OF }, lead);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    const portfolio = result.data!.portfolio;
    const [{ names }] = await portal.dataSource.query(
      `SELECT array_agg(name ORDER BY name) AS names FROM engagements
       WHERE account_lead_id = $1 AND status <> 'COMPLETED'`,
      [leadId],
    );

    expect(portfolio.asOf).toBe(AS_OF);
    expect(
      portfolio.engagements.map((row: { engagement: { name: string } }) => row.engagement.name),
    ).toEqual(names);
    expect(portfolio.weeks).toHaveLength(12);
    expect(portfolio.weeks[0].weekStart).toBe('2027-03-01');
    expect(portfolio.weeks[11].weekStart).toBe('2027-05-17');
  });

  it('counts who is on, who joins and who leaves, week by week', async () => {
    const before = (await portal.graphql(PORTFOLIO, { asOf: AS_OF }, lead)).data!.portfolio;
    const client = await idOf(portal.dataSource, 'organizations', 'name', 'Nordgrid Energy');
    const created = await portal.graphql(
      CREATE_ENGAGEMENT,
      {
        input: {
          name: 'Portfolio arithmetic',
          clientId: client,
          accountLeadId: leadId,
          serviceLines: ['DATA_PIPELINES'],
          status: 'ACTIVE',
          startDate: '2027-02-01',
        },
      },
      lead,
    );
    const engagementId = created.data!.createEngagement.id;
    const assign = async (
      fullName: string,
      allocationPercent: number,
      startDate: string,
      endDate: string | null,
    ) => {
      const engineerId = await idOf(portal.dataSource, 'engineer_profiles', 'full_name', fullName);
      const result = await portal.graphql(
        CREATE_ASSIGNMENT,
        {
          input: {
            engagementId,
            engineerId,
            role: 'DATA_ENGINEER',
            allocationPercent,
            startDate,
            endDate,
          },
        },
        admin,
      );
      expect(result.errors).toBeUndefined();
    };
    await assign('Jakub Novák', 100, '2027-02-01', '2027-03-19');
    await assign('Irene Papadopoulou', 50, '2027-03-15', null);
    // Starts within the window but ends long after it: a start, not a roll-off.
    await assign('Hugo Lefèvre', 20, '2027-03-10', '2027-06-30');

    const after = (await portal.graphql(PORTFOLIO, { asOf: AS_OF }, lead)).data!.portfolio;
    const row = after.engagements.find(
      (item: { engagement: { id: string } }) => item.engagement.id === engagementId,
    );
    const added = after.weeks.map((week: Week, index: number) => ({
      weekStart: week.weekStart,
      allocationPercent: week.allocationPercent - before.weeks[index].allocationPercent,
    }));

    expect(row.headcount).toBe(1);
    expect(row.openSeats).toBe(0);
    expect(row.allocationPercent).toBe(100);
    expect(
      row.upcomingStarts.map((item: { engineer: { fullName: string } }) => item.engineer.fullName),
    ).toEqual(['Hugo Lefèvre', 'Irene Papadopoulou']);
    expect(row.upcomingRollOffs).toEqual([
      { id: expect.any(String), endDate: '2027-03-19', engineer: { fullName: 'Jakub Novák' } },
    ]);
    // Mondays 1 and 8 Mar: Jakub full-time; from 15 Mar Irene half-time and Hugo at 20 % too;
    // from 22 Mar Irene and Hugo without Jakub.
    expect(added.slice(0, 4)).toEqual([
      { weekStart: '2027-03-01', allocationPercent: 100 },
      { weekStart: '2027-03-08', allocationPercent: 100 },
      { weekStart: '2027-03-15', allocationPercent: 170 },
      { weekStart: '2027-03-22', allocationPercent: 70 },
    ]);
    expect(after.weeks[2].fte).toBeCloseTo(after.weeks[2].allocationPercent / 100);
  });

  it('does not count a change of allocation as a roll-off and a start', async () => {
    const engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Portfolio arithmetic',
    );
    const [jakub] = await portal.dataSource.query(
      `SELECT assignment.id FROM assignments assignment
       JOIN engineer_profiles engineer ON engineer.id = assignment.engineer_id
       WHERE engineer.full_name = 'Jakub Novák' AND assignment.engagement_id = $1`,
      [engagementId],
    );
    const requested = await portal.graphql(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id version } }`,
      {
        input: {
          engagementId,
          kind: 'CHANGE_ALLOCATION',
          effectiveDate: '2027-03-05',
          reason: 'Half time for the last weeks',
          assignmentId: jakub.id,
          allocationPercent: 50,
        },
      },
      lead,
    );
    const change = requested.data!.requestStaffingChange;
    const approved = await portal.graphql(
      `mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { state } }`,
      { input: { id: change.id, version: change.version } },
      await portal.signIn('manager@nordgrid.example'),
    );

    const row = (
      await portal.graphql(PORTFOLIO, { asOf: AS_OF }, lead)
    ).data!.portfolio.engagements.find(
      (item: { engagement: { id: string } }) => item.engagement.id === engagementId,
    );

    expect(approved.data!.approveStaffingChange.state).toBe('APPLIED');
    // Jakub ends on 4 Mar at full time and goes on at half time from 5 Mar until 19 Mar.
    expect(
      row.upcomingStarts.map((item: { engineer: { fullName: string } }) => item.engineer.fullName),
    ).toEqual(['Hugo Lefèvre', 'Irene Papadopoulou']);
    expect(row.upcomingRollOffs).toEqual([
      { id: expect.any(String), endDate: '2027-03-19', engineer: { fullName: 'Jakub Novák' } },
    ]);
  });

  it('counts the seats still to fill and shows each engagement’s health', async () => {
    const before = (await portal.graphql(PORTFOLIO, { asOf: AS_OF }, lead)).data!.portfolio;
    const payments = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
    const requested = await portal.graphql(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id version } }`,
      {
        input: {
          engagementId: payments,
          kind: 'SCALE_UP',
          effectiveDate: '2027-03-08',
          reason: 'Two more for the chargeback work',
          role: 'BACKEND_ENGINEER',
          seniority: 'SENIOR',
          allocationPercent: 100,
          seatCount: 2,
        },
      },
      lead,
    );
    const change = requested.data!.requestStaffingChange;
    const manager = await portal.signIn('manager@balticmutual.example');
    await portal.graphql(
      `mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { state } }`,
      { input: { id: change.id, version: change.version } },
      manager,
    );

    const after = (await portal.graphql(PORTFOLIO, { asOf: AS_OF }, lead)).data!.portfolio;
    const rowOf = (portfolio: any) =>
      portfolio.engagements.find(
        (item: { engagement: { id: string } }) => item.engagement.id === payments,
      );

    expect(rowOf(after).openSeats).toBe(rowOf(before).openSeats + 2);
    expect(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']).toContain(rowOf(after).engagement.health.status);
  });

  it('lets an agency admin look at any lead, and refuses everyone else', async () => {
    const north = await portal.graphql(
      PORTFOLIO,
      { accountLeadId: northLeadId, asOf: AS_OF },
      admin,
    );
    const [{ count }] = await portal.dataSource.query(
      `SELECT count(*)::int AS count FROM engagements WHERE account_lead_id = $1 AND status <> 'COMPLETED'`,
      [northLeadId],
    );

    expect(north.data!.portfolio.engagements).toHaveLength(count);
    for (const email of [
      'engineer@kestrel.example',
      'manager@balticmutual.example',
      'compliance@helvia.example',
      'viewer@nordgrid.example',
      'auditor@veritas.example',
    ]) {
      const token = await portal.signIn(email);
      const refused = await portal.graphql(PORTFOLIO, {}, token);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses malformed arguments with a code', async () => {
    const badDate = await portal.graphql(PORTFOLIO, { asOf: '2027-02-30' }, lead);
    const badLead = await portal.graphql(PORTFOLIO, { accountLeadId: 'someone' }, lead);
    const farFuture = await portal.graphql(PORTFOLIO, { asOf: '9999-12-31' }, lead);

    expect(badDate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badLead.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(farFuture.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'asOf' }],
    });
  });
});
