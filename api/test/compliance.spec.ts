import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { listen, upload } from './support/http-portal';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const MATRIX = `query($engagementId: ID!, $framework: FrameworkKey!, $filter: RequirementFilter, $after: String) {
  engagementRequirements(engagementId: $engagementId, framework: $framework, filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id reference title group status evidenceStatus freshness version
      evidence { id title }
      mappedEvidence { evidence { id } via { framework reference } relation source } } }
  }
}`;
const COVERAGE = `query($id: ID!) { engagement(id: $id) { frameworks { framework name catalogVersion coverage { total applicable covered percent } } } }`;
const REVIEW = `mutation($input: ReviewEvidenceInput!) { reviewEvidence(input: $input) { id decision reviewer { displayName } } }`;

describe('compliance: scope, evidence, review, coverage', () => {
  let portal: TestPortal;
  let baseUrl: string;
  let engineer: string;
  let officer: string;
  let viewer: string;
  let payments: string;

  beforeAll(async () => {
    portal = await startTestPortal({ environment: { MAX_UPLOAD_BYTES: String(64 * 1024) } });
    baseUrl = await listen(portal);
    engineer = await portal.signIn('engineer@kestrel.example');
    officer = await portal.signIn('compliance@balticmutual.example');
    viewer = await portal.signIn('viewer@balticmutual.example');
    payments = await idOf(portal.dataSource, 'engagements', 'name', 'Payments API modernisation');
  });

  afterAll(() => portal.close());

  async function matrix(framework: string, token = officer, engagementId = payments) {
    const nodes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const result: any = await portal.graphql(MATRIX, { engagementId, framework, after }, token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      nodes.push(...result.data.engagementRequirements.edges.map((edge: any) => edge.node));
      if (!result.data.engagementRequirements.pageInfo.hasNextPage) return nodes;
      after = result.data.engagementRequirements.pageInfo.endCursor;
    }
  }

  async function requirement(framework: string, reference: string) {
    return (await matrix(framework)).find((item: any) => item.reference === reference);
  }

  async function coverage(framework: string) {
    const result = await portal.graphql(COVERAGE, { id: payments }, officer);

    return result.data!.engagement.frameworks.find((item: any) => item.framework === framework)
      .coverage;
  }

  function stagingFiles() {
    const staging = path.join(portal.dataDirectory, 'blobs', 'staging');
    return fs.existsSync(staging) ? fs.readdirSync(staging) : [];
  }

  it('lists the shipped catalogs with their sizes', async () => {
    const result = await portal.graphql(
      '{ frameworkCatalogs { key requirementCount catalogVersion } }',
      {},
      viewer,
    );
    const counts = Object.fromEntries(
      result.data!.frameworkCatalogs.map((item: any) => [item.key, item.requirementCount]),
    );

    expect(counts.SOC2).toBe(61);
    expect(counts.ISO27001).toBe(93 + 25);
    expect(Object.keys(counts).sort()).toEqual(['DORA', 'GDPR', 'ISO27001', 'NIS2', 'SOC2']);
  });

  it('derives each requirement’s evidence status from the demo evidence by the documented rule', async () => {
    const iso = await matrix('ISO27001');
    const status = (reference: string) =>
      iso.find((item: any) => item.reference === reference).evidenceStatus;

    expect(iso).toHaveLength(118);
    expect(status('A.5.26')).toBe('COVERED');
    expect(status('A.8.22')).toBe('EXPIRED');
    expect(status('A.8.13')).toBe('PENDING_REVIEW');
    expect(status('A.8.25')).toBe('MISSING');
    expect(status('A.7.5')).toBe('NOT_APPLICABLE');
    expect(iso.find((item: any) => item.reference === 'A.5.18').freshness).toBe('EXPIRING');
    expect(iso.find((item: any) => item.reference === 'A.5.26')).toMatchObject({
      freshness: 'FRESH',
      title: expect.any(String),
    });
  });

  it('filters the matrix by evidence status and by text', async () => {
    const covered = await portal.graphql(
      MATRIX,
      { engagementId: payments, framework: 'ISO27001', filter: { evidenceStatus: 'COVERED' } },
      officer,
    );
    const search = await portal.graphql(
      MATRIX,
      { engagementId: payments, framework: 'ISO27001', filter: { search: 'A.8.1' } },
      officer,
    );

    expect(
      covered.data!.engagementRequirements.edges.every(
        (edge: any) => edge.node.evidenceStatus === 'COVERED',
      ),
    ).toBe(true);
    expect(covered.data!.engagementRequirements.totalCount).toBeGreaterThan(0);
    expect(
      search.data!.engagementRequirements.edges.map((edge: any) => edge.node.reference),
    ).toContain('A.8.13');
  });

  it('scopes a framework with all its requirements and refuses to drop one that holds evidence', async () => {
    const added = await portal.graphql(
      `mutation($input: SetEngagementFrameworksInput!) { setEngagementFrameworks(input: $input) { frameworks { framework coverage { total } } } }`,
      { input: { engagementId: payments, frameworks: ['DORA', 'ISO27001', 'GDPR', 'SOC2'] } },
      officer,
    );
    expect(
      added.data!.setEngagementFrameworks.frameworks.find((item: any) => item.framework === 'SOC2')
        .coverage.total,
    ).toBe(61);

    const dropIso = await portal.graphql(
      `mutation($input: SetEngagementFrameworksInput!) { setEngagementFrameworks(input: $input) { id } }`,
      { input: { engagementId: payments, frameworks: ['DORA', 'GDPR', 'SOC2'] } },
      officer,
    );
    expect(dropIso.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'frameworks' }],
    });

    const dropSoc = await portal.graphql(
      `mutation($input: SetEngagementFrameworksInput!) { setEngagementFrameworks(input: $input) { frameworks { framework } } }`,
      { input: { engagementId: payments, frameworks: ['DORA', 'ISO27001', 'GDPR'] } },
      officer,
    );
    expect(
      dropSoc.data!.setEngagementFrameworks.frameworks.map((item: any) => item.framework).sort(),
    ).toEqual(['DORA', 'GDPR', 'ISO27001']);
  });

  it('requires a justification for not applicable and leaves it out of coverage', async () => {
    const before = await coverage('ISO27001');
    const target = await requirement('ISO27001', 'A.7.1');
    const UPDATE = `mutation($input: UpdateEngagementRequirementInput!) { updateEngagementRequirement(input: $input) { status justification version } }`;

    const bare = await portal.graphql(
      UPDATE,
      { input: { id: target.id, version: target.version, status: 'NOT_APPLICABLE' } },
      officer,
    );
    expect(bare.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'justification' }],
    });

    const justified = await portal.graphql(
      UPDATE,
      {
        input: {
          id: target.id,
          version: target.version,
          status: 'NOT_APPLICABLE',
          justification: 'Cloud only: no premises in scope.',
        },
      },
      officer,
    );
    expect(justified.data!.updateEngagementRequirement).toMatchObject({
      status: 'NOT_APPLICABLE',
      version: target.version + 1,
    });
    expect((await coverage('ISO27001')).applicable).toBe(before.applicable - 1);

    const stale = await portal.graphql(
      UPDATE,
      { input: { id: target.id, version: target.version, status: 'IN_PROGRESS' } },
      officer,
    );
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('uploads a file over multipart, stores it by hash, and serves it back safely', async () => {
    const target = await requirement('ISO27001', 'A.8.15');
    const name = 'Prüfbericht "Q3" ../../etc/passwd.pdf';
    const result = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, title: 'Logging review', requirementIds: [target.id] },
      { name, bytes: PDF },
    );

    expect(result.status).toBe(201);
    expect(result.body.version).toMatchObject({
      number: 1,
      sha256: sha256(PDF),
      sizeBytes: PDF.length,
      contentType: 'application/pdf',
      fileName: 'passwd.pdf',
    });
    const blob = path.join(
      portal.dataDirectory,
      'blobs',
      'sha256',
      sha256(PDF).slice(0, 2),
      sha256(PDF),
    );
    expect(fs.readFileSync(blob)).toEqual(PDF);

    const unicode = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, title: 'Zusammenfassung' },
      { name: 'Übersicht "final" März.pdf', bytes: PDF },
    );
    const download = await fetch(
      `${baseUrl}/api/evidence-versions/${unicode.body.version.id}/content`,
      { headers: { authorization: `Bearer ${viewer}` } },
    );
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''%C3%9Cbersicht%20%22final%22%20M%C3%A4rz.pdf`,
    );
    expect((await requirement('ISO27001', 'A.8.15')).evidenceStatus).toBe('PENDING_REVIEW');
  });

  it('adds a new version to existing file evidence', async () => {
    const first = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, title: 'Versioned' },
      { name: 'v.pdf', bytes: PDF },
    );
    const changed = Buffer.concat([PDF, Buffer.from('% second version\n')]);
    const second = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, evidenceId: first.body.evidence.id, title: 'Versioned' },
      { name: 'v2.pdf', bytes: changed },
    );

    expect(second.status).toBe(201);
    expect(second.body.version).toMatchObject({ number: 2, sha256: sha256(changed) });
  });

  it('refuses a file over the size limit with 413 and stores nothing', async () => {
    const [{ before }] = await portal.dataSource.query(
      'SELECT count(*)::int AS before FROM evidence_versions',
    );
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 32)]);
    const result = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, title: 'Too big' },
      { name: 'big.pdf', bytes: big },
    );
    const [{ after }] = await portal.dataSource.query(
      'SELECT count(*)::int AS after FROM evidence_versions',
    );

    expect(result.status).toBe(413);
    expect(result.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(after).toBe(before);
    expect(stagingFiles()).toEqual([]);
    expect(
      fs.existsSync(
        path.join(portal.dataDirectory, 'blobs', 'sha256', sha256(big).slice(0, 2), sha256(big)),
      ),
    ).toBe(false);
  });

  it.each([
    [
      'an executable named .pdf',
      'report.pdf',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]),
    ],
    ['binary bytes named .csv', 'data.csv', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00])],
    [
      'a PNG named .pdf',
      'chart.pdf',
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
    ],
    ['an unknown extension', 'notes.exe', Buffer.from('plain text')],
  ])('refuses %s with 415 and stores nothing', async (_case, name, bytes) => {
    const result = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, title: 'Wrong type' },
      { name, bytes },
    );

    expect(result.status).toBe(415);
    expect(result.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(
      fs.existsSync(
        path.join(
          portal.dataDirectory,
          'blobs',
          'sha256',
          sha256(bytes).slice(0, 2),
          sha256(bytes),
        ),
      ),
    ).toBe(false);
    expect(stagingFiles()).toEqual([]);
  });

  it('reports bad fields with their names', async () => {
    const result = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, title: 'x', coversFrom: '2026-13-01' },
      { name: 'a.pdf', bytes: PDF },
    );

    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.fields.map((item: any) => item.field).sort()).toEqual([
      'coversFrom',
      'title',
    ]);
  });

  it('leaves no row and no partial file when an upload is cut off', async () => {
    const [{ before }] = await portal.dataSource.query(
      'SELECT count(*)::int AS before FROM evidence_versions',
    );
    const port = Number(new URL(baseUrl).port);
    const boundary = 'cutoffboundary';
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="engagementId"\r\n\r\n${payments}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nCut off\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${engineer}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 100000\r\n\r\n`,
    );
    socket.write(head);
    socket.write(Buffer.concat([PDF, Buffer.alloc(20000, 65)]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 500));

    const [{ after }] = await portal.dataSource.query(
      'SELECT count(*)::int AS after FROM evidence_versions',
    );
    expect(after).toBe(before);
    expect(stagingFiles()).toEqual([]);
  });

  it('lets only compliance officers review, never their own upload, and one decision per version', async () => {
    const before = await coverage('ISO27001');
    const target = await requirement('ISO27001', 'A.8.16');
    const uploaded = await upload(
      baseUrl,
      engineer,
      { engagementId: payments, title: 'Monitoring dashboards', requirementIds: [target.id] },
      { name: 'm.pdf', bytes: Buffer.concat([PDF, Buffer.from('% m')]) },
    );
    const versionId = uploaded.body.version.id;

    const byEngineer = await portal.graphql(
      REVIEW,
      { input: { versionId, decision: 'ACCEPTED', comment: 'self' } },
      engineer,
    );
    expect(byEngineer.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const ownUpload = await upload(
      baseUrl,
      officer,
      { engagementId: payments, title: 'Officer upload' },
      { name: 'o.pdf', bytes: Buffer.concat([PDF, Buffer.from('% o')]) },
    );
    const selfReview = await portal.graphql(
      REVIEW,
      { input: { versionId: ownUpload.body.version.id, decision: 'ACCEPTED', comment: 'mine' } },
      officer,
    );
    expect(selfReview.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'versionId' }],
    });

    const secondOfficer = await createOfficer(portal);
    const [first, second] = await Promise.all([
      portal.graphql(
        REVIEW,
        { input: { versionId, decision: 'ACCEPTED', comment: 'Dashboards cover all services.' } },
        officer,
      ),
      portal.graphql(
        REVIEW,
        { input: { versionId, decision: 'REJECTED', comment: 'Missing retention settings.' } },
        secondOfficer,
      ),
    ]);
    const outcomes = [first, second].map(
      (result) => result.errors?.[0].extensions.code ?? result.data!.reviewEvidence.decision,
    );
    expect(outcomes.filter((outcome) => outcome === 'CONFLICT')).toHaveLength(1);
    const [{ reviews }] = await portal.dataSource.query(
      'SELECT count(*)::int AS reviews FROM evidence_reviews WHERE evidence_version_id = $1',
      [versionId],
    );
    expect(reviews).toBe(1);

    const after = await coverage('ISO27001');
    const decision = outcomes.find((outcome) => outcome !== 'CONFLICT');
    expect(after.covered).toBe(decision === 'ACCEPTED' ? before.covered + 1 : before.covered);
  });

  it('shows accepted evidence as candidate evidence on mapped requirements, with the mapping', async () => {
    const gdpr = await requirement('GDPR', 'Art. 32');
    const link = await portal.graphql(
      `mutation($input: AddLinkEvidenceInput!) { addLinkEvidence(input: $input) { latestVersion { id } } }`,
      {
        input: {
          engagementId: payments,
          title: 'Encryption settings',
          url: 'https://docs.example/encryption',
          requirementIds: [gdpr.id],
          validUntil: '2099-01-01',
        },
      },
      engineer,
    );
    await portal.graphql(
      REVIEW,
      {
        input: {
          versionId: link.data!.addLinkEvidence.latestVersion.id,
          decision: 'ACCEPTED',
          comment: 'ok',
        },
      },
      officer,
    );

    const iso = await requirement('ISO27001', 'A.8.24');
    expect(iso.mappedEvidence).toContainEqual(
      expect.objectContaining({
        via: { framework: 'GDPR', reference: 'Art. 32' },
        relation: 'INTERSECT',
        source: 'Portal editorial crosswalk 1.0',
      }),
    );
    expect(iso.evidenceStatus).toBe('PARTIAL');
    expect((await requirement('GDPR', 'Art. 32')).evidenceStatus).toBe('COVERED');
  });

  it('counts withdrawn evidence for nothing and keeps its versions', async () => {
    const target = await requirement('ISO27001', 'A.5.26');
    const evidenceId = target.evidence[0].id;
    const withdrawn = await portal.graphql(
      `mutation($input: WithdrawEvidenceInput!) { withdrawEvidence(input: $input) { withdrawnAt withdrawnReason versions { number } } }`,
      { input: { evidenceId, reason: 'Superseded by the new runbook' } },
      officer,
    );

    expect(withdrawn.data!.withdrawEvidence).toMatchObject({
      withdrawnReason: 'Superseded by the new runbook',
      versions: [{ number: 1 }],
    });
    expect((await requirement('ISO27001', 'A.5.26')).evidenceStatus).not.toBe('COVERED');
  });

  it('lists versions waiting for review to compliance officers', async () => {
    const result = await portal.graphql(
      `{ evidenceReviewQueue(first: 50) { totalCount edges { node { id evidence { title engagement { name } } review { id } } } } }`,
      {},
      officer,
    );
    const nodes = result.data!.evidenceReviewQueue.edges.map((edge: any) => edge.node);

    expect(nodes.map((node: any) => node.evidence.title)).toContain('Backup restore test results');
    expect(
      nodes.every(
        (node: any) => node.review === null && node.evidence.engagement.name !== undefined,
      ),
    ).toBe(true);
  });
});

async function createOfficer(portal: TestPortal): Promise<string> {
  const admin = await portal.signIn('admin@kestrel.example');
  const organizationId = await idOf(
    portal.dataSource,
    'organizations',
    'name',
    'Baltic Mutual Bank',
  );
  await portal.graphql(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        organizationId,
        email: 'second.officer@balticmutual.example',
        displayName: 'Second Officer',
        role: 'COMPLIANCE_OFFICER',
        password: 'second officer password',
      },
    },
    admin,
  );

  return portal.signIn('second.officer@balticmutual.example', 'second officer password');
}
