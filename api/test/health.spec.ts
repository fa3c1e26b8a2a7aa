import { LIVENESS_PATH, READINESS_PATH } from '../src/health/health.controller';
import { startTestPortal, TestPortal } from './support/test-app';

describe('health probes', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ seed: false });
  });

  afterAll(() => portal.close());

  it('reports live and ready while the database answers', async () => {
    const live = await portal.app.inject({ method: 'GET', url: LIVENESS_PATH });
    const ready = await portal.app.inject({ method: 'GET', url: READINESS_PATH });

    expect(live.statusCode).toBe(200);
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('stays live but stops being ready when the database becomes unreachable', async () => {
    await portal.database.cutOff();

    const ready = await portal.app.inject({ method: 'GET', url: READINESS_PATH });
    const live = await portal.app.inject({ method: 'GET', url: LIVENESS_PATH });

    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({
      status: 'error',
      details: { database: { status: 'down' } },
    });
    expect(live.statusCode).toBe(200);
  });
});
