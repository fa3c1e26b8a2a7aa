import { DataSource } from 'typeorm';

/** Counts the SQL statements a piece of work sends, through TypeORM's logger hook. */
export async function countQueries(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<string[]> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push(query);
    original(query, parameters, queryRunner);
  };

  try {
    await work();
  } finally {
    logger.logQuery = original;
  }

  return statements;
}
