import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface QueueDefinition<T extends object> {
  name: string;
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  /** Cron expression (UTC) when the queue also runs on a timetable. */
  cron?: string;
  /** Also queue one run when an instance starts (for jobs that catch up with the calendar). */
  runAtStart?: boolean;
  handle: (data: T, attempt: number) => Promise<void>;
}

/**
 * The one PostgreSQL-backed job queue (pg-boss on the app's own connection pool): a job queued
 * before a restart runs after it, one interrupted mid-way is retried once its lease expires, and
 * every API instance can work the queues while pg-boss hands each job to one worker.
 *
 * Modules define their queues in `onModuleInit`; workers start once the application is up.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  // Handlers of any payload type share one list; each is only ever given its own queue's data.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly queues: QueueDefinition<any>[] = [];

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      db: {
        async executeSql(text: string, values: unknown[]) {
          const runner = dataSource.createQueryRunner();
          try {
            const result = await runner.query(text, values, true);
            return { rows: result.records ?? [] };
          } finally {
            await runner.release();
          }
        },
      },
      schema: 'pgboss',
      supervise: true,
      migrate: true,
      schedule: true,
    });
    this.boss.on('error', (error: Error) => this.logger.error({ err: error }, 'job queue error'));
  }

  define<T extends object>(queue: QueueDefinition<T>) {
    this.queues.push(queue);
  }

  async onApplicationBootstrap() {
    await this.boss.start();
    for (const queue of this.queues) {
      await this.boss.createQueue(queue.name, {
        name: queue.name,
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelaySeconds,
        expireInSeconds: queue.expireInSeconds,
      });
      if (queue.cron) await this.boss.schedule(queue.name, queue.cron, {}, { tz: 'UTC' });
      if (queue.runAtStart) await this.boss.send(queue.name, {}, { singletonKey: 'start' });
      if (!this.config.RUN_JOBS) continue;

      await this.boss.work<object>(
        queue.name,
        { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
        async ([job]) => queue.handle(job.data, job.retryCount + 1),
      );
    }
  }

  /** Before the database closes: running jobs finish or are left to expire and retry. */
  async beforeApplicationShutdown() {
    await this.boss.stop({ graceful: true, wait: true, timeout: this.config.SHUTDOWN_TIMEOUT_MS });
  }

  /** Inserts a job in the caller's transaction: the change and its job commit together. */
  async enqueueWithin(
    manager: EntityManager,
    name: string,
    data: object,
    options: { singletonKey?: string } = {},
  ) {
    await this.boss.send(name, data, {
      ...options,
      db: {
        async executeSql(text: string, values: unknown[]) {
          return { rows: await manager.query(text, values) };
        },
      },
    });
  }
}
