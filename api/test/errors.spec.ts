import { startTestPortal, TestPortal } from './support/test-app';

describe('errors a client can receive', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startTestPortal();
    admin = await portal.signIn('admin@kestrel.example');
  });

  afterAll(() => portal.close());

  function post(payload: string, contentType = 'application/json') {
    return portal.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': contentType },
      payload,
    });
  }

  it('answers a malformed JSON body with a clean 400 and a code', async () => {
    const response = await post('{"query": "{ me { id } }"');

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      errors: [{ message: expect.stringMatching(/JSON/), extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses impossible or zone-less instants instead of rolling them over', async () => {
    const ask = (expiresAt: string) =>
      portal.graphql(
        `mutation($input: GrantAuditAccessInput!) { grantAuditAccess(input: $input) { id } }`,
        {
          input: {
            auditorEmail: 'auditor@veritas.example',
            engagementId: '00000000-0000-4000-8000-000000000000',
            frameworks: ['ISO27001'],
            periodFrom: '2026-01-01',
            periodTo: '2026-12-31',
            expiresAt,
          },
        },
        admin,
      );

    for (const expiresAt of [
      '2027-02-30T10:00:00Z',
      '2027-01-10T10:00:00',
      '+099999-01-01T00:00:00Z',
    ]) {
      const result = await ask(expiresAt);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers an oversized body with 413', async () => {
    const response = await post(
      JSON.stringify({ query: `{ me { id } } #${'x'.repeat(2 * 1024 * 1024)}` }),
    );

    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a query on an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await portal.graphql('{ engagements { nope } }', {}, admin);

    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers unparseable GraphQL with GRAPHQL_PARSE_FAILED', async () => {
    const result = await portal.graphql('{ engagements { ', {}, admin);

    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
    const result = await portal.graphql(
      'query($first: Int!) { engagements(first: $first) { totalCount } }',
      { first: 'ten' },
      admin,
    );

    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a malformed id with NOT_FOUND, not a database error', async () => {
    const result = await portal.graphql(`{ engagement(id: "1 OR 1=1") { id } }`, {}, admin);

    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('hides internal failures behind INTERNAL_SERVER_ERROR without stack or SQL', async () => {
    await portal.dataSource.query('ALTER TABLE deliverables RENAME COLUMN title TO title_moved');
    try {
      const result = await portal.graphql(
        '{ engagements(first: 1) { edges { node { deliverables { title } } } } }',
        {},
        admin,
      );
      const body = JSON.stringify(result);

      expect(result.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(body).not.toMatch(/stacktrace|title_moved|SELECT|at .*\.js/i);
    } finally {
      await portal.dataSource.query('ALTER TABLE deliverables RENAME COLUMN title_moved TO title');
    }
  });

  it('answers unknown HTTP routes with a coded 404', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/api/nothing-here' });

    expect(response.statusCode).toBe(404);
    expect(response.json().errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('echoes a sane request id and replaces a hostile one', async () => {
    const kept = await portal.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'abc-123' },
    });
    const replaced = await portal.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'bad id\n<script>' },
    });

    expect(kept.headers['x-request-id']).toBe('abc-123');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
