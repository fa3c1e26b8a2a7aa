import fs from 'node:fs';
import path from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { startTestPortal, TestPortal } from './support/test-app';

const COMMITTED_SCHEMA = path.resolve(__dirname, '../schema.graphql');
const HEADER =
  '# Generated from the API code by `npm run schema:update`; a test fails when they differ.\n\n';

describe('committed GraphQL schema', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal({ seed: false });
  });

  afterAll(() => portal.close());

  it('matches the schema the code generates', () => {
    const schema = portal.app.get(GraphQLSchemaHost).schema;
    const generated = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';

    if (process.env.UPDATE_SCHEMA) fs.writeFileSync(COMMITTED_SCHEMA, generated);
    const committed = fs.existsSync(COMMITTED_SCHEMA)
      ? fs.readFileSync(COMMITTED_SCHEMA, 'utf8')
      : '';

    expect(committed).toBe(generated);
  });
});
