import { AddressInfo } from 'node:net';

import { NotificationKind } from '@portal/domain';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { NotificationService } from '../src/notifications/notification.service';
import { RollOffNotices } from '../src/notifications/roll-off-notices';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title body link readAt engagement { name } } }
  }
  unreadNotificationCount
}`;
const MARK_READ = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
const MARK_ALL_READ = `mutation { markAllNotificationsRead }`;

interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** A local SMTP server that keeps what it receives, as a mail relay would. */
async function startMailbox() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return { received, port, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('notifications in the portal and by e-mail', () => {
  let portal: TestPortal;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let engineer: string;
  let lead: string;
  let balticManager: string;
  let helviaManager: string;
  let payments: string;

  beforeAll(async () => {
    mailbox = await startMailbox();
    portal = await startTestPortal({
      environment: {
        SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
        PUBLIC_URL: 'https://portal.test.invalid',
      },
    });
    engineer = await portal.signIn('engineer@kestrel.example');
    lead = await portal.signIn('lead@kestrel.example');
    balticManager = await portal.signIn('manager@balticmutual.example');
    helviaManager = await portal.signIn('manager@helvia.example');
    payments = await idOf(portal.dataSource, 'engagements', 'name', 'Payments API modernisation');
  });

  afterAll(async () => {
    await portal.close();
    await mailbox.close();
  });

  it('tells the engineer, the account lead and the client managers of a roll-off once', async () => {
    const [assignment] = await portal.dataSource.query(
      `SELECT assignment.id FROM assignments assignment
       JOIN engineer_profiles engineer ON engineer.id = assignment.engineer_id
       JOIN users person ON person.id = engineer.user_id
       WHERE person.email = 'engineer@kestrel.example' AND assignment.engagement_id = $1`,
      [payments],
    );
    await portal.dataSource.query(
      `UPDATE assignments SET end_date = (now() AT TIME ZONE 'UTC')::date + 10 WHERE id = $1`,
      [assignment.id],
    );
    const scanner = portal.app.get(RollOffNotices);

    // The scan also runs once at start-up; whichever run comes first, each person is told once.
    await scanner.scan();
    const again = await scanner.scan();

    const recipients = await portal.dataSource.query(
      `SELECT person.email FROM notifications notification JOIN users person ON person.id = notification.recipient_id
       WHERE notification.kind = 'ROLL_OFF_SOON' AND notification.dedup_key LIKE $1 ORDER BY person.email`,
      [`roll-off:${assignment.id}:%`],
    );
    expect(recipients.map((row: { email: string }) => row.email)).toEqual([
      'engineer@kestrel.example',
      'lead@kestrel.example',
      'manager@balticmutual.example',
    ]);
    expect(again).toBe(0);

    const list = await portal.graphql(LIST, { unreadOnly: true }, engineer);
    const notice = list.data!.notifications.edges.find(
      (edge: { node: { kind: string } }) => edge.node.kind === NotificationKind.ROLL_OFF_SOON,
    ).node;
    expect(notice.title).toMatch(
      /^Tomás Herrera rolls off Payments API modernisation on \d{4}-\d{2}-\d{2}$/,
    );
    expect(notice.link).toBe(`/engagements/${payments}`);
    expect(notice.engagement.name).toBe('Payments API modernisation');
    expect(list.data!.unreadNotificationCount).toBeGreaterThanOrEqual(1);
  });

  it('e-mails each notification once through the configured SMTP server', async () => {
    const mail = await waitFor(
      () => mailbox.received.find((message) => message.to.includes('engineer@kestrel.example')),
      'the roll-off e-mail to the engineer',
    );

    expect(mail.subject).toMatch(
      /^Roll-off within two weeks: Tomás Herrera rolls off Payments API modernisation on \d{4}-\d{2}-\d{2}$/,
    );
    expect(mail.text).toContain(`https://portal.test.invalid/engagements/${payments}`);
    await waitFor(
      () => (mailbox.received.length >= 3 ? true : undefined),
      'e-mails to all three recipients',
    );
    const [{ unsent }] = await portal.dataSource.query(
      `SELECT count(*)::int AS unsent FROM notifications WHERE emailed_at IS NULL`,
    );
    expect(unsent).toBe(0);
    expect(
      mailbox.received.filter((message) => message.to.includes('engineer@kestrel.example')),
    ).toHaveLength(1);
  });

  it('asks the client managers, and only them, to sign off a submitted deliverable', async () => {
    const created = await portal.graphql(
      `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id version } }`,
      {
        input: {
          engagementId: payments,
          title: 'Chargeback webhook contract',
          type: 'API_CONTRACT',
          dueDate: '2027-01-29',
        },
      },
      engineer,
    );
    const { id, version } = created.data!.createDeliverable;
    const submitted = await portal.graphql(
      `mutation($input: SubmitDeliverableInput!) { submitDeliverable(input: $input) { id } }`,
      {
        input: {
          id,
          version,
          pinnedVersion: {
            kind: 'TAG',
            value: 'v1.4.0',
            url: 'https://git.example/chargebacks/v1.4.0',
          },
        },
      },
      engineer,
    );
    expect(submitted.errors).toBeUndefined();

    const signOffNotices = async (token: string) =>
      (await portal.graphql(LIST, { first: 50 }, token))
        .data!.notifications.edges.map(
          (edge: { node: { kind: string; title: string; body: string } }) => edge.node,
        )
        .filter((node: { kind: string }) => node.kind === 'DELIVERABLE_AWAITING_SIGN_OFF');

    expect(await signOffNotices(balticManager)).toEqual([
      expect.objectContaining({
        title: 'Chargeback webhook contract awaits your sign-off',
        body: expect.stringContaining('v1.4.0 on Payments API modernisation'),
        link: `/engagements/${payments}`,
      }),
    ]);
    expect(await signOffNotices(helviaManager)).toEqual([]);
    expect(await signOffNotices(engineer)).toEqual([]);
  });

  it('asks the other side to approve a staffing change, and tells everyone involved of an interview', async () => {
    const noticesOf = async (token: string, kind: string) =>
      (await portal.graphql(LIST, { first: 50 }, token))
        .data!.notifications.edges.map(
          (edge: { node: { kind: string; title: string; body: string; link: string } }) =>
            edge.node,
        )
        .filter((node: { kind: string }) => node.kind === kind);
    const requested = await portal.graphql(
      `mutation($input: RequestStaffingChangeInput!) { requestStaffingChange(input: $input) { id version } }`,
      {
        input: {
          engagementId: payments,
          kind: 'SCALE_UP',
          effectiveDate: '2027-02-01',
          reason: 'Chargebacks squad',
          role: 'BACKEND_ENGINEER',
          seniority: 'SENIOR',
          allocationPercent: 100,
          seatCount: 1,
        },
      },
      balticManager,
    );
    const change = requested.data!.requestStaffingChange;

    expect(await noticesOf(lead, 'STAFFING_CHANGE_AWAITING_APPROVAL')).toEqual([
      expect.objectContaining({
        title: 'Scale up on Payments API modernisation awaits your approval',
        body: 'Ilze Kalnina asks for it from 2027-02-01: Chargebacks squad',
      }),
    ]);
    expect(await noticesOf(balticManager, 'STAFFING_CHANGE_AWAITING_APPROVAL')).toEqual([]);

    await portal.graphql(
      `mutation($input: DecideStaffingChangeInput!) { approveStaffingChange(input: $input) { state } }`,
      { input: { id: change.id, version: change.version } },
      lead,
    );
    const [seat] = await portal.dataSource.query(
      'SELECT id FROM seats WHERE staffing_change_id = $1',
      [change.id],
    );
    const tomas = await idOf(portal.dataSource, 'engineer_profiles', 'full_name', 'Tomás Herrera');
    const proposed = await portal.graphql(
      `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
      { input: { seatId: seat.id, engineerId: tomas, pitch: 'Knows the payments code' } },
      lead,
    );
    const managerId = await idOf(
      portal.dataSource,
      'users',
      'email',
      'manager@balticmutual.example',
    );
    const scheduled = await portal.graphql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: {
          candidateId: proposed.data!.proposeCandidate.id,
          scheduledAt: '2027-01-20T09:30:00Z',
          timeZone: 'Europe/Riga',
          durationMinutes: 45,
          interviewerIds: [managerId],
        },
      },
      balticManager,
    );
    expect(scheduled.errors).toBeUndefined();

    const expected = {
      title: 'Interview with Tomás Herrera for Payments API modernisation',
      body: '20 Jan 2027, 11:30 (Europe/Riga), 45 minutes.',
    };
    expect(await noticesOf(lead, 'INTERVIEW_SCHEDULED')).toEqual([
      expect.objectContaining({ ...expected, link: `/engagements/${payments}` }),
    ]);
    expect(await noticesOf(balticManager, 'INTERVIEW_SCHEDULED')).toEqual([
      expect.objectContaining(expected),
    ]);
    expect(await noticesOf(engineer, 'INTERVIEW_SCHEDULED')).toEqual([
      expect.objectContaining({ ...expected, link: '/candidacies' }),
    ]);
    expect(await noticesOf(helviaManager, 'INTERVIEW_SCHEDULED')).toEqual([]);
  });

  it('keeps each user’s notifications to themselves', async () => {
    const mine = await portal.graphql(LIST, {}, balticManager);
    const noticeId = mine.data!.notifications.edges[0].node.id;

    const otherClient = await portal.graphql(LIST, {}, helviaManager);
    const forged = await portal.graphql(MARK_READ, { ids: [noticeId] }, helviaManager);
    const markAll = await portal.graphql(MARK_ALL_READ, {}, helviaManager);
    const stillUnread = await portal.graphql(LIST, { unreadOnly: true }, balticManager);

    expect(otherClient.data!.notifications.totalCount).toBe(0);
    expect(forged.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(markAll.data!.markAllNotificationsRead).toBe(0);
    expect(
      stillUnread.data!.notifications.edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toContain(noticeId);
  });

  it('marks notifications read, one by one or all at once', async () => {
    const before = await portal.graphql(LIST, { unreadOnly: true }, lead);
    const first = before.data!.notifications.edges[0].node.id;

    const marked = await portal.graphql(MARK_READ, { ids: [first, first] }, lead);
    const afterOne = await portal.graphql(LIST, { unreadOnly: true }, lead);
    const all = await portal.graphql(MARK_ALL_READ, {}, lead);
    const afterAll = await portal.graphql(LIST, {}, lead);

    expect(marked.data!.markNotificationsRead).toEqual([{ id: first, readAt: expect.any(String) }]);
    expect(afterOne.data!.unreadNotificationCount).toBe(before.data!.unreadNotificationCount - 1);
    expect(all.data!.markAllNotificationsRead).toBe(afterOne.data!.unreadNotificationCount);
    expect(afterAll.data!.unreadNotificationCount).toBe(0);
    expect(
      afterAll.data!.notifications.edges.every(
        (edge: { node: { readAt: string } }) => edge.node.readAt,
      ),
    ).toBe(true);
  });

  it('pages through notifications newest first', async () => {
    const service = portal.app.get(NotificationService);
    const leadId = await idOf(portal.dataSource, 'users', 'email', 'lead@kestrel.example');
    for (const number of [1, 2, 3]) {
      await portal.dataSource.transaction((manager) =>
        service.notify(manager, [leadId], {
          kind: NotificationKind.DELIVERABLE_AWAITING_SIGN_OFF,
          engagementId: payments,
          title: `Notice ${number}`,
          body: '',
          link: `/engagements/${payments}`,
          dedupKey: `page-test:${number}`,
        }),
      );
    }

    const firstPage = await portal.graphql(LIST, { first: 2 }, lead);
    const secondPage = await portal.graphql(
      LIST,
      { first: 2, after: firstPage.data!.notifications.pageInfo.endCursor },
      lead,
    );
    const titles = [firstPage, secondPage].flatMap((page) =>
      page.data!.notifications.edges.map((edge: { node: { title: string } }) => edge.node.title),
    );

    expect(titles.slice(0, 3)).toEqual(['Notice 3', 'Notice 2', 'Notice 1']);
    expect(firstPage.data!.notifications.pageInfo.hasNextPage).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('refuses malformed requests with a code', async () => {
    const empty = await portal.graphql(MARK_READ, { ids: [] }, lead);
    const badId = await portal.graphql(MARK_READ, { ids: ['not-an-id'] }, lead);
    const tooMany = await portal.graphql(LIST, { first: 1000 }, lead);
    const anonymous = await portal.graphql(LIST, {});

    expect(empty.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
