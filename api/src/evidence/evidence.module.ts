import { Module } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LocalBlobStore } from './blob-store';
import {
  EvidenceResolver,
  EvidenceReviewResolver,
  EvidenceVersionResolver,
} from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { BLOB_STORE, EvidenceFileController } from './evidence-file.controller';

@Module({
  controllers: [EvidenceFileController],
  providers: [
    {
      provide: BLOB_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalBlobStore(config.blobDirectory),
    },
    EvidenceService,
    EvidenceResolver,
    EvidenceVersionResolver,
    EvidenceReviewResolver,
  ],
  exports: [EvidenceService, BLOB_STORE],
})
export class EvidenceModule {}
