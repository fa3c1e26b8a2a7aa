import { types } from 'pg';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** `date` columns are calendar days: keep them as 'YYYY-MM-DD' text, never shift by time zone. */
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  logger?: TypeOrmLogger;
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: settings.poolSize, connectionTimeoutMillis: 5000 },
    logger: settings.logger,
    logging: settings.logger ? ['query', 'error'] : false,
  });
}
