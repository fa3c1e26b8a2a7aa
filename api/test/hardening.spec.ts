import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { idOf, SIGN_IN, startTestPortal, TestPortal } from './support/test-app';

/** What a first review broke, kept broken-proof. */
describe('hardening against expensive, malformed and racing requests', () => {
  let portal: TestPortal;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    portal = await startTestPortal({ environment: { GRAPHQL_FIELD_BUDGET: '2000' } });
    admin = await portal.signIn('admin@kestrel.example');
    viewer = await portal.signIn('viewer@balticmutual.example');
  });

  afterAll(() => portal.close());

  function nested(depth: number): string {
    let inner = 'fullName';
    for (let level = 0; level < depth; level += 1)
      inner = `fullName assignments { engagement { team { engineer { ${inner} } } } }`;

    return `{ engineers(first: 100) { edges { node { ${inner} } } } }`;
  }

  it('tells browsers to load nothing from elsewhere and never frame the portal', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/health/live' });
    const policy = String(response.headers['content-security-policy']);

    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('refuses queries nested too deep before running them', async () => {
    const result = await portal.graphql(nested(4), {}, viewer);

    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/nested \d+ levels deep; the limit is 10/);
  });

  it('stops a fan-out query at its field budget with one error', async () => {
    const aliases = Array.from(
      { length: 19 },
      (_, index) =>
        `a${index}: engineers(first: 100) { edges { node { assignments { engagement { team { engineer { assignments { id } } } } } } } }`,
    );
    const result = await portal.graphql(`{ ${aliases.join(' ')} }`, {}, admin);

    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_EXPENSIVE');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `m${index}: me { id }`).join(' ');
    const result = await portal.graphql(`{ ${aliases} }`, {}, viewer);

    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['an explicit null for a required field', { name: null }],
    ['a NUL character', { name: 'Bad \u0000 name' }],
    ['year zero', { startDate: '0000-01-01' }],
    ['a name of spaces only', { name: '     ' }],
    ['repeated service lines', { serviceLines: ['DATA_PIPELINES', 'DATA_PIPELINES'] }],
  ])('answers %s with BAD_USER_INPUT', async (_case, change) => {
    const id = await idOf(portal.dataSource, 'engagements', 'name', 'Market data pipelines');
    const result = await portal.graphql(
      'mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { id } }',
      { input: { id, version: 1, ...change } },
      admin,
    );

    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rejects forged cursors', async () => {
    const cursor = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
    const result = await portal.graphql(
      'query($after: String) { engagements(after: $after) { totalCount } }',
      { after: cursor },
      admin,
    );
    const activity = await portal.graphql(
      'query($id: ID!) { engagementActivity(engagementId: $id, after: "zz") { seq } }',
      { id: await idOf(portal.dataSource, 'engagements', 'name', 'Market data pipelines') },
      admin,
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
    expect(activity.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers duplicates created at the same time with BAD_USER_INPUT or CONFLICT, never an internal error', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, () =>
        portal.graphql(
          'mutation { createOrganization(input: { name: "Racing Bank", kind: CLIENT }) { id } }',
          {},
          admin,
        ),
      ),
    );
    const codes = attempts.map((result) => result.errors?.[0].extensions.code ?? 'OK');

    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.every((code) => ['OK', 'BAD_USER_INPUT', 'CONFLICT'].includes(code))).toBe(true);
  });

  it('checks at most a handful of passwords in a parallel burst, and not the right one after that', async () => {
    const email = 'viewer@helvia.example';
    const burst = await Promise.all([
      ...Array.from({ length: 20 }, (_, index) =>
        portal.graphql(SIGN_IN, { input: { email, password: `wrong-${index}` } }),
      ),
      portal.graphql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } }),
    ]);
    const [{ failures }] = await portal.dataSource.query(
      'SELECT failure_count AS failures FROM login_throttles WHERE email = $1',
      [email],
    );
    const blocked = burst.filter(
      (result) => result.errors?.[0].extensions.code === 'TOO_MANY_REQUESTS',
    );

    expect(failures).toBeLessThanOrEqual(6);
    expect(blocked.length).toBeGreaterThanOrEqual(14);
  });

  it('resolves the user in the sign-in answer as the user who signed in', async () => {
    const result = await portal.graphql(
      'mutation($input: SignInInput!) { signIn(input: $input) { user { email organization { name } } } }',
      { input: { email: 'manager@helvia.example', password: DEMO_PASSWORD } },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.signIn.user).toEqual({
      email: 'manager@helvia.example',
      organization: { name: 'Helvia Health' },
    });
  });
});

