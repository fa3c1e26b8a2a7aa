import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { ConfigurationError, loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source.factory';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { ActivityService } from './activity.service';

/**
 * Checks the whole activity chain of the configured database (DATABASE_URL, or the embedded one
 * in the data folder) and prints the first broken link. Exit code 0 intact, 1 broken, 2 error.
 * The portal must be stopped when the embedded database is used: PGlite allows one process.
 */
async function main() {
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(`${config.dataDirectory}/pglite`);
  const dataSource: DataSource = createDataSource({
    url: config.DATABASE_URL ?? embedded!.url,
    poolSize: 1,
  });
  await dataSource.initialize();

  try {
    const report = await new ActivityService(dataSource).verifyChain();
    process.stdout.write(`${report.message}\n`);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigurationError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Cannot verify the activity chain: ${message}\n`);
  process.exitCode = 2;
});
