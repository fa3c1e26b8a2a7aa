import { listen } from './support/http-portal';
import { countQueries } from './support/query-counter';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const REQUEST = `mutation($input: RequestStaffingChangeInput!) {
  requestStaffingChange(input: $input) {
    id version state kind effectiveDate clientApprovedAt agencyApprovedAt
    requestedBy { displayName } clientApprovedBy { displayName } agencyApprovedBy { displayName }
  }
}`;
const APPROVE = `mutation($input: DecideStaffingChangeInput!) {
  approveStaffingChange(input: $input) {
    id version state appliedAt openedAssignmentId previousEndDate
    clientApprovedBy { displayName } agencyApprovedBy { displayName }
  }
}`;
const SEATS = `query($id: ID!) { seats(engagementId: $id) { id version state role targetAllocationPercent neededFrom staffingChangeId } }`;
const PROPOSE = `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id version state } }`;
const SCHEDULE = `mutation($input: ScheduleInterviewInput!) {
  scheduleInterview(input: $input) { id version scheduledAt timeZone interviewers { displayName } candidate { state } }
}`;
const RECORD = `mutation($input: RecordInterviewOutcomeInput!) {
  recordInterviewOutcome(input: $input) { id version outcome feedback feedbackVisibility }
}`;
const CONFIRM = `mutation($input: ConfirmCandidateInput!) {
  confirmCandidate(input: $input) { id version state assignment { id startDate endDate allocationPercent role seat { state } } }
}`;
const ROSTER = `query($id: ID!, $asOf: LocalDate!) { roster(engagementId: $id, asOf: $asOf) { id allocationPercent startDate endDate engineer { fullName } } }`;

