import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';

export const EXPORT_QUEUE = 'audit-pack-export';

export interface ExportJob {
  packId: string;
}

type Handler = (job: ExportJob, attempt: number) => Promise<void>;

/**
 * Export jobs on the shared PostgreSQL-backed queue: a job queued before a restart runs after it,
 * one interrupted mid-way is retried once its lease (PACK_JOB_TIMEOUT_SECONDS) expires.
 */
@Injectable()
export class AuditPackQueue implements OnModuleInit {
  private handler: Handler | null = null;

  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Set by the service before the application starts working the queue. */
  handle(handler: Handler) {
    this.handler = handler;
  }

  onModuleInit() {
    this.jobs.define<ExportJob>({
      name: EXPORT_QUEUE,
      retryLimit: 2,
      retryDelaySeconds: 5,
      expireInSeconds: this.config.PACK_JOB_TIMEOUT_SECONDS,
      handle: (job, attempt) => this.handler!(job, attempt),
    });
  }

  /** Inserts the job in the caller's transaction: the pack row and its job commit together. */
  enqueueWithin(manager: EntityManager, job: ExportJob) {
    return this.jobs.enqueueWithin(manager, EXPORT_QUEUE, job, { singletonKey: job.packId });
  }
}
