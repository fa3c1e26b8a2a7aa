import { randomUUID } from 'node:crypto';

import { idOf, startTestPortal, TestPortal } from './support/test-app';

/**
 * Every staffing operation, attempted by users of the bank (and an auditor without a grant) on
 * the health client's seats, changes, candidates and interviews: each answers NOT_FOUND and
 * changes nothing. Engineers see their own candidacies only.
 */
describe('tenancy of staffing records', () => {
  let portal: TestPortal;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  async function call(query: string, variables: Record<string, unknown>, token: string) {
    const result = await portal.graphql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));

    return result.data!;
  }

  beforeAll(async () => {
    portal = await startTestPortal();
    for (const email of [
      'admin@kestrel.example',
      'manager@helvia.example',
      'manager@balticmutual.example',
      'compliance@balticmutual.example',
      'viewer@balticmutual.example',
      'engineer@kestrel.example',
      'auditor@veritas.example',
    ]) {
      tokens[email] = await portal.signIn(email);
    }
    const db = portal.dataSource;
    ids.healthEngagement = await idOf(db, 'engagements', 'name', 'Clinical data lakehouse');
    ids.bankEngagement = await idOf(db, 'engagements', 'name', 'Payments API modernisation');
    ids.healthManager = await idOf(db, 'users', 'email', 'manager@helvia.example');
    ids.engineer = await idOf(db, 'engineer_profiles', 'full_name', 'Olga Ivanova');
    [{ id: ids.healthAssignment, seatId: ids.healthSeat }] = await db.query(
      'SELECT id, seat_id AS "seatId" FROM assignments WHERE engagement_id = $1 AND end_date IS NULL LIMIT 1',
      [ids.healthEngagement],
    );
    const admin = tokens['admin@kestrel.example'];
    const healthManager = tokens['manager@helvia.example'];

    const scaleUp = await call(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id version } }`,
      {
        input: {
          engagementId: ids.healthEngagement,
          kind: 'SCALE_UP',
          effectiveDate: '2027-03-01',
          reason: 'More lakehouse work',
          role: 'DATA_ENGINEER',
          seniority: 'SENIOR',
          allocationPercent: 100,
        },
      },
      admin,
    );
    await call(
      `mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { id } }`,
      { input: { id: scaleUp.requestStaffingChange.id, version: 1 } },
      healthManager,
    );
    [{ id: ids.openSeat }] = await db.query('SELECT id FROM seats WHERE staffing_change_id = $1', [
      scaleUp.requestStaffingChange.id,
    ]);
    const proposed = await call(
      `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
      { input: { seatId: ids.openSeat, engineerId: ids.engineer } },
      admin,
    );
    ids.candidate = proposed.proposeCandidate.id;
    const scheduled = await call(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          candidateId: ids.candidate,
          scheduledAt: '2027-02-10T09:00:00Z',
          timeZone: 'Europe/Zurich',
          interviewerIds: [ids.healthManager],
        },
      },
      healthManager,
    );
    ids.interview = scheduled.scheduleInterview.id;
    const pending = await call(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id } }`,
      {
        input: {
          engagementId: ids.healthEngagement,
          kind: 'END_ASSIGNMENT',
          effectiveDate: '2027-04-01',
          reason: 'Scale down',
          assignmentId: ids.healthAssignment,
        },
      },
      admin,
    );
    ids.pendingChange = pending.requestStaffingChange.id;
  });

  afterAll(() => portal.close());

  const operations: [string, string, () => Record<string, unknown>][] = [
    ['seat', 'query($id: ID!) { seat(id: $id) { id } }', () => ({ id: ids.openSeat })],
    [
      'seats',
      'query($id: ID!) { seats(engagementId: $id) { id } }',
      () => ({ id: ids.healthEngagement }),
    ],
    [
      'roster',
      'query($id: ID!) { roster(engagementId: $id, asOf: "2026-12-01") { id } }',
      () => ({ id: ids.healthEngagement }),
    ],
    [
      'staffingChange',
      'query($id: ID!) { staffingChange(id: $id) { id } }',
      () => ({ id: ids.pendingChange }),
    ],
    [
      'staffingChanges',
      'query($id: ID!) { staffingChanges(engagementId: $id) { id } }',
      () => ({ id: ids.healthEngagement }),
    ],
    ['candidate', 'query($id: ID!) { candidate(id: $id) { id } }', () => ({ id: ids.candidate })],
    ['interview', 'query($id: ID!) { interview(id: $id) { id } }', () => ({ id: ids.interview })],
    [
      'requestStaffingChange',
      'mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id } }',
      () => ({
        input: {
          engagementId: ids.healthEngagement,
          kind: 'RELEASE_SEAT',
          effectiveDate: '2027-05-01',
          reason: 'Sneaky',
          seatId: ids.openSeat,
        },
      }),
    ],
    [
      'approveStaffingChange',
      'mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { id } }',
      () => ({ input: { id: ids.pendingChange, version: 1 } }),
    ],
    [
      'rejectStaffingChange',
      'mutation($input: RejectStaffingChangeInput!) { rejectStaffingChange(input: $input) { id } }',
      () => ({ input: { id: ids.pendingChange, version: 1, reason: 'Sneaky' } }),
    ],
    [
      'cancelStaffingChange',
      'mutation($input: DecideStaffingChangeInput!) { cancelStaffingChange(input: $input) { id } }',
      () => ({ input: { id: ids.pendingChange, version: 1 } }),
    ],
    [
      'proposeCandidate',
      'mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }',
      () => ({ input: { seatId: ids.openSeat, engineerId: ids.engineer } }),
    ],
    [
      'withdrawCandidate',
      'mutation($input: CandidateVersionInput!) { withdrawCandidate(input: $input) { id } }',
      () => ({ input: { id: ids.candidate, version: 2 } }),
    ],
    [
      'scheduleInterview',
      'mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }',
      () => ({
        input: {
          candidateId: ids.candidate,
          scheduledAt: '2027-02-11T09:00:00Z',
          timeZone: 'Europe/Riga',
          interviewerIds: [ids.healthManager],
        },
      }),
    ],
    [
      'recordInterviewOutcome',
      'mutation($input: RecordInterviewOutcomeInput!) { recordInterviewOutcome(input: $input) { id } }',
      () => ({
        input: {
          id: ids.interview,
          version: 1,
          outcome: 'REJECTED',
          feedbackVisibility: 'CLIENT_INTERNAL',
        },
      }),
    ],
    [
      'confirmCandidate',
      'mutation($input: ConfirmCandidateInput!) { confirmCandidate(input: $input) { id } }',
      () => ({ input: { id: ids.candidate, version: 2, startDate: '2027-03-01' } }),
    ],
  ];

  describe.each([
    'manager@balticmutual.example',
    'compliance@balticmutual.example',
    'viewer@balticmutual.example',
    'auditor@veritas.example',
  ])('as %s', (email) => {
    it.each(operations)(
      '%s on a health record answers NOT_FOUND',
      async (_name, query, variables) => {
        const result = await portal.graphql(query, variables(), tokens[email]);

        expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
        expect(result.data).toBeNull();
      },
    );

    it('lists no health candidates or interviews', async () => {
      const result = await portal.graphql(
        '{ candidates(first: 100) { edges { node { id } } } interviews(first: 100) { edges { node { id } } } }',
        {},
        tokens[email],
      );
      const listed = JSON.stringify(result.data);

      expect(result.errors).toBeUndefined();
      expect(listed).not.toContain(ids.candidate);
      expect(listed).not.toContain(ids.interview);
    });
  });

  it('shows an engineer only their own candidacies and interviews', async () => {
    const token = tokens['engineer@kestrel.example'];
    const lists = await portal.graphql(
      '{ candidates(first: 100) { totalCount } interviews(first: 100) { totalCount } }',
      {},
      token,
    );
    const byId = await portal.graphql(
      'query($id: ID!) { candidate(id: $id) { id } }',
      { id: ids.candidate },
      token,
    );

    expect(lists.data).toEqual({ candidates: { totalCount: 0 }, interviews: { totalCount: 0 } });
    expect(byId.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a health seat on a bank RAID entry exactly like an unknown seat', async () => {
    const [bankItem] = await portal.dataSource.query(
      `SELECT id, version FROM raid_items WHERE title = 'Card scheme certification window may slip'`,
    );
    const create = (seatId: string, token: string) =>
      portal.graphql(
        `mutation($input: CreateRaidItemInput!) { createRaidItem(input: $input) { id seats { id } } }`,
        {
          input: {
            engagementId: ids.bankEngagement,
            kind: 'RISK',
            title: 'Borrowed seat',
            severity: 'LOW',
            visibility: 'CLIENT_VISIBLE',
            seatIds: [seatId],
          },
        },
        token,
      );

    for (const email of ['manager@balticmutual.example', 'compliance@balticmutual.example']) {
      const foreign = await create(ids.openSeat, tokens[email]);
      const unknown = await create(randomUUID(), tokens[email]);
      const updated = await portal.graphql(
        `mutation($input: UpdateRaidItemInput!) { updateRaidItem(input: $input) { id seats { id } } }`,
        { input: { id: bankItem.id, version: bankItem.version, seatIds: [ids.openSeat] } },
        tokens[email],
      );

      expect(foreign.data).toBeNull();
      expect(foreign.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'seatIds', message: 'must be seats of this engagement' }],
      });
      expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
      expect(updated.data).toBeNull();
      expect(updated.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify([foreign, updated])).not.toContain(ids.openSeat);
    }
    const [after] = await portal.dataSource.query(
      `SELECT version, (SELECT count(*)::int FROM raid_item_seat_links WHERE seat_id = $2) AS links,
         (SELECT count(*)::int FROM raid_items WHERE title = 'Borrowed seat') AS created
       FROM raid_items WHERE id = $1`,
      [bankItem.id, ids.openSeat],
    );
    expect(after).toEqual({ version: bankItem.version, links: 0, created: 0 });
  });

  it('left every health record untouched', async () => {
    const [change] = await portal.dataSource.query(
      'SELECT state, version FROM staffing_changes WHERE id = $1',
      [ids.pendingChange],
    );
    const [candidate] = await portal.dataSource.query(
      'SELECT state, version FROM candidates WHERE id = $1',
      [ids.candidate],
    );
    const [interview] = await portal.dataSource.query(
      'SELECT outcome, version FROM interviews WHERE id = $1',
      [ids.interview],
    );

    expect(change).toEqual({ state: 'PENDING', version: 1 });
    expect(candidate).toEqual({ state: 'INTERVIEWING', version: 2 });
    expect(interview).toEqual({ outcome: null, version: 1 });
  });
});
