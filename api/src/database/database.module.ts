import path from 'node:path';

import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig, ConfigurationError } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { createDataSource } from './data-source.factory';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');

interface DatabaseHandle {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
}

/** Opens PostgreSQL (the configured server, or embedded PGlite), then brings its schema up to date. */
async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  const logger = new Logger('Database');
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(path.join(config.dataDirectory, 'pglite'));
  const dataSource = createDataSource({
    url: config.DATABASE_URL ?? embedded!.url,
    // PGlite serves one connection at a time.
    poolSize: embedded ? 1 : config.DATABASE_POOL_SIZE,
  });

  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(`Cannot connect to the database named by DATABASE_URL: ${reason}`);
  }

  const applied = await dataSource.runMigrations({ transaction: 'each' });
  logger.log({ embedded: Boolean(embedded), migrationsApplied: applied.length }, 'database ready');

  return { dataSource, embedded };
}

class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle) {}

  async onApplicationShutdown() {
    await this.handle.dataSource.destroy();
    await this.handle.embedded?.stop();
  }
}

@Global()
@Module({
  providers: [
    { provide: DATABASE_HANDLE, useFactory: openDatabase, inject: [APP_CONFIG] },
    {
      provide: DataSource,
      useFactory: (handle: DatabaseHandle) => handle.dataSource,
      inject: [DATABASE_HANDLE],
    },
    DatabaseLifecycle,
  ],
  exports: [DataSource],
})
export class DatabaseModule {}
