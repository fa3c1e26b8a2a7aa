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

export const EXPORT_QUEUE = 'audit-pack-export';

export interface ExportJob {
  packId: string;
}

type Handler = (job: ExportJob, attempt: number) => Promise<void>;

/**
 * Export jobs live in PostgreSQL (pg-boss, through the app's own connection pool), so a job
 * queued before a restart runs after it, and one interrupted mid-way is retried once its lease
 * expires. Every API instance can work the queue; pg-boss hands each job to one worker.
 */
@Injectable()
export class AuditPackQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditPackQueue.name);
  private readonly boss: PgBoss;
  private handler: Handler | null = null;

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
      schedule: false,
    });
    this.boss.on('error', (error: Error) => this.logger.error({ err: error }, 'job queue error'));
  }

  /** Set by the service before the application starts working the queue. */
  handle(handler: Handler) {
    this.handler = handler;
  }

  async onApplicationBootstrap() {
    await this.boss.start();
    await this.boss.createQueue(EXPORT_QUEUE, {
      name: EXPORT_QUEUE,
      retryLimit: 2,
      retryDelay: 5,
      expireInSeconds: this.config.PACK_JOB_TIMEOUT_SECONDS,
    });
    if (this.config.RUN_JOBS) {
      await this.boss.work<ExportJob>(
        EXPORT_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
        async ([job]) => {
          await this.handler!(job.data, job.retryCount + 1);
        },
      );
    }
  }

  /** Before the database closes: running jobs finish or are left to expire and retry. */
  async beforeApplicationShutdown() {
    await this.boss.stop({ graceful: true, wait: true, timeout: this.config.SHUTDOWN_TIMEOUT_MS });
  }

  /** Inserts the job in the caller's transaction: the pack row and its job commit together. */
  async enqueueWithin(manager: EntityManager, job: ExportJob) {
    await this.boss.send(EXPORT_QUEUE, job, {
      singletonKey: job.packId,
      db: {
        async executeSql(text: string, values: unknown[]) {
          return { rows: await manager.query(text, values) };
        },
      },
    });
  }
}
