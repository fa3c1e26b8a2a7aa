import { listen } from './support/http-portal';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const GRANT = `mutation($input: GrantAuditAccessInput!) { grantAuditAccess(input: $input) { id frameworks expiresAt auditor { displayName } } }`;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

describe('auditor access through grants', () => {
  let portal: TestPortal;
  let baseUrl: string;
  let officer: string;
  let auditor: string;
  let payments: string;
  let grantId: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    baseUrl = await listen(portal);
    officer = await portal.signIn('compliance@balticmutual.example');
    auditor = await portal.signIn('auditor@veritas.example');
    payments = await idOf(portal.dataSource, 'engagements', 'name', 'Payments API modernisation');
  });

  afterAll(() => portal.close());

  const grantInput = (overrides: Record<string, unknown> = {}) => ({
    auditorEmail: 'auditor@veritas.example',
    engagementId: payments,
    frameworks: ['ISO27001'],
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    expiresAt: hoursFromNow(2),
    ...overrides,
  });

  it('sees nothing before a grant', async () => {
    const result = await portal.graphql(
      'query($id: ID!) { engagement(id: $id) { id } }',
      { id: payments },
      auditor,
    );

    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses grants that make no sense or come from the wrong people', async () => {
    const notAuditor = await portal.graphql(
      GRANT,
      { input: grantInput({ auditorEmail: 'viewer@balticmutual.example' }) },
      officer,
    );
    const past = await portal.graphql(
      GRANT,
      { input: grantInput({ expiresAt: hoursFromNow(-1) }) },
      officer,
    );
    const outOfScope = await portal.graphql(
      GRANT,
      { input: grantInput({ frameworks: ['NIS2'] }) },
      officer,
    );
    const byManager = await portal.graphql(
      GRANT,
      { input: grantInput() },
      await portal.signIn('manager@balticmutual.example'),
    );
    const foreign = await portal.graphql(
      GRANT,
      {
        input: grantInput({
          engagementId: await idOf(
            portal.dataSource,
            'engagements',
            'name',
            'Clinical data lakehouse',
          ),
        }),
      },
      officer,
    );

    expect(notAuditor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'auditorEmail' }],
    });
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'expiresAt' }],
    });
    expect(outOfScope.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'frameworks' }],
    });
    expect(byManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets the auditor read the granted engagement and frameworks only', async () => {
    const granted = await portal.graphql(GRANT, { input: grantInput() }, officer);
    grantId = granted.data!.grantAuditAccess.id;

    const result = await portal.graphql(
      `query($id: ID!) {
        engagements { edges { node { name } } }
        engagement(id: $id) { name team { id } deliverables { id } client { name } frameworks { framework } }
        iso: engagementRequirements(engagementId: $id, framework: ISO27001, first: 100) { totalCount edges { node { reference evidence { title } } } }
        gdpr: engagementRequirements(engagementId: $id, framework: GDPR) { totalCount }
        myAuditGrants { frameworks engagement { name } }
      }`,
      { id: payments },
      auditor,
    );
    const data = result.data!;

    expect(data.engagements.edges.map((edge: any) => edge.node.name)).toEqual([
      'Payments API modernisation',
    ]);
    expect(data.engagement).toMatchObject({
      name: 'Payments API modernisation',
      team: [],
      deliverables: [],
    });
    expect(data.iso.totalCount).toBe(118);
    expect(
      data.iso.edges.find((edge: any) => edge.node.reference === 'A.5.26').node.evidence,
    ).toEqual([{ title: 'Payment outage incident runbook' }]);
    expect(data.gdpr.totalCount).toBe(0);
    expect(data.myAuditGrants).toEqual([
      { frameworks: ['ISO27001'], engagement: { name: 'Payments API modernisation' } },
    ]);
  });

  it('records every view by the auditor in the activity log', async () => {
    const [{ before }] = await portal.dataSource.query(
      `SELECT count(*)::int AS before FROM activity_events WHERE action = 'auditor.viewed'`,
    );
    await portal.graphql(
      'query AuditorLooks($id: ID!) { engagement(id: $id) { name } }',
      { id: payments },
      auditor,
    );
    const [event] = await portal.dataSource.query(
      `SELECT entity_id, engagement_id, actor_label FROM activity_events WHERE action = 'auditor.viewed' ORDER BY seq DESC LIMIT 1`,
    );
    const [{ after }] = await portal.dataSource.query(
      `SELECT count(*)::int AS after FROM activity_events WHERE action = 'auditor.viewed'`,
    );

    expect(after).toBe(before + 1);
    expect(event).toMatchObject({
      entity_id: 'AuditorLooks',
      engagement_id: payments,
      actor_label: 'Helen Brooks (AUDITOR)',
    });
  });

  it('lets the auditor download packs within the grant, recorded, and no others', async () => {
    const within = await portal.graphql(
      `mutation($input: ExportAuditPackInput!) { exportAuditPack(input: $input) { id } }`,
      {
        input: {
          engagementId: payments,
          frameworks: ['ISO27001'],
          periodFrom: '2026-03-01',
          periodTo: '2026-06-30',
        },
      },
      officer,
    );
    const wider = await portal.graphql(
      `mutation($input: ExportAuditPackInput!) { exportAuditPack(input: $input) { id } }`,
      {
        input: {
          engagementId: payments,
          frameworks: ['ISO27001', 'GDPR'],
          periodFrom: '2026-03-01',
          periodTo: '2026-06-30',
        },
      },
      officer,
    );
    const withinId = within.data!.exportAuditPack.id;
    for (let attempt = 0; attempt < 120; attempt += 1) {
      const [{ status }] = await portal.dataSource.query(
        'SELECT status FROM audit_packs WHERE id = $1',
        [withinId],
      );
      if (status === 'SUCCEEDED') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const listed = await portal.graphql(
      'query($id: ID!) { auditPacks(engagementId: $id) { id } }',
      { id: payments },
      auditor,
    );
    expect(listed.data!.auditPacks.map((pack: any) => pack.id)).toEqual([withinId]);
    const refused = await portal.graphql(
      'query($id: ID!) { auditPack(id: $id) { id } }',
      { id: wider.data!.exportAuditPack.id },
      auditor,
    );
    expect(refused.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const download = await fetch(`${baseUrl}/api/audit-packs/${withinId}/download`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(download.status).toBe(200);
    const [event] = await portal.dataSource.query(
      `SELECT entity_id FROM activity_events WHERE action = 'auditor.downloaded-pack' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event.entity_id).toBe(withinId);
  });

  it('loses access when the grant expires, without anyone acting', async () => {
    await portal.dataSource.query(
      `UPDATE audit_grants SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [grantId],
    );
    const result = await portal.graphql(
      'query($id: ID!) { engagement(id: $id) { id } auditPacks(engagementId: $id) { id } }',
      { id: payments },
      auditor,
    );
    const mine = await portal.graphql('{ myAuditGrants { id } }', {}, auditor);

    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(mine.data!.myAuditGrants).toEqual([]);
  });

  it('loses access at once when the grant is revoked', async () => {
    const granted = await portal.graphql(GRANT, { input: grantInput() }, officer);
    const id = granted.data!.grantAuditAccess.id;
    expect(
      (
        await portal.graphql(
          'query($id: ID!) { engagement(id: $id) { id } }',
          { id: payments },
          auditor,
        )
      ).data,
    ).not.toBeNull();

    await portal.graphql(
      'mutation($id: ID!) { revokeAuditAccess(id: $id) { revokedAt } }',
      { id },
      officer,
    );
    const after = await portal.graphql(
      'query($id: ID!) { engagement(id: $id) { id } }',
      { id: payments },
      auditor,
    );

    expect(after.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps grants of one client away from another client', async () => {
    const healthOfficer = await portal.signIn('compliance@helvia.example');
    const list = await portal.graphql(
      'query($id: ID!) { auditGrants(engagementId: $id) { id } }',
      { id: payments },
      healthOfficer,
    );
    const revoke = await portal.graphql(
      'mutation($id: ID!) { revokeAuditAccess(id: $id) { id } }',
      { id: grantId },
      healthOfficer,
    );
    const byAuditor = await portal.graphql(
      'mutation($id: ID!) { revokeAuditAccess(id: $id) { id } }',
      { id: grantId },
      auditor,
    );

    expect(list.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(revoke.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(byAuditor.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('the granting client sees its auditors', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal();
  });

  afterAll(() => portal.close());

  it('names the auditor of a grant to the compliance officer, not to another client', async () => {
    const officer = await portal.signIn('compliance@balticmutual.example');
    const payments = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Payments API modernisation',
    );
    const granted = await portal.graphql(
      `mutation($input: GrantAuditAccessInput!) { grantAuditAccess(input: $input) { auditor { displayName email } } }`,
      {
        input: {
          auditorEmail: 'auditor@veritas.example',
          engagementId: payments,
          frameworks: ['ISO27001'],
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
          expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      },
      officer,
    );
    const auditorId = await idOf(portal.dataSource, 'users', 'email', 'auditor@veritas.example');
    const otherClient = await portal.graphql(
      'query($id: ID!) { user(id: $id) { id } }',
      { id: auditorId },
      await portal.signIn('compliance@helvia.example'),
    );

    expect(granted.data!.grantAuditAccess.auditor).toMatchObject({ displayName: 'Helen Brooks' });
    expect(otherClient.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
