import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import {
  Controller,
  HttpCode,
  Inject,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
} from '@nestjs/common';

import { DomainError, ErrorCode } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthenticatedRequest } from '../graphql/graphql-context';
import { EvidenceImportService } from './evidence-import.service';
import { BundleError, openZipBundle } from './import-bundle';

class ImportTooLargeError extends Error {}

/** Bulk import from the web page: one ZIP holding evidence.csv and the files it names. */
@Controller('api')
export class EvidenceImportController {
  constructor(
    private readonly imports: EvidenceImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('engagements/:engagementId/evidence-imports')
  @HttpCode(201)
  async import(@Param('engagementId') engagementId: string, @Req() request: AuthenticatedRequest) {
    if (!request.user) throw DomainError.unauthenticated();
    const scope = { actor: request.user, requestId: String(request.id) };
    if (!request.isMultipart()) {
      throw DomainError.badInput([
        { field: 'file', message: 'send a ZIP archive as multipart/form-data' },
      ]);
    }
    const part = await request.file({ limits: { fileSize: this.config.MAX_IMPORT_BYTES + 1 } });
    if (!part) throw DomainError.badInput([{ field: 'file', message: 'is missing' }]);

    const directory = path.join(this.config.dataDirectory, 'imports');
    fs.mkdirSync(directory, { recursive: true });
    const archive = path.join(directory, `${randomUUID()}.zip`);
    try {
      await this.receive(part.file, archive);
      const bundle = await openZipBundle(archive);
      try {
        return await this.imports.import(scope, engagementId, bundle);
      } finally {
        await bundle.close();
      }
    } catch (error) {
      if (error instanceof ImportTooLargeError) {
        throw new PayloadTooLargeException(
          `Import refused: larger than ${this.config.MAX_IMPORT_BYTES} bytes`,
        );
      }
      if (error instanceof BundleError) {
        throw new DomainError(ErrorCode.BadUserInput, `Import refused: ${error.message}`, {
          rows: [],
        });
      }
      throw error;
    } finally {
      await fs.promises.rm(archive, { force: true });
    }
  }

  private async receive(source: NodeJS.ReadableStream, target: string) {
    let size = 0;
    const limit = this.config.MAX_IMPORT_BYTES;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(size > limit ? new ImportTooLargeError() : null, chunk);
      },
    });
    await pipeline(source, meter, fs.createWriteStream(target, { flags: 'wx' }));
  }
}
