import { Module } from '@nestjs/common';

import { EvidenceModule } from '../evidence/evidence.module';
import { AuditPackController } from './audit-pack.controller';
import { AuditPackResolver } from './audit-pack.resolver';
import { AuditPackService } from './audit-pack.service';
import { AuditPackQueue } from './audit-pack-queue';
import { PackModelBuilder } from './pack-model.builder';

@Module({
  imports: [EvidenceModule],
  controllers: [AuditPackController],
  providers: [AuditPackQueue, AuditPackService, AuditPackResolver, PackModelBuilder],
  exports: [AuditPackService],
})
export class AuditPacksModule {}
