// Starts the built portal for the browser tests on a database of its own: a fresh database on
// the server named by TEST_DATABASE_URL (dropped on exit), or embedded PGlite in a temp folder.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
const serverUrl = process.env.TEST_DATABASE_URL;
const databaseName = `portal_e2e_${randomBytes(6).toString('hex')}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let databaseUrl;
if (serverUrl) {
  await admin(`CREATE DATABASE "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
}

const portal = spawn(process.execPath, [path.join(root, 'dist/server/api/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT ?? '3210',
    DATA_DIR: dataDirectory,
    LOG_LEVEL: 'warn',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
  },
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (portal.exitCode === null) {
    portal.kill('SIGTERM');
    await new Promise((resolve) => portal.once('exit', resolve));
  }
  if (serverUrl) await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  fs.rmSync(dataDirectory, { recursive: true, force: true });
  process.exit(code);
}

portal.on('exit', (code) => stop(code ?? 1));
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
