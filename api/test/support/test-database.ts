import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * A database of the suite's own: a fresh database on the PostgreSQL server named by
 * TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite when none is set.
 */
export interface TestDatabase {
  url: string;
  isEmbedded: boolean;
  /** Makes the database unreachable, as an outage would. */
  cutOff(): Promise<void>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return embeddedDatabase(await startEmbeddedPostgres());

  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dropDatabase = async () => {
    await withAdmin(serverUrl, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    );
  };

  return { url: url.toString(), isEmbedded: false, cutOff: dropDatabase, drop: dropDatabase };
}

function embeddedDatabase(embedded: EmbeddedPostgres): TestDatabase {
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await embedded.stop();
  };

  return { url: embedded.url, isEmbedded: true, cutOff: stop, drop: stop };
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
