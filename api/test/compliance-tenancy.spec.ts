import { listen, upload } from './support/http-portal';
import { idOf, startTestPortal, TestPortal } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/**
 * Every compliance operation, attempted by users of the bank on the health client's records:
 * each answers NOT_FOUND (404 over HTTP) and changes nothing.
 */
describe('tenancy of compliance records', () => {
  let portal: TestPortal;
  let baseUrl: string;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    portal = await startTestPortal();
    baseUrl = await listen(portal);
    for (const email of [
      'compliance@balticmutual.example',
      'manager@balticmutual.example',
      'engineer@kestrel.example',
    ]) {
      tokens[email] = await portal.signIn(email);
    }
    const db = portal.dataSource;
    ids.healthEngagement = await idOf(db, 'engagements', 'name', 'Clinical data lakehouse');
    ids.energyEngagement = await idOf(db, 'engagements', 'name', 'Grid telemetry platform');
    ids.bankEngagement = await idOf(db, 'engagements', 'name', 'Payments API modernisation');
    [{ id: ids.healthRequirement, version: ids.healthRequirementVersion }] = await db.query(
      'SELECT id, version FROM engagement_requirements WHERE engagement_id = $1 LIMIT 1',
      [ids.healthEngagement],
    );
    [{ id: ids.healthEvidence }] = await db.query(
      'SELECT id FROM evidence WHERE engagement_id = $1 LIMIT 1',
      [ids.healthEngagement],
    );
    [{ id: ids.healthVersion }] = await db.query(
      'SELECT id FROM evidence_versions WHERE evidence_id = $1',
      [ids.healthEvidence],
    );
    [{ id: ids.energyVersion }] = await db.query(
      `SELECT version.id FROM evidence_versions version JOIN evidence ON evidence.id = version.evidence_id WHERE evidence.engagement_id = $1 LIMIT 1`,
      [ids.energyEngagement],
    );
    [{ id: ids.bankEvidence }] = await db.query(
      `SELECT id FROM evidence WHERE engagement_id = $1 AND kind = 'FILE' LIMIT 1`,
      [ids.bankEngagement],
    );
  });

  afterAll(() => portal.close());

  const operations: [string, string, () => Record<string, unknown>][] = [
    [
      'engagementRequirements',
      'query($id: ID!) { engagementRequirements(engagementId: $id, framework: GDPR) { totalCount } }',
      () => ({ id: ids.healthEngagement }),
    ],
    [
      'engagementRequirement',
      'query($id: ID!) { engagementRequirement(id: $id) { id } }',
      () => ({ id: ids.healthRequirement }),
    ],
    [
      'evidence',
      'query($id: ID!) { evidence(id: $id) { id } }',
      () => ({ id: ids.healthEvidence }),
    ],
    [
      'engagementEvidence',
      'query($id: ID!) { engagementEvidence(engagementId: $id) { totalCount } }',
      () => ({ id: ids.healthEngagement }),
    ],
    [
      'setEngagementFrameworks',
      'mutation($input: SetEngagementFrameworksInput!) { setEngagementFrameworks(input: $input) { id } }',
      () => ({ input: { engagementId: ids.healthEngagement, frameworks: [] } }),
    ],
    [
      'updateEngagementRequirement',
      'mutation($input: UpdateEngagementRequirementInput!) { updateEngagementRequirement(input: $input) { id } }',
      () => ({
        input: {
          id: ids.healthRequirement,
          version: ids.healthRequirementVersion,
          status: 'COMPLIANT',
        },
      }),
    ],
    [
      'addLinkEvidence',
      'mutation($input: AddLinkEvidenceInput!) { addLinkEvidence(input: $input) { id } }',
      () => ({
        input: {
          engagementId: ids.healthEngagement,
          title: 'Planted link',
          url: 'https://example.org/x',
        },
      }),
    ],
    [
      'addAttestation',
      'mutation($input: AddAttestationInput!) { addAttestation(input: $input) { id } }',
      () => ({
        input: {
          engagementId: ids.healthEngagement,
          title: 'Planted statement',
          statement: 'This is a planted statement.',
        },
      }),
    ],
    [
      'linkEvidence',
      'mutation($input: EvidenceLinksInput!) { linkEvidence(input: $input) { id } }',
      () => ({
        input: { evidenceId: ids.healthEvidence, requirementIds: [ids.healthRequirement] },
      }),
    ],
    [
      'unlinkEvidence',
      'mutation($input: EvidenceLinksInput!) { unlinkEvidence(input: $input) { id } }',
      () => ({
        input: { evidenceId: ids.healthEvidence, requirementIds: [ids.healthRequirement] },
      }),
    ],
    [
      'reviewEvidence',
      'mutation($input: ReviewEvidenceInput!) { reviewEvidence(input: $input) { id } }',
      () => ({
        input: { versionId: ids.healthVersion, decision: 'REJECTED', comment: 'sabotage' },
      }),
    ],
    [
      'withdrawEvidence',
      'mutation($input: WithdrawEvidenceInput!) { withdrawEvidence(input: $input) { id } }',
      () => ({ input: { evidenceId: ids.healthEvidence, reason: 'sabotage attempt' } }),
    ],
  ];

  describe.each(['compliance@balticmutual.example', 'manager@balticmutual.example'])(
    'as %s',
    (email) => {
      it.each(operations)(
        '%s on health records answers NOT_FOUND',
        async (_name, query, variables) => {
          const result = await portal.graphql(query, variables(), tokens[email]);

          expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
        },
      );

      it('cannot download the health client’s files', async () => {
        const response = await fetch(
          `${baseUrl}/api/evidence-versions/${ids.healthVersion}/content`,
          {
            headers: { authorization: `Bearer ${tokens[email]}` },
          },
        );

        expect(response.status).toBe(404);
        expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
      });

      it('never sees health evidence in the review queue', async () => {
        const result = await portal.graphql(
          '{ evidenceReviewQueue(first: 100) { edges { node { evidence { engagement { name } } } } } }',
          {},
          tokens[email],
        );
        const names = result.data!.evidenceReviewQueue.edges.map(
          (edge: any) => edge.node.evidence.engagement.name,
        );

        expect(names).not.toContain('Clinical data lakehouse');
        expect(names).not.toContain('Grid telemetry platform');
      });
    },
  );

  it('refuses an upload to another client’s engagement with 404 before storing anything', async () => {
    const result = await upload(
      baseUrl,
      tokens['compliance@balticmutual.example'],
      { engagementId: ids.healthEngagement, title: 'Planted file' },
      { name: 'p.pdf', bytes: PDF },
    );

    expect(result.status).toBe(404);
    expect(result.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses an engineer’s upload to an engagement they are not on', async () => {
    const result = await upload(
      baseUrl,
      tokens['engineer@kestrel.example'],
      { engagementId: ids.energyEngagement, title: 'Not mine' },
      { name: 'e.pdf', bytes: PDF },
    );
    const review = await portal.graphql(
      'mutation($input: ReviewEvidenceInput!) { reviewEvidence(input: $input) { id } }',
      { input: { versionId: ids.energyVersion, decision: 'ACCEPTED', comment: 'looks fine' } },
      tokens['engineer@kestrel.example'],
    );

    expect(result.status).toBe(404);
    expect(review.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses uploads by read-only client roles with 403', async () => {
    const result = await upload(
      baseUrl,
      tokens['manager@balticmutual.example'],
      { engagementId: ids.bankEngagement, title: 'Manager upload' },
      { name: 'm.pdf', bytes: PDF },
    );

    expect(result.status).toBe(403);
    expect(result.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses linking the bank’s evidence to a health requirement', async () => {
    const result = await portal.graphql(
      'mutation($input: EvidenceLinksInput!) { linkEvidence(input: $input) { id } }',
      { input: { evidenceId: ids.bankEvidence, requirementIds: [ids.healthRequirement] } },
      tokens['compliance@balticmutual.example'],
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'requirementIds' }],
    });
  });

  it('changed nothing of the health client', async () => {
    const [evidence] = await portal.dataSource.query(
      'SELECT withdrawn_at FROM evidence WHERE id = $1',
      [ids.healthEvidence],
    );
    const [{ planted }] = await portal.dataSource.query(
      `SELECT count(*)::int AS planted FROM evidence WHERE title LIKE 'Planted%'`,
    );
    const [requirement] = await portal.dataSource.query(
      'SELECT status FROM engagement_requirements WHERE id = $1',
      [ids.healthRequirement],
    );
    const [{ frameworks }] = await portal.dataSource.query(
      'SELECT count(*)::int AS frameworks FROM engagement_frameworks WHERE engagement_id = $1',
      [ids.healthEngagement],
    );

    expect(evidence.withdrawn_at).toBeNull();
    expect(planted).toBe(0);
    expect(requirement.status).toBe('NOT_STARTED');
    expect(frameworks).toBe(2);
  });
});
