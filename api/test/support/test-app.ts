import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { loadConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { DEMO_DAY, DEMO_PASSWORD } from '../../src/seed/demo-data';
import { DemoSeeder } from '../../src/seed/demo-seeder';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; [key: string]: unknown };
  }[];
}

export interface TestPortal {
  app: NestFastifyApplication;
  dataSource: DataSource;
  database: TestDatabase;
  dataDirectory: string;
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResult<T>>;
  signIn(email: string, password?: string): Promise<string>;
  /** Stops this API instance only, leaving its database and data folder. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Boots the whole API (Fastify, GraphQL, policy, real PostgreSQL or PGlite) against a database of
 * its own, optionally loaded with the demo data, and talks to it over HTTP through Fastify's inject.
 */
export async function startTestPortal(
  options: {
    seed?: boolean;
    environment?: Record<string, string>;
    /** Runs a second API instance on the database and data folder of an earlier one. */
    sharing?: Pick<TestPortal, 'database' | 'dataDirectory'>;
  } = {},
) {
  const database = options.sharing?.database ?? (await createTestDatabase());
  const dataDirectory =
    options.sharing?.dataDirectory ?? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: database.isEmbedded ? '1' : '4',
    DATA_DIR: dataDirectory,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    WEB_DIST_DIR: path.join(dataDirectory, 'no-web'),
    ...options.environment,
  });
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  // The demo story as of its own day, so tests' expectations do not move with the calendar.
  if (options.seed !== false) await app.get(DemoSeeder).seed(DEMO_DAY);

  const graphql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      payload: JSON.stringify({ query, variables }),
    });

    return { ...response.json(), status: response.statusCode } as GraphqlResult<T>;
  };

  const portal: TestPortal = {
    app,
    database,
    dataDirectory,
    dataSource: app.get(DataSource),
    graphql,
    async signIn(email: string, password = DEMO_PASSWORD) {
      const result = await graphql<{ signIn: { accessToken: string } }>(SIGN_IN, {
        input: { email, password },
      });
      if (!result.data)
        throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);

      return result.data.signIn.accessToken;
    },
    async stop() {
      await app.close();
    },
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(dataDirectory, { recursive: true, force: true });
    },
  };

  return portal;
}

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken user { id email role } }
}`;

/** Id of a demo record, looked up directly so tests do not depend on list order. */
export async function idOf(
  dataSource: DataSource,
  table: string,
  column: string,
  value: string,
): Promise<string> {
  const [row] = await dataSource.query(`SELECT id FROM ${table} WHERE ${column} = $1`, [value]);
  if (!row) throw new Error(`no ${table} row with ${column} = ${value}`);

  return row.id;
}
