import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { EvidenceKind } from '@portal/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyReply } from 'fastify';

import { DomainError } from '../common/domain-error';
import { problemsOf } from '../common/validation.pipe';
import { isCalendarDate } from '../common/validators';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthenticatedRequest } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { BlobTooLargeError, LocalBlobStore, StagedBlob } from './blob-store';
import { checkContentType, displayFileName } from './content-type';
import { EvidenceService } from './evidence.service';
import { sendStoredFile } from './stored-file.response';
import { UploadEvidenceFields } from './upload-evidence.fields';

export const BLOB_STORE = Symbol('BLOB_STORE');

function scopeOf(request: AuthenticatedRequest): RequestScope {
  if (!request.user) throw DomainError.unauthenticated();

  return { actor: request.user, requestId: String(request.id) };
}

/**
 * Evidence files over HTTP: multipart upload streamed through a SHA-256 into the blob store
 * (never held whole in memory), and downloads streamed back with safe headers.
 */
@Controller('api')
export class EvidenceFileController {
  constructor(
    private readonly evidenceService: EvidenceService,
    @Inject(BLOB_STORE) private readonly blobs: LocalBlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Fields first, then one file part. The fields are checked and the engagement authorised
   * before any byte is stored; the blob is durable before the row that points to it commits.
   */
  @Post('evidence')
  @HttpCode(201)
  async upload(@Req() request: AuthenticatedRequest) {
    const scope = scopeOf(request);
    if (!request.isMultipart()) {
      throw DomainError.badInput([
        { field: 'body', message: 'must be multipart/form-data with fields, then a file' },
      ]);
    }

    const fields: Record<string, string[]> = {};
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        (fields[part.fieldname] ??= []).push(String(part.value));
        continue;
      }

      const details = await this.parseFields(fields);
      await this.evidenceService.assertCanAdd(scope.actor, details.engagementId);
      const fileName = displayFileName(part.filename);
      const staged = await this.stage(part.file);
      try {
        const verdict = await checkContentType(staged.head, fileName);
        if (!verdict.ok) throw new UnsupportedMediaTypeException(`File refused: ${verdict.reason}`);
        await staged.commit();
        const { evidence, version } = await this.evidenceService.addFile(scope, details, {
          sha256: staged.sha256,
          sizeBytes: staged.sizeBytes,
          fileName,
          contentType: verdict.contentType,
        });

        return {
          evidence: { id: evidence.id, title: evidence.title },
          version: {
            id: version.id,
            number: version.number,
            sha256: version.sha256,
            sizeBytes: version.sizeBytes,
            contentType: version.contentType,
            fileName: version.fileName,
          },
        };
      } finally {
        await staged.discard();
      }
    }

    throw DomainError.badInput([{ field: 'file', message: 'is missing' }]);
  }

  @Get('evidence-versions/:versionId/content')
  async download(
    @Param('versionId') versionId: string,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ) {
    const scope = scopeOf(request);
    const version = await this.evidenceService.getVersion(scope.actor, versionId);
    const evidence = await this.evidenceService.get(scope.actor, version.evidenceId);
    if (evidence.kind !== EvidenceKind.FILE) throw DomainError.notFound('Evidence file', versionId);

    return sendStoredFile(reply, this.blobs, {
      sha256: version.sha256,
      sizeBytes: version.sizeBytes,
      contentType: version.contentType,
      fileName: version.fileName ?? 'evidence',
      missingMessage: 'The stored file is missing',
    });
  }

  private async stage(source: NodeJS.ReadableStream): Promise<StagedBlob> {
    try {
      return await this.blobs.stage(source as never, this.config.MAX_UPLOAD_BYTES);
    } catch (error) {
      if (error instanceof BlobTooLargeError) {
        throw new PayloadTooLargeException(
          `File refused: larger than ${this.config.MAX_UPLOAD_BYTES} bytes`,
        );
      }
      throw error;
    }
  }

  private async parseFields(fields: Record<string, string[]>): Promise<UploadEvidenceFields> {
    const single = (name: string) => fields[name]?.[0]?.trim() || undefined;
    const list = (name: string) =>
      (fields[name] ?? [])
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean);
    const details = plainToInstance(UploadEvidenceFields, {
      engagementId: single('engagementId'),
      evidenceId: single('evidenceId'),
      title: single('title'),
      description: single('description') ?? '',
      coversFrom: single('coversFrom'),
      coversTo: single('coversTo'),
      validUntil: single('validUntil'),
      requirementIds: list('requirementIds'),
      deliverableIds: list('deliverableIds'),
    });
    const problems = problemsOf(await validate(details));
    for (const field of ['coversFrom', 'coversTo', 'validUntil'] as const) {
      const value = details[field];
      if (value && !isCalendarDate(value))
        problems.push({ field, message: 'must be a date written YYYY-MM-DD' });
    }
    if (problems.length > 0) throw DomainError.badInput(problems);

    return details;
  }
}