describe('who may change deliverables and see rates', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal();
  });

  afterAll(() => portal.close());

  const UPDATE =
    'mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { status version } }';
  const SIGN_OFF =
    'mutation($input: SignOffDeliverableInput!) { signOffDeliverable(input: $input) { status version } }';

  it('leaves sign-off to the client manager, on submitted deliverables only', async () => {
    const engineer = await portal.signIn('engineer@kestrel.example');
    const manager = await portal.signIn('manager@balticmutual.example');
    const [submitted] = await portal.dataSource.query(
      `SELECT id, version, pinned_value AS "pinnedValue" FROM deliverables WHERE title = 'Incident runbook for payment outages'`,
    );
    const [planned] = await portal.dataSource.query(
      `SELECT id, version FROM deliverables WHERE title = 'Consumer-driven contract test suite'`,
    );
    const accept = (deliverable: { id: string; version: number }, token: string) =>
      portal.graphql(
        SIGN_OFF,
        {
          input: {
            id: deliverable.id,
            version: deliverable.version,
            pinnedValue: submitted.pinnedValue,
            decision: 'ACCEPTED',
          },
        },
        token,
      );

    const byEngineer = await accept(submitted, engineer);
    const tooEarly = await accept(planned, manager);
    const signedOff = await accept(submitted, manager);
    const reopened = await portal.graphql(
      UPDATE,
      { input: { id: submitted.id, version: submitted.version + 1, status: 'IN_PROGRESS' } },
      engineer,
    );

    expect(byEngineer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(tooEarly.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id' }],
    });
    expect(signedOff.data!.signOffDeliverable.status).toBe('ACCEPTED');
    expect(reopened.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('stops an engineer changing an engagement once their assignment has ended', async () => {
    const engineer = await portal.signIn('engineer@kestrel.example');
    const engagementId = await idOf(
      portal.dataSource,
      'engagements',
      'name',
      'Patient records CDC pipelines',
    );
    await portal.dataSource.query(
      `UPDATE assignments SET end_date = current_date - 1 WHERE engagement_id = $1 AND engineer_id = (SELECT id FROM engineer_profiles WHERE full_name = 'Tomás Herrera')`,
      [engagementId],
    );
    const read = await portal.graphql(
      'query($id: ID!) { engagement(id: $id) { name } }',
      { id: engagementId },
      engineer,
    );
    const write = await portal.graphql(
      'mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }',
      { input: { engagementId, title: 'After I left', type: 'RUNBOOK', dueDate: '2027-01-01' } },
      engineer,
    );

    expect(read.data!.engagement.name).toBe('Patient records CDC pipelines');
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('shows engineers their own contact details and rate, not their colleagues’', async () => {
    const engineer = await portal.signIn('engineer@kestrel.example');
    const result = await portal.graphql(
      '{ engineers(first: 100) { edges { node { fullName contactEmail dayRateEur } } } }',
      {},
      engineer,
    );
    const nodes = result.data!.engineers.edges.map((edge: any) => edge.node);

    expect(nodes.find((node: any) => node.fullName === 'Tomás Herrera')).toMatchObject({
      contactEmail: 'tomas@kestrel.example',
      dayRateEur: 780,
    });
    expect(nodes.filter((node: any) => node.contactEmail !== null)).toHaveLength(1);
  });
});
