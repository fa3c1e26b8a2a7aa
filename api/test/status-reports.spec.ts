import { createHash } from 'node:crypto';

import stableStringify from 'json-stable-stringify';

import { idOf, startTestPortal, TestPortal } from './support/test-app';

const CREATE = `mutation($input: CreateStatusReportInput!) {
  createStatusReport(input: $input) { id version state snapshot { summary } }
}`;
const UPDATE = `mutation($input: UpdateStatusReportInput!) { updateStatusReport(input: $input) { id version summary } }`;
const PUBLISH = `mutation($input: PublishStatusReportInput!) {
  publishStatusReport(input: $input) {
    id version state publishedAt snapshotSha256 pdfPath publishedBy { displayName }
    snapshot {
      engagementName clientName periodFrom periodTo summary highlights risksAndNextSteps publishedBy
      health { status reasons { code count message } }
      milestones { title dueDate accepted total overdue }
      deliverables { title status dueDate milestone pinnedVersion { kind value url } }
      raidItems { kind title severity status owner }
    }
  }
}`;
const REPORT = `query($id: ID!) { statusReport(id: $id) { state snapshot { summary deliverables { title status } raidItems { title status } health { status } } } }`;

describe('status reports and exports', () => {
  let portal: TestPortal;
  let engagementId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    portal = await startTestPortal();
    for (const email of [
      'lead@kestrel.example',
      'engineer@kestrel.example',
      'manager@balticmutual.example',
      'viewer@balticmutual.example',
      'manager@helvia.example',
    ]) {
      tokens[email] = await portal.signIn(email);
    }
    engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
  });

  afterAll(() => portal.close());

  async function draft(summary = 'December: contract tests and runbook sign-off') {
    const result = await portal.graphql(
      CREATE,
      {
        input: {
          engagementId,
          periodFrom: '2026-12-01',
          periodTo: '2026-12-31',
          summary,
          highlights: 'Refund contract tests green',
          risksAndNextSteps: 'Book the certification slot',
        },
      },
      tokens['lead@kestrel.example'],
    );
    expect(result.errors).toBeUndefined();

    return result.data!.createStatusReport as { id: string; version: number };
  }

  function download(path: string, email: string) {
    return portal.app.inject({
      method: 'GET',
      url: path,
      headers: { authorization: `Bearer ${tokens[email]}` },
    });
  }

  it('keeps drafts from the client, and their words out of the activity log', async () => {
    const report = await draft('Secret draft wording about the budget');
    const byManager = await portal.graphql(
      REPORT,
      { id: report.id },
      tokens['manager@balticmutual.example'],
    );
    const list = await portal.graphql(
      `query($id: ID!) { engagement(id: $id) { statusReports { id state } } engagementActivity(engagementId: $id, first: 100) { changes } }`,
      { id: engagementId },
      tokens['manager@balticmutual.example'],
    );

    expect(byManager.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(list.data!.engagement.statusReports.map((item: any) => item.state)).toEqual([
      'PUBLISHED',
    ]);
    expect(JSON.stringify(list.data!.engagementActivity)).not.toContain('Secret draft wording');
  });

  it('publishes a frozen snapshot with its hash, and shows it to the client', async () => {
    const report = await draft();
    const edited = await portal.graphql(
      UPDATE,
      { input: { id: report.id, version: report.version, summary: 'December: on plan' } },
      tokens['lead@kestrel.example'],
    );
    const published = await portal.graphql(
      PUBLISH,
      { input: { id: report.id, version: edited.data!.updateStatusReport.version } },
      tokens['lead@kestrel.example'],
    );
    const result = published.data!.publishStatusReport;
    const [row] = await portal.dataSource.query(
      'SELECT snapshot, snapshot_sha256 FROM status_reports WHERE id = $1',
      [report.id],
    );
    const byManager = await portal.graphql(
      REPORT,
      { id: report.id },
      tokens['viewer@balticmutual.example'],
    );

    expect(published.errors).toBeUndefined();
    expect(result).toMatchObject({
      state: 'PUBLISHED',
      pdfPath: `/api/status-reports/${report.id}/pdf`,
      publishedBy: { displayName: 'Marco Bianchi' },
    });
    expect(result.snapshot).toMatchObject({
      engagementName: 'Payments API modernisation',
      clientName: 'Baltic Mutual Bank',
      summary: 'December: on plan',
      periodFrom: '2026-12-01',
      periodTo: '2026-12-31',
    });
    expect(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']).toContain(result.snapshot.health.status);
    expect(result.snapshot.milestones.map((item: any) => item.title)).toEqual([
      'Payments API v2 live',
      'DORA operational readiness',
    ]);
    expect(
      result.snapshot.deliverables.find(
        (item: any) => item.title === 'Incident runbook for payment outages',
      ),
    ).toMatchObject({
      status: 'SUBMITTED',
      milestone: 'DORA operational readiness',
      pinnedVersion: { kind: 'TAG', value: 'runbook-v1.2' },
    });
    const raidTitles = result.snapshot.raidItems.map((item: any) => item.title);
    expect(raidTitles).toContain('Card scheme certification window may slip');
    expect(raidTitles).not.toContain('Tech lead rotation in February');
    expect(raidTitles).not.toContain('2027 budget for the gateway team not yet approved');
    expect(row.snapshot_sha256).toBe(result.snapshotSha256);
    expect(createHash('sha256').update(stableStringify(row.snapshot)!).digest('hex')).toBe(
      row.snapshot_sha256,
    );
    expect(byManager.data!.statusReport.snapshot.summary).toBe('December: on plan');
  });

  it('refuses edits after publishing, and later changes never alter what was published', async () => {
    const report = await draft();
    const published = (
      await portal.graphql(
        PUBLISH,
        { input: { id: report.id, version: report.version } },
        tokens['lead@kestrel.example'],
      )
    ).data!.publishStatusReport;
    const before = await portal.graphql(
      REPORT,
      { id: report.id },
      tokens['manager@balticmutual.example'],
    );

    const edit = await portal.graphql(
      UPDATE,
      { input: { id: report.id, version: published.version, summary: 'Rewritten history' } },
      tokens['lead@kestrel.example'],
    );
    const again = await portal.graphql(
      PUBLISH,
      { input: { id: report.id, version: published.version } },
      tokens['lead@kestrel.example'],
    );
    const [runbook] = await portal.dataSource.query(
      `SELECT id, version, pinned_value AS "pinnedValue" FROM deliverables WHERE title = 'Incident runbook for payment outages'`,
    );
    const signedOff = await portal.graphql(
      'mutation($input: SignOffDeliverableInput!) { signOffDeliverable(input: $input) { status } }',
      {
        input: {
          id: runbook.id,
          version: runbook.version,
          pinnedValue: runbook.pinnedValue,
          decision: 'ACCEPTED',
        },
      },
      tokens['manager@balticmutual.example'],
    );
    const after = await portal.graphql(
      REPORT,
      { id: report.id },
      tokens['manager@balticmutual.example'],
    );
    const [row] = await portal.dataSource.query(
      'SELECT snapshot, snapshot_sha256 FROM status_reports WHERE id = $1',
      [report.id],
    );

    expect(edit.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(again.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(signedOff.data!.signOffDeliverable.status).toBe('ACCEPTED');
    expect(after.data).toEqual(before.data);
    expect(
      after.data!.statusReport.snapshot.deliverables.find(
        (item: any) => item.title === 'Incident runbook for payment outages',
      ).status,
    ).toBe('SUBMITTED');
    expect(createHash('sha256').update(stableStringify(row.snapshot)!).digest('hex')).toBe(
      published.snapshotSha256,
    );
  });

  it('lets one of two simultaneous publications win', async () => {
    const report = await draft();
    const results = await Promise.all(
      [1, 2].map(() =>
        portal.graphql(
          PUBLISH,
          { input: { id: report.id, version: report.version } },
          tokens['lead@kestrel.example'],
        ),
      ),
    );

    expect(results.map((result) => result.errors?.[0].extensions.code ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
  });

  it('leaves drafting and publishing to account leads and admins', async () => {
    for (const email of ['engineer@kestrel.example', 'manager@balticmutual.example']) {
      const result = await portal.graphql(
        CREATE,
        { input: { engagementId, periodFrom: '2026-12-01', periodTo: '2026-12-31' } },
        tokens[email],
      );

      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const backwards = await portal.graphql(
      CREATE,
      { input: { engagementId, periodFrom: '2026-12-31', periodTo: '2026-12-01' } },
      tokens['lead@kestrel.example'],
    );
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'periodTo' }],
    });
  });

  it('serves the PDF of a published report to the client, not of a draft, and not to another client', async () => {
    const [published] = await portal.dataSource.query(
      `SELECT id FROM status_reports WHERE state = 'PUBLISHED' AND engagement_id = $1 ORDER BY published_at LIMIT 1`,
      [engagementId],
    );
    const [unpublished] = await portal.dataSource.query(
      `SELECT id FROM status_reports WHERE state = 'DRAFT' AND engagement_id = $1 LIMIT 1`,
      [engagementId],
    );

    const pdf = await download(
      `/api/status-reports/${published.id}/pdf`,
      'manager@balticmutual.example',
    );
    const draftByClient = await download(
      `/api/status-reports/${unpublished.id}/pdf`,
      'viewer@balticmutual.example',
    );
    const draftByLead = await download(
      `/api/status-reports/${unpublished.id}/pdf`,
      'lead@kestrel.example',
    );
    const foreign = await download(
      `/api/status-reports/${published.id}/pdf`,
      'manager@helvia.example',
    );

    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment;/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(draftByClient.statusCode).toBe(404);
    expect(draftByLead.statusCode).toBe(409);
    expect(draftByLead.json().errors[0].extensions.code).toBe('CONFLICT');
    expect(foreign.statusCode).toBe(404);
  });

  it('exports deliverables as formula-safe CSV with plain dates, to those who see the engagement', async () => {
    await portal.graphql(
      `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
      {
        input: {
          engagementId,
          title: '=HYPERLINK("https://evil.example","Refund spec")',
          type: 'API_CONTRACT',
          dueDate: '2027-01-31',
        },
      },
      tokens['lead@kestrel.example'],
    );

    const csv = await download(
      `/api/engagements/${engagementId}/deliverables.csv`,
      'viewer@balticmutual.example',
    );
    const foreign = await download(
      `/api/engagements/${engagementId}/deliverables.csv`,
      'manager@helvia.example',
    );
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');

    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(lines[0]).toBe(
      'Title,Type,Status,Due date,Milestone,Pinned version kind,Pinned version,Version link,Submitted on (UTC)',
    );
    // Accepted by the client in an earlier test of this suite.
    expect(lines).toContain(
      'Incident runbook for payment outages,Runbook,Accepted,2026-11-27,DORA operational readiness,TAG,runbook-v1.2,https://git.balticmutual.example/payments/runbooks/-/tags/runbook-v1.2,2026-11-24',
    );
    expect(lines).toContain(
      `"'=HYPERLINK(""https://evil.example"",""Refund spec"")",API contract,Planned,2027-01-31,,,,,`,
    );
    expect(foreign.statusCode).toBe(404);
  });
});
