import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { Role } from '@portal/domain';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { LocalBlobStore } from '../evidence/blob-store';
import { BLOB_STORE } from '../evidence/evidence-file.controller';
import { AuthenticatedRequest } from '../graphql/graphql-context';
import { AuditPackStatus } from './audit-pack.entity';
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
    if (!this.blobs.exists(pack.sha256))
      throw new DomainError(ErrorCode.NotFound, 'The stored pack is missing');
    if (scope.actor.role === Role.AUDITOR) {
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

    return reply
      .header('content-type', 'application/zip')
      .header(
        'content-disposition',
        contentDisposition(
          `audit-pack-${pack.periodFrom}-${pack.periodTo}-${pack.id.slice(0, 8)}.zip`,
          { type: 'attachment' },
        ),
      )
      .header('content-length', String(pack.sizeBytes))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('etag', `"${pack.sha256}"`)
      .send(this.blobs.open(pack.sha256));
  }
}
