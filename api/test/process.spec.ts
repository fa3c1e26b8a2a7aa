import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { Role } from '@portal/domain';

import { DEMO_SIGN_INS } from '../src/seed/demo-data';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/server/api/src/main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  errors: () => string;
  port: Promise<number>;
  exit: Promise<number | null>;
}

/** Runs the compiled start command as a newcomer would, with its own data folder. */
function start(environment: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /running at http:\/\/localhost:(\d+)/.exec(stdout);
      if (match) {
        clearInterval(timer);
        resolve(Number(match[1]));
      }
    }, 100);
    exit.then(() => {
      clearInterval(timer);
      reject(new Error(`exited before listening: ${stderr}`));
    });
  });
  port.catch(() => undefined);

  return { child, output: () => stdout, errors: () => stderr, port, exit };
}

describe('the start command', () => {
  let dataDirectory: string;

  beforeAll(() => {
    dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-process-'));
  });

  afterAll(() => fs.rmSync(dataDirectory, { recursive: true, force: true }));

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT .*"abc"/],
    [
      { DATABASE_URL: 'http://example.invalid/db' },
      /^Invalid configuration: DATABASE_URL is invalid: must be a postgres/,
    ],
    [
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' },
      /^Cannot connect to the database named by DATABASE_URL: /,
    ],
  ])('stops with one clear line for %p', async (environment, message) => {
    const started = start({ DATA_DIR: dataDirectory, ...environment });

    expect(await started.exit).toBe(1);
    expect(started.errors().trim()).toMatch(message);
    expect(started.errors().trim().split('\n')).toHaveLength(1);
  });

  it('starts on the embedded database with demo data, prints the URL and a sign-in per role', async () => {
    const started = start({ DATA_DIR: dataDirectory, PORT: '0' });
    const port = await started.port;
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);

    expect(ready.status).toBe(200);
    for (const role of Object.values(Role)) {
      const email = DEMO_SIGN_INS.find((demo) => demo.role === role)!.email;
      expect(started.output()).toContain(`${role.padEnd(20)} ${email}`);
    }
    started.child.kill('SIGTERM');
    expect(await started.exit).toBe(0);
  });

  it('keeps its data across a restart and logs JSON lines carrying the request id', async () => {
    const started = start({ DATA_DIR: dataDirectory, PORT: '0' });
    const port = await started.port;
    await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'process-test-42' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    started.child.kill('SIGTERM');
    await started.exit;

    const lines = started
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const records = lines.map((line) => JSON.parse(line));
    expect(records.some((record) => record.msg === 'demo data already present')).toBe(true);
    const requestLines = records.filter((record) =>
      JSON.stringify(record).includes('process-test-42'),
    );
    expect(requestLines.length).toBeGreaterThan(0);
    expect(requestLines.every((record) => record.reqId === 'process-test-42')).toBe(true);
  });

  it('finishes a request in flight when asked to stop, then exits cleanly', async () => {
    const started = start({ DATA_DIR: dataDirectory, PORT: '0', SEED_DEMO_DATA: 'false' });
    const port = await started.port;
    const body = JSON.stringify({ query: '{ __typename }' });
    const socket = net.connect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk));
    await new Promise((resolve) => socket.once('connect', resolve));

    // Headers and half the body now; the rest after SIGTERM.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 300));
    started.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.end(body.slice(5));

    expect(await started.exit).toBe(0);
    expect(response).toMatch(/^HTTP\/1.1 200/);
    expect(response).toContain('"__typename":"Query"');
  });
});
