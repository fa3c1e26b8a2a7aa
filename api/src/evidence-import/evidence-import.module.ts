import { Module } from '@nestjs/common';

import { EvidenceModule } from '../evidence/evidence.module';
import { EvidenceImportController } from './evidence-import.controller';
import { EvidenceImportService } from './evidence-import.service';

@Module({
  imports: [EvidenceModule],
  controllers: [EvidenceImportController],
  providers: [EvidenceImportService],
  exports: [EvidenceImportService],
})
export class EvidenceImportModule {}
