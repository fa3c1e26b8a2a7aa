import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { SIGN_IN, startTestPortal, TestPortal } from './support/test-app';

const ME = '{ me { id email role displayName } }';
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;

describe('signing in and sessions', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal();
  });

  afterAll(() => portal.close());

  async function signInPair(email: string, password = DEMO_PASSWORD) {
    const result = await portal.graphql(SIGN_IN, { input: { email, password } });

    return result.data?.signIn as { accessToken: string; refreshToken: string };
  }

  it('signs in with email and password and answers me', async () => {
    const token = await portal.signIn('Manager@BalticMutual.example');
    const result = await portal.graphql(ME, {}, token);

    expect(result.data?.me).toMatchObject({
      email: 'manager@balticmutual.example',
      role: 'CLIENT_MANAGER',
    });
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await portal.dataSource.query(
      `SELECT password_hash FROM users WHERE email = 'lead@kestrel.example'`,
    );

    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await portal.graphql(SIGN_IN, {
      input: { email: 'nobody@kestrel.example', password: DEMO_PASSWORD },
    });
    const wrong = await portal.graphql(SIGN_IN, {
      input: { email: 'viewer@helvia.example', password: 'not-the-password' },
    });

    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0].extensions).toEqual(unknown.errors?.[0].extensions);
  });

  it('refuses malformed credentials as input errors before any password check', async () => {
    const notAnEmail = await portal.graphql(SIGN_IN, {
      input: { email: 'lead-at-kestrel', password: DEMO_PASSWORD },
    });
    const emptyPassword = await portal.graphql(SIGN_IN, {
      input: { email: 'lead@kestrel.example', password: '' },
    });
    const [throttle] = await portal.dataSource.query(
      `SELECT count(*)::int AS rows FROM login_throttles WHERE email IN ('lead-at-kestrel', 'lead@kestrel.example')`,
    );

    expect(notAnEmail.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: expect.any(String) }],
    });
    expect(emptyPassword.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', message: expect.any(String) }],
    });
    expect(throttle.rows).toBe(0);
  });

  it('blocks an email for a while after repeated failures, even with the right password', async () => {
    const email = 'viewer@nordgrid.example';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await portal.graphql(SIGN_IN, {
        input: { email, password: `wrong-${attempt}` },
      });
      expect(failed.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const sixth = await portal.graphql(SIGN_IN, { input: { email, password: 'wrong-again' } });
    expect(sixth.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const blocked = await portal.graphql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(blocked.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);

    await portal.dataSource.query(
      `UPDATE login_throttles SET blocked_until = now() - interval '1 second' WHERE email = $1`,
      [email],
    );
    await expect(portal.signIn(email)).resolves.toEqual(expect.any(String));
  });

  it('refuses requests without a token or with a forged one', async () => {
    const missing = await portal.graphql(ME);
    const forged = await portal.graphql(
      ME,
      {},
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.c2lnbmF0dXJl',
    );

    expect(missing.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens and revokes the session when an old one is replayed', async () => {
    const first = await signInPair('compliance@helvia.example');
    const refreshed = await portal.graphql(REFRESH, {
      input: { refreshToken: first.refreshToken },
    });
    const second = refreshed.data?.refreshSession as { accessToken: string; refreshToken: string };
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await portal.graphql(ME, {}, second.accessToken)).data?.me.email).toBe(
      'compliance@helvia.example',
    );

    const replay = await portal.graphql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(replay.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const afterReplay = await portal.graphql(ME, {}, second.accessToken);
    expect(afterReplay.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const stolenNext = await portal.graphql(REFRESH, {
      input: { refreshToken: second.refreshToken },
    });
    expect(stolenNext.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends access at once on sign-out', async () => {
    const pair = await signInPair('viewer@balticmutual.example');
    const signOut = await portal.graphql('mutation { signOut }', {}, pair.accessToken);
    expect(signOut.data?.signOut).toBe(true);

    expect((await portal.graphql(ME, {}, pair.accessToken)).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const refresh = await portal.graphql(REFRESH, { input: { refreshToken: pair.refreshToken } });
    expect(refresh.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends every other session on password change and accepts only the new password', async () => {
    const email = 'compliance@nordgrid.example';
    const otherDevice = await signInPair(email);
    const thisDevice = await signInPair(email);
    const change = await portal.graphql(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'a much longer new password' } },
      thisDevice.accessToken,
    );
    const freshToken = change.data?.changePassword.accessToken as string;

    expect(
      (await portal.graphql(ME, {}, otherDevice.accessToken)).errors?.[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect((await portal.graphql(ME, {}, thisDevice.accessToken)).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await portal.graphql(ME, {}, freshToken)).data?.me.email).toBe(email);
    await expect(portal.signIn(email)).rejects.toThrow(/sign-in of/);
    await expect(portal.signIn(email, 'a much longer new password')).resolves.toEqual(
      expect.any(String),
    );
  });

  it('rejects a short new password with field details', async () => {
    const token = await portal.signIn('manager@helvia.example');
    const result = await portal.graphql(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } },
      token,
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', message: expect.stringContaining('12') }],
    });
  });

  it('ends the sessions of a deactivated user at once and refuses their sign-in', async () => {
    const victim = await signInPair('manager@nordgrid.example');
    const admin = await portal.signIn('admin@kestrel.example');
    const { id } = (await portal.graphql(ME, {}, victim.accessToken)).data!.me;

    const result = await portal.graphql(
      `mutation($id: ID!) { deactivateUser(id: $id) { active } }`,
      { id },
      admin,
    );
    expect(result.data?.deactivateUser.active).toBe(false);

    expect((await portal.graphql(ME, {}, victim.accessToken)).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const again = await portal.graphql(SIGN_IN, {
      input: { email: 'manager@nordgrid.example', password: DEMO_PASSWORD },
    });
    expect(again.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect' });
  });
});

describe('the demo accounts on the sign-in page', () => {
  const AVAILABLE = '{ demoSignInAvailable }';

  it('are offered only by a portal that runs with the demo data', async () => {
    const demo = await startTestPortal();
    const empty = await startTestPortal({
      seed: false,
      environment: { SEED_DEMO_DATA: 'false' },
    });
    try {
      const withDemo = await demo.graphql(AVAILABLE);
      const without = await empty.graphql(AVAILABLE);

      expect(withDemo.data).toEqual({ demoSignInAvailable: true });
      expect(without.data).toEqual({ demoSignInAvailable: false });
    } finally {
      await Promise.all([demo.close(), empty.close()]);
    }
  });
});