describe('staffing: seats, staffing changes, candidates and interviews', () => {
  let portal: TestPortal;
  const tokens: Record<string, string> = {};
  let engagementId: string;
  let managerId: string;
  let baseUrl: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    for (const email of [
      'admin@kestrel.example',
      'lead@kestrel.example',
      'lead.north@kestrel.example',
      'engineer@kestrel.example',
      'manager@balticmutual.example',
      'viewer@balticmutual.example',
    ]) {
      tokens[email] = await portal.signIn(email);
    }
    baseUrl = await listen(portal);
    engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
    managerId = await idOf(portal.dataSource, 'users', 'email', 'manager@balticmutual.example');
  });

  afterAll(() => portal.close());

  const manager = () => tokens['manager@balticmutual.example'];
  const lead = () => tokens['lead@kestrel.example'];
  const admin = () => tokens['admin@kestrel.example'];

  async function openAssignment(fullName: string) {
    const [row] = await portal.dataSource.query(
      `SELECT assignment.id, assignment.version, assignment.seat_id AS "seatId" FROM assignments assignment
       JOIN engineer_profiles engineer ON engineer.id = assignment.engineer_id
       WHERE engineer.full_name = $1 AND assignment.engagement_id = $2 AND assignment.end_date IS NULL`,
      [fullName, engagementId],
    );

    return row as { id: string; version: number; seatId: string };
  }

  async function requestAndApprove(input: Record<string, unknown>) {
    const requested = await portal.graphql(REQUEST, { input: { engagementId, ...input } }, lead());
    expect(requested.errors).toBeUndefined();
    const change = requested.data!.requestStaffingChange;

    return portal.graphql(
      APPROVE,
      { input: { id: change.id, version: change.version } },
      manager(),
    );
  }

  it('gave every assignment of the demo data a seat', async () => {
    const [row] = await portal.dataSource.query(
      `SELECT count(*)::int AS orphans FROM assignments WHERE seat_id IS NULL`,
    );

    expect(row.orphans).toBe(0);
  });

  it('walks a scale-up from request to a confirmed assignment', async () => {
    const requested = await portal.graphql(
      REQUEST,
      {
        input: {
          engagementId,
          kind: 'SCALE_UP',
          effectiveDate: '2027-01-11',
          reason: 'Second payments squad',
          role: 'BACKEND_ENGINEER',
          seniority: 'SENIOR',
          skills: ['Go', 'Kafka'],
          allocationPercent: 80,
          seatCount: 2,
        },
      },
      manager(),
    );
    expect(requested.errors).toBeUndefined();
    const change = requested.data!.requestStaffingChange;
    expect(change).toMatchObject({
      state: 'PENDING',
      kind: 'SCALE_UP',
      requestedBy: { displayName: 'Ilze Kalnina' },
      clientApprovedBy: { displayName: 'Ilze Kalnina' },
      agencyApprovedBy: null,
    });

    const approved = await portal.graphql(
      APPROVE,
      { input: { id: change.id, version: change.version } },
      lead(),
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveStaffingChange).toMatchObject({
      state: 'APPLIED',
      agencyApprovedBy: { displayName: 'Marco Bianchi' },
    });
    const seats = (await portal.graphql(SEATS, { id: engagementId }, manager())).data!.seats.filter(
      (seat: any) => seat.staffingChangeId === change.id,
    );
    expect(seats).toHaveLength(2);
    expect(seats[0]).toMatchObject({
      state: 'OPEN',
      neededFrom: '2027-01-11',
      targetAllocationPercent: 80,
    });

    const engineerId = await idOf(
      portal.dataSource,
      'engineer_profiles',
      'full_name',
      'Rita Almeida',
    );
    const proposed = await portal.graphql(
      PROPOSE,
      { input: { seatId: seats[0].id, engineerId, pitch: 'Built two payment gateways' } },
      lead(),
    );
    expect(proposed.data!.proposeCandidate.state).toBe('PROPOSED');
    const candidate = proposed.data!.proposeCandidate;

    const early = await portal.graphql(
      CONFIRM,
      { input: { id: candidate.id, version: candidate.version, startDate: '2027-01-11' } },
      manager(),
    );
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: expect.stringContaining('no approved interview') }],
    });

    const scheduled = await portal.graphql(
      SCHEDULE,
      {
        input: {
          candidateId: candidate.id,
          scheduledAt: '2027-01-05T10:00:00+02:00',
          timeZone: 'Europe/Riga',
          durationMinutes: 45,
          interviewerIds: [managerId],
          videoLink: 'https://meet.example/payments',
        },
      },
      manager(),
    );
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data!.scheduleInterview).toMatchObject({
      scheduledAt: '2027-01-05T08:00:00.000Z',
      interviewers: [{ displayName: 'Ilze Kalnina' }],
      candidate: { state: 'INTERVIEWING' },
    });
    const seatAfterScheduling = await portal.graphql(
      'query($id: ID!) { seat(id: $id) { state } }',
      { id: seats[0].id },
      lead(),
    );
    expect(seatAfterScheduling.data!.seat.state).toBe('INTERVIEWING');

    const interview = scheduled.data!.scheduleInterview;
    const recorded = await portal.graphql(
      RECORD,
      {
        input: {
          id: interview.id,
          version: interview.version,
          outcome: 'APPROVED',
          feedback: 'Strong on idempotency; internal: rate above budget',
          feedbackVisibility: 'CLIENT_INTERNAL',
        },
      },
      manager(),
    );
    expect(recorded.data!.recordInterviewOutcome).toMatchObject({
      outcome: 'APPROVED',
      feedback: 'Strong on idempotency; internal: rate above budget',
    });

    const current = await portal.graphql(
      'query($id: ID!) { candidate(id: $id) { version state } }',
      { id: candidate.id },
      manager(),
    );
    expect(current.data!.candidate.state).toBe('APPROVED');
    const confirmed = await portal.graphql(
      CONFIRM,
      {
        input: {
          id: candidate.id,
          version: current.data!.candidate.version,
          startDate: '2027-01-18',
        },
      },
      manager(),
    );
    expect(confirmed.errors).toBeUndefined();
    const again = await portal.graphql(
      CONFIRM,
      {
        input: {
          id: candidate.id,
          version: confirmed.data!.confirmCandidate.version,
          startDate: '2027-01-18',
        },
      },
      manager(),
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: 'is already confirmed in the seat' }],
    });
    expect(confirmed.data!.confirmCandidate).toMatchObject({
      state: 'CONFIRMED',
      assignment: {
        startDate: '2027-01-18',
        endDate: null,
        allocationPercent: 80,
        role: 'BACKEND_ENGINEER',
        seat: { state: 'FILLED' },
      },
    });

    const team = await portal.graphql(
      'query($id: ID!) { engagement(id: $id) { team { startDate engineer { fullName } } } }',
      { id: engagementId },
      manager(),
    );
    expect(team.data!.engagement.team).toContainEqual({
      startDate: '2027-01-18',
      engineer: { fullName: 'Rita Almeida' },
    });
    const actions = await portal.dataSource.query(
      `SELECT action FROM activity_events WHERE entity_id = ANY($1) ORDER BY seq`,
      [[change.id, candidate.id, interview.id]],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining([
        'staffing-change.requested',
        'staffing-change.approved',
        'staffing-change.applied',
        'candidate.proposed',
        'interview.scheduled',
        'interview.outcome-recorded',
        'candidate.confirmed',
      ]),
    );
  });

  it('keeps internal interview feedback from every agency query, nested or filtered', async () => {
    const [interview] = await portal.dataSource.query(
      `SELECT id, candidate_id AS "candidateId", engagement_id AS "engagementId" FROM interviews
       WHERE feedback_visibility = 'CLIENT_INTERNAL' AND feedback LIKE '%rate above budget%'`,
    );
    const query = `query($id: ID!, $candidateId: ID!, $engagementId: ID!) {
      interview(id: $id) { feedback feedbackVisibility outcome }
      candidate(id: $candidateId) { interviews { feedback } seat { candidates { interviews { feedback } } } }
      interviews(first: 100, filter: { engagementId: $engagementId, outcome: APPROVED }) { edges { node { id feedback } } }
      engagementActivity(engagementId: $engagementId) { changes }
    }`;
    const variables = {
      id: interview.id,
      candidateId: interview.candidateId,
      engagementId: interview.engagementId,
    };

    for (const token of [lead(), admin()]) {
      const result = await portal.graphql(query, variables, token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.interview).toEqual({
        feedback: null,
        feedbackVisibility: 'CLIENT_INTERNAL',
        outcome: 'APPROVED',
      });
      expect(JSON.stringify(result.data)).not.toContain('rate above budget');
      expect(result.data!.interviews.edges.map((edge: any) => edge.node.id)).toContain(
        interview.id,
      );
    }
    const client = await portal.graphql(query, variables, tokens['viewer@balticmutual.example']);
    expect(client.data!.interview.feedback).toContain('rate above budget');
    const [logged] = await portal.dataSource.query(
      `SELECT count(*)::int AS count FROM activity_events WHERE changes::text LIKE '%rate above budget%'`,
    );
    expect(logged.count).toBe(0);
  });

  it('refuses two overlapping assignments in one seat, through the API and in SQL', async () => {
    const held = await openAssignment('Urs Meier');
    const engineerId = await idOf(
      portal.dataSource,
      'engineer_profiles',
      'full_name',
      'Olga Ivanova',
    );
    const overlapping = await portal.graphql(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      {
        input: {
          engagementId,
          seatId: held.seatId,
          engineerId,
          role: 'BACKEND_ENGINEER',
          allocationPercent: 50,
          startDate: '2027-02-01',
        },
      },
      admin(),
    );
    expect(overlapping.errors?.[0].extensions.code).toBe('CONFLICT');

    await expect(
      portal.dataSource.query(
        `INSERT INTO assignments (version, engagement_id, seat_id, engineer_id, role, allocation_percent, start_date, end_date)
         SELECT 1, engagement_id, seat_id, $2, role, 10, '2027-06-01', '2027-06-30' FROM assignments WHERE id = $1`,
        [held.id, engineerId],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01' } });
  });

  it('ends an assignment the day before the effective date and keeps the past roster', async () => {
    const held = await openAssignment('Jakub Novák');
    const approved = await requestAndApprove({
      kind: 'END_ASSIGNMENT',
      effectiveDate: '2027-02-01',
      reason: 'Contract test suite delivered',
      assignmentId: held.id,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveStaffingChange.state).toBe('APPLIED');

    const [row] = await portal.dataSource.query(
      `SELECT to_char(end_date, 'YYYY-MM-DD') AS "endDate", to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM assignments WHERE id = $1`,
      [held.id],
    );
    expect(row).toEqual({ startDate: '2026-04-01', endDate: '2027-01-31' });
    const names = async (asOf: string) =>
      (await portal.graphql(ROSTER, { id: engagementId, asOf }, manager())).data!.roster.map(
        (entry: any) => entry.engineer.fullName,
      );
    expect(await names('2027-01-31')).toContain('Jakub Novák');
    expect(await names('2027-02-01')).not.toContain('Jakub Novák');
    expect(await names('2026-05-01')).toEqual(
      expect.arrayContaining(['Jakub Novák', 'Maja Horvat', 'Tomás Herrera', 'Urs Meier']),
    );
  });

  it('changes an allocation by closing one row and opening the next', async () => {
    const held = await openAssignment('Urs Meier');
    const approved = await requestAndApprove({
      kind: 'CHANGE_ALLOCATION',
      effectiveDate: '2027-03-01',
      reason: 'Half time on the gateway',
      assignmentId: held.id,
      allocationPercent: 50,
    });
    expect(approved.errors).toBeUndefined();
    const openedId = approved.data!.approveStaffingChange.openedAssignmentId;

    const roster = async (asOf: string) =>
      (await portal.graphql(ROSTER, { id: engagementId, asOf }, lead())).data!.roster.find(
        (entry: any) => entry.engineer.fullName === 'Urs Meier',
      );
    expect(await roster('2027-02-28')).toMatchObject({
      id: held.id,
      allocationPercent: 100,
      endDate: '2027-02-28',
    });
    expect(await roster('2027-03-01')).toMatchObject({
      id: openedId,
      allocationPercent: 50,
      startDate: '2027-03-01',
      endDate: null,
    });
  });

  it('extends an assignment and records the end date it replaced', async () => {
    const [held] = await portal.dataSource.query(
      `SELECT assignment.id FROM assignments assignment JOIN engineer_profiles engineer ON engineer.id = assignment.engineer_id
       WHERE engineer.full_name = 'Jakub Novák' AND assignment.engagement_id = $1`,
      [engagementId],
    );
    const approved = await requestAndApprove({
      kind: 'EXTEND',
      effectiveDate: '2027-02-01',
      reason: 'One more month for the contract tests',
      assignmentId: held.id,
      newEndDate: '2027-02-26',
    });

    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveStaffingChange).toMatchObject({
      state: 'APPLIED',
      previousEndDate: '2027-01-31',
    });
  });

  it('lets one of two concurrent approvals win and tells the other CONFLICT', async () => {
    const held = await openAssignment('Tomás Herrera');
    const requested = await portal.graphql(
      REQUEST,
      {
        input: {
          engagementId,
          kind: 'CHANGE_ALLOCATION',
          effectiveDate: '2027-04-01',
          reason: 'Lead moves to half time',
          assignmentId: held.id,
          allocationPercent: 60,
        },
      },
      manager(),
    );
    const change = requested.data!.requestStaffingChange;
    const input = { id: change.id, version: change.version };

    const results = await Promise.all([
      portal.graphql(APPROVE, { input }, lead()),
      portal.graphql(APPROVE, { input }, admin()),
    ]);
    const codes = results.map((result) => result.errors?.[0].extensions.code ?? 'OK').sort();

    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [{ opened }] = await portal.dataSource.query(
      `SELECT count(*)::int AS opened FROM assignments WHERE seat_id = $1 AND start_date = '2027-04-01'`,
      [held.seatId],
    );
    expect(opened).toBe(1);
  });

  it('lets only the right roles move each step', async () => {
    const held = await openAssignment('Urs Meier');
    const input = {
      engagementId,
      kind: 'END_ASSIGNMENT',
      effectiveDate: '2027-05-01',
      reason: 'Scale down',
      assignmentId: held.id,
    };
    const viewer = await portal.graphql(REQUEST, { input }, tokens['viewer@balticmutual.example']);
    const otherLead = await portal.graphql(
      REQUEST,
      { input },
      tokens['lead.north@kestrel.example'],
    );
    expect(viewer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(otherLead.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const requested = await portal.graphql(REQUEST, { input }, lead());
    const change = requested.data!.requestStaffingChange;
    const decision = { id: change.id, version: change.version };
    const cancelByManager = await portal.graphql(
      'mutation($input: DecideStaffingChangeInput!) { cancelStaffingChange(input: $input) { id } }',
      { input: decision },
      manager(),
    );
    const approveByEngineer = await portal.graphql(
      APPROVE,
      { input: decision },
      tokens['engineer@kestrel.example'],
    );
    const approveAgain = await portal.graphql(APPROVE, { input: decision }, admin());
    expect(cancelByManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(approveByEngineer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(approveAgain.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const rejected = await portal.graphql(
      'mutation($input: RejectStaffingChangeInput!) { rejectStaffingChange(input: $input) { state rejectionReason rejectedBy { displayName } } }',
      { input: { ...decision, reason: 'Not before the release' } },
      manager(),
    );
    expect(rejected.data!.rejectStaffingChange).toEqual({
      state: 'REJECTED',
      rejectionReason: 'Not before the release',
      rejectedBy: { displayName: 'Ilze Kalnina' },
    });

    const proposeByEngineer = await portal.graphql(
      PROPOSE,
      {
        input: {
          seatId: held.seatId,
          engineerId: await idOf(
            portal.dataSource,
            'engineer_profiles',
            'full_name',
            'Olga Ivanova',
          ),
        },
      },
      tokens['engineer@kestrel.example'],
    );
    expect(proposeByEngineer.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('swaps an engineer only after the newcomer passed an interview for the seat', async () => {
    const [held] = await portal.dataSource.query(
      `SELECT assignment.id, assignment.seat_id AS "seatId" FROM assignments assignment
       JOIN engineer_profiles engineer ON engineer.id = assignment.engineer_id
       WHERE engineer.full_name = 'Rita Almeida' AND assignment.engagement_id = $1`,
      [engagementId],
    );
    const olgaId = await idOf(portal.dataSource, 'engineer_profiles', 'full_name', 'Olga Ivanova');
    const requested = await portal.graphql(
      REQUEST,
      {
        input: {
          engagementId,
          kind: 'SWAP_ENGINEER',
          effectiveDate: '2027-06-01',
          reason: 'Rita moves to the card issuing squad',
          assignmentId: held.id,
          engineerId: olgaId,
        },
      },
      lead(),
    );
    const change = requested.data!.requestStaffingChange;

    const early = await portal.graphql(
      APPROVE,
      { input: { id: change.id, version: change.version } },
      manager(),
    );
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'engineerId', message: expect.stringContaining('no approved interview') }],
    });

    const proposed = await portal.graphql(
      PROPOSE,
      { input: { seatId: held.seatId, engineerId: olgaId } },
      lead(),
    );
    const scheduled = await portal.graphql(
      SCHEDULE,
      {
        input: {
          candidateId: proposed.data!.proposeCandidate.id,
          scheduledAt: '2027-05-03T09:00:00Z',
          timeZone: 'Europe/Riga',
          interviewerIds: [managerId],
        },
      },
      manager(),
    );
    await portal.graphql(
      RECORD,
      {
        input: {
          id: scheduled.data!.scheduleInterview.id,
          version: scheduled.data!.scheduleInterview.version,
          outcome: 'APPROVED',
          feedback: 'Welcome aboard',
          feedbackVisibility: 'SHARED_WITH_AGENCY',
        },
      },
      manager(),
    );
    const approved = await portal.graphql(
      APPROVE,
      { input: { id: change.id, version: change.version } },
      manager(),
    );

    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveStaffingChange.state).toBe('APPLIED');
    const roster = async (asOf: string) =>
      (await portal.graphql(ROSTER, { id: engagementId, asOf }, lead())).data!.roster.map(
        (entry: any) => entry.engineer.fullName,
      );
    expect(await roster('2027-05-31')).toContain('Rita Almeida');
    expect(await roster('2027-05-31')).not.toContain('Olga Ivanova');
    expect(await roster('2027-06-01')).toContain('Olga Ivanova');
    expect(await roster('2027-06-01')).not.toContain('Rita Almeida');
    const [candidate] = await portal.dataSource.query(
      'SELECT state FROM candidates WHERE id = $1',
      [proposed.data!.proposeCandidate.id],
    );
    expect(candidate.state).toBe('CONFIRMED');
  });

  it('releases a seat, ending its assignment, and refuses a release that would erase a later one', async () => {
    const [open] = await portal.dataSource.query(
      `SELECT seat.id FROM seats seat JOIN staffing_changes change ON change.id = seat.staffing_change_id
       WHERE change.reason = 'Second payments squad' AND seat.state = 'OPEN'`,
    );
    const released = await requestAndApprove({
      kind: 'RELEASE_SEAT',
      effectiveDate: '2027-01-05',
      reason: 'One new engineer is enough',
      seatId: open.id,
    });
    expect(released.errors).toBeUndefined();
    const seat = await portal.graphql(
      'query($id: ID!) { seat(id: $id) { state } }',
      { id: open.id },
      manager(),
    );
    expect(seat.data!.seat.state).toBe('RELEASED');

    // Tomás Herrera's seat holds a row from 2027-04-01 (the re-allocation above).
    const held = await openAssignment('Tomás Herrera');
    const refused = await requestAndApprove({
      kind: 'RELEASE_SEAT',
      effectiveDate: '2027-03-01',
      reason: 'Lead role no longer needed',
      seatId: held.seatId,
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'effectiveDate', message: expect.stringContaining('end that one instead') },
      ],
    });
  });

  it('batches nested staffing fields: one statement per field for a whole page', async () => {
    const query = `query($first: Int!) { engagements(first: $first) { edges { node {
      seats { state candidates { state engineer { fullName } interviews { outcome feedback interviewers { displayName } } } }
      staffingChanges { state requestedBy { displayName } assignment { engineer { fullName } } }
      team { overAllocations { from allocationPercent } seat { state } }
    } } } }`;
    const statements = await countQueries(portal.dataSource, () =>
      portal.graphql(query, { first: 8 }, admin()),
    );

    // Session, count and page, then one batch per nested field for all eight engagements:
    // seats, changes, team, allocations, seat, candidates, requester, assignment, engineers
    // (candidates' and assignments' may land in two ticks), interviews, interviewers.
    expect(statements.length).toBeLessThanOrEqual(15);
  });

  it('names every missing or misplaced field of a request', async () => {
    const result = await portal.graphql(
      REQUEST,
      {
        input: {
          engagementId,
          kind: 'SCALE_UP',
          effectiveDate: '2020-01-01',
          reason: 'Too late',
          role: 'DATA_ENGINEER',
          newEndDate: '2027-01-01',
        },
      },
      manager(),
    );

    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(
      (result.errors?.[0].extensions.fields as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['allocationPercent', 'effectiveDate', 'effectiveDate', 'newEndDate', 'seniority']);
  });

  it('refuses staffing planned years ahead', async () => {
    const result = await portal.graphql(
      REQUEST,
      {
        input: {
          engagementId,
          kind: 'SCALE_UP',
          effectiveDate: '9999-12-31',
          reason: 'Typed the year wrong',
          role: 'DATA_ENGINEER',
          seniority: 'SENIOR',
          allocationPercent: 50,
        },
      },
      manager(),
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'effectiveDate', message: 'is more than three years ahead' }],
    });
  });

  it('flags an engineer booked over 100 % for the agency, not for the client', async () => {
    const engineerId = await idOf(portal.dataSource, 'engineer_profiles', 'full_name', 'Urs Meier');
    const created = await portal.graphql(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id seat { state } } }`,
      {
        input: {
          engagementId,
          engineerId,
          role: 'TECH_LEAD',
          allocationPercent: 30,
          startDate: '2027-02-01',
          endDate: '2027-03-31',
        },
      },
      admin(),
    );
    expect(created.data!.createAssignment.seat.state).toBe('FILLED');
    const query = `query($id: ID!) {
      engineer(id: $id) { peakAllocationPercent overAllocations { from until allocationPercent } }
    }`;

    const agency = await portal.graphql(query, { id: engineerId }, lead());
    expect(agency.data!.engineer).toEqual({
      peakAllocationPercent: 130,
      overAllocations: [{ from: '2027-02-01', until: '2027-02-28', allocationPercent: 130 }],
    });
    const client = await portal.graphql(query, { id: engineerId }, manager());
    expect(client.data!.engineer).toEqual({ peakAllocationPercent: null, overAllocations: null });
  });

  describe('team CSV', () => {
    async function download(token: string, query = '') {
      const response = await fetch(`${baseUrl}/api/engagements/${engagementId}/team.csv${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });

      return { status: response.status, headers: response.headers, text: await response.text() };
    }

    it('lists the team with date-only values, formula-safe, without contact details for the client', async () => {
      const created = await portal.graphql(
        `mutation($input: CreateEngineerProfileInput!) { createEngineerProfile(input: $input) { id } }`,
        {
          input: {
            fullName: '=HYPERLINK("http://evil.example")',
            contactEmail: 'formula@kestrel.example',
            seniority: 'SENIOR',
            location: 'Riga, LV',
            skills: ['Go'],
          },
        },
        admin(),
      );
      await portal.graphql(
        `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
        {
          input: {
            engagementId,
            engineerId: created.data!.createEngineerProfile.id,
            role: 'BACKEND_ENGINEER',
            allocationPercent: 20,
            startDate: '2027-01-04',
            endDate: '2027-01-29',
          },
        },
        admin(),
      );

      const client = await download(manager());
      expect(client.status).toBe(200);
      expect(client.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = client.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(
        'Engineer,Seniority,Role,Allocation %,Start date,End date,Location,Contact email',
      );
      expect(lines).toContain(
        `"'=HYPERLINK(""http://evil.example"")",Senior,Backend engineer,20,2027-01-04,2027-01-29,"Riga, LV",`,
      );
      expect(client.text).not.toContain('@kestrel.example');

      const agency = await download(admin(), '?asOf=2027-01-10');
      expect(agency.text).toContain('formula@kestrel.example');
      expect(agency.text).not.toContain('Maja Horvat');
    });

    it('refuses a malformed date and an engagement of another client', async () => {
      const malformed = await download(manager(), '?asOf=10.01.2027');
      const foreign = await fetch(
        `${baseUrl}/api/engagements/${await idOf(portal.dataSource, 'engagements', 'name', 'Clinical data lakehouse')}/team.csv`,
        { headers: { authorization: `Bearer ${manager()}` } },
      );

      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(foreign.status).toBe(404);
    });
  });
});
