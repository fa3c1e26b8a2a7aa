import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { CONFIG_VARIABLES } from '../src/config/app-config';
import { LIVENESS_PATH, READINESS_PATH } from '../src/health/health.controller';
import { startTestPortal, TestPortal } from './support/test-app';

const ROOT = path.resolve(__dirname, '../..');
const dockerfile = fs.readFileSync(path.join(ROOT, 'infra/Dockerfile'), 'utf8');
const compose = parse(fs.readFileSync(path.join(ROOT, 'infra/compose.yaml'), 'utf8'));
const portalService = compose.services.portal;
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function dockerfileEnvironment(): Record<string, string> {
  const block = /^ENV ((?:.*\\\n)*.*)$/m.exec(dockerfile)?.[1] ?? '';

  return Object.fromEntries(
    block
      .replace(/\\\n/g, ' ')
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split('=') as [string, string]),
  );
}

function probePaths(text: string): string[] {
  return [...text.matchAll(/http:\/\/127\.0\.0\.1:(\d+)(\/[\w/]+)/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );
}

describe('deployment files agree with the app', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ seed: false });
  });

  afterAll(() => portal.close());

  it('set only environment variables the app reads', () => {
    const names = [
      ...Object.keys(dockerfileEnvironment()),
      ...Object.keys(portalService.environment),
    ];

    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });

  it('expose and publish the port the app listens on', () => {
    const port = dockerfileEnvironment().PORT;
    const exposed = /^EXPOSE (\d+)$/m.exec(dockerfile)?.[1];

    expect(exposed).toBe(port);
    expect(portalService.environment.PORT).toBe(port);
    expect(portalService.ports).toEqual([`${port}:${port}`]);
    expect(dockerfileEnvironment().HOST).toBe('0.0.0.0');
  });

  it('probe paths that exist: liveness in the image, readiness in compose', async () => {
    const port = dockerfileEnvironment().PORT;

    expect(probePaths(dockerfile)).toEqual([`${port} ${LIVENESS_PATH}`]);
    expect(probePaths(JSON.stringify(portalService.healthcheck.test))).toEqual([
      `${port} ${READINESS_PATH}`,
    ]);
    for (const probe of [LIVENESS_PATH, READINESS_PATH]) {
      expect((await portal.app.inject({ method: 'GET', url: probe })).statusCode).toBe(200);
    }
  });

  it('run the file the build produces, as the start script does', () => {
    const command = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]) as string[];

    expect(command[0]).toBe('node');
    expect(command.at(-1)).toBe('dist/server/api/src/main.js');
    // The same Node.js options too (the young generation size bounds an export's memory).
    expect(packageJson.scripts.start).toContain(command.join(' '));
    expect(dockerfileEnvironment().WEB_DIST_DIR).toBe('/app/dist/web');
  });

  it('give PostgreSQL a database URL the app accepts', () => {
    const url = new URL(portalService.environment.DATABASE_URL);

    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('postgres');
    expect(url.pathname.slice(1)).toBe(compose.services.postgres.environment.POSTGRES_DB);
    expect(url.username).toBe(compose.services.postgres.environment.POSTGRES_USER);
  });
});
