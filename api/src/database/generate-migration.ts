import 'reflect-metadata';

import fs from 'node:fs';
import path from 'node:path';

import { createDataSource } from './data-source.factory';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Writes a migration holding the SQL that the entities need beyond the existing migrations,
 * computed against a fresh embedded database. Usage: npm run migration:generate -- AddThing
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(
      'Give the migration a PascalCase name, e.g. npm run migration:generate -- AddEvidence',
    );
  }

  const database = await startEmbeddedPostgres();
  const dataSource = createDataSource({ url: database.url, poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  await database.stop();

  if (sql.upQueries.length === 0) {
    process.stdout.write('Entities and migrations agree; nothing to generate.\n');
    return;
  }

  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const quote = (query: string) =>
    `\`${query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\``;
  const up = sql.upQueries
    .map((query) => `    await queryRunner.query(${quote(query.query)});`)
    .join('\n');
  const down = sql.downQueries
    .reverse()
    .map((query) => `    await queryRunner.query(${quote(query.query)});`)
    .join('\n');
  const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
  const directory = path.resolve(__dirname.replace(`${path.sep}dist${path.sep}server`, ''), '');
  const file = path.join(
    directory,
    'migrations',
    `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
  );
  fs.writeFileSync(file, source);
  process.stdout.write(
    `Wrote ${path.relative(process.cwd(), file)}; add ${className} to migrations/index.ts\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
