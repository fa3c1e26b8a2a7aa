import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { Role } from '@portal/domain';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { LocalBlobStore } from '../evidence/blob-store';
import { BLOB_STORE } from '../evidence/evidence-file.controller';
import { sendStoredFile } from '../evidence/stored-file.response';
import { AuthenticatedRequest } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { AuditPack, AuditPackStatus } from './audit-pack.entity';
import { AuditPackService } from './audit-pack.service';

@Controller('api')
export class AuditPackController {
  constructor(
    private readonly packs: AuditPackService,
    private readonly dataSource: DataSource,
    private readonly activity: ActivityService,
    @Inject(BLOB_STORE) private readonly blobs: LocalBlobStore,
  ) {}

  /** Streams a finished pack; downloads by auditors are recorded in the activity log. */
  @Get('audit-packs/:packId/download')
  async download(
    @Param('packId') packId: string,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ) {
    if (!request.user) throw DomainError.unauthenticated();
    const scope = { actor: request.user, requestId: String(request.id) };
    const pack = await this.packs.get(scope.actor, packId);
    if (pack.status !== AuditPackStatus.SUCCEEDED || !pack.sha256) {
      throw new DomainError(ErrorCode.Conflict, 'The pack is not ready yet', {
        status: pack.status,
      });
    }
    return sendStoredFile(reply, this.blobs, {
      sha256: pack.sha256,
      sizeBytes: pack.sizeBytes,
      contentType: 'application/zip',
      fileName: `audit-pack-${pack.periodFrom}-${pack.periodTo}-${pack.id.slice(0, 8)}.zip`,
      missingMessage: 'The stored pack is missing',
      beforeSend: () => this.recordAuditorDownload(scope, pack),
    });
  }

  private async recordAuditorDownload(scope: RequestScope, pack: AuditPack) {
    if (scope.actor.role !== Role.AUDITOR) return;

    await this.dataSource.transaction((manager) =>
      this.activity.record(manager, scope, {
        action: 'auditor.downloaded-pack',
        entityType: 'AuditPack',
        entityId: pack.id,
        engagementId: pack.engagementId,
        changes: { sha256: pack.sha256 },
      }),
    );
  }
}
