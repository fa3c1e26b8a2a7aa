import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { findVisible } from '../common/record-lookup';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Engagement } from '../engagements/engagement.entity';
import { LocalBlobStore } from '../evidence/blob-store';
import { BLOB_STORE } from '../evidence/evidence-file.controller';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { assertFrameworksInScope } from '../requirements/framework-scope';
import { AuditPack, AuditPackStatus } from './audit-pack.entity';
import { ExportAuditPackInput } from './audit-pack.inputs';
import { AuditPackQueue } from './audit-pack-queue';
import { PackModelBuilder } from './pack-model.builder';
import { PACK_RENDERERS } from './pack-renderers';
import { loadSigningKey, SigningKey } from './pack-signing-key';
import { PackWriter } from './pack-writer';

const LAST_ATTEMPT = 3;

@Injectable()
export class AuditPackService implements OnModuleInit {
  private readonly logger = new Logger(AuditPackService.name);
  readonly signingKey: SigningKey;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
    private readonly queue: AuditPackQueue,
    private readonly builder: PackModelBuilder,
    @Inject(BLOB_STORE) private readonly blobs: LocalBlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.signingKey = loadSigningKey(config);
  }

  onModuleInit() {
    this.queue.handle((job, attempt) => this.generate(job.packId, attempt));
  }

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      AuditPack,
      'Audit pack',
      id,
      actor,
      this.policy.scopeAuditPacks,
    );
  }

  async list(actor: Actor, engagementId: string) {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );

    return this.policy
      .scopeAuditPacks(
        this.dataSource.getRepository(AuditPack).createQueryBuilder('row'),
        actor,
        'row',
      )
      .andWhere('row.engagementId = :engagementId', { engagementId })
      .orderBy('row.createdAt', 'DESC')
      .limit(50)
      .getMany();
  }

  /** Queues an export; the job is written in the same transaction as the pack row. */
  async request(scope: RequestScope, input: ExportAuditPackInput): Promise<AuditPack> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.ExportAuditPack);
      await assertFrameworksInScope(manager, engagement.id, input.frameworks);

      const pack = await manager.save(
        AuditPack,
        manager.create(AuditPack, {
          engagementId: engagement.id,
          frameworks: [...new Set(input.frameworks)],
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          status: AuditPackStatus.QUEUED,
          progress: 0,
          requestedById: scope.actor.userId,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'audit-pack.requested',
        entityType: 'AuditPack',
        entityId: pack.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: {
          frameworks: pack.frameworks,
          periodFrom: pack.periodFrom,
          periodTo: pack.periodTo,
        },
      });
      await this.queue.enqueueWithin(manager, { packId: pack.id });

      return pack;
    });
  }

  /** The job: idempotent, so a retried or repeated job never makes a second pack. */
  async generate(packId: string, attempt: number) {
    const pack = await this.dataSource.getRepository(AuditPack).findOneBy({ id: packId });
    if (!pack || pack.status === AuditPackStatus.SUCCEEDED) return;
    await this.dataSource
      .getRepository(AuditPack)
      .update(
        { id: packId },
        { status: AuditPackStatus.RUNNING, attempts: attempt, progress: 1, error: null },
      );

    try {
      const model = await this.builder.build(pack, this.config.EVIDENCE_EXPIRY_WARNING_DAYS);
      const writer = new PackWriter(
        this.dataSource,
        this.blobs,
        PACK_RENDERERS,
        this.signingKey.privateKeyPem,
      );
      const written = await writer.write(model, async (progress) => {
        await this.dataSource.getRepository(AuditPack).update({ id: packId }, { progress });
      });
      await this.dataSource.transaction(async (manager) => {
        await manager.update(
          AuditPack,
          { id: packId },
          {
            status: AuditPackStatus.SUCCEEDED,
            progress: 100,
            sha256: written.sha256,
            sizeBytes: written.sizeBytes,
            keyFingerprint: written.keyFingerprint,
            finishedAt: new Date(),
          },
        );
        await this.activity.record(manager, null, {
          action: 'audit-pack.generated',
          entityType: 'AuditPack',
          entityId: packId,
          engagementId: pack.engagementId,
          changes: {
            sha256: written.sha256,
            sizeBytes: written.sizeBytes,
            keyFingerprint: written.keyFingerprint,
            attempt,
          },
        });
      });
      this.logger.log({ packId, sizeBytes: written.sizeBytes, attempt }, 'audit pack generated');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, packId, attempt }, 'audit pack export failed');
      await this.dataSource.getRepository(AuditPack).update(
        { id: packId },
        {
          status: attempt >= LAST_ATTEMPT ? AuditPackStatus.FAILED : AuditPackStatus.QUEUED,
          error: message.slice(0, 1000),
        },
      );
      throw error;
    }
  }
}
