import { Module } from '@nestjs/common';

import { ComplianceMatrixService } from './compliance-matrix.service';
import { EngagementComplianceResolver, RequirementResolver } from './requirement.resolver';
import { RequirementService } from './requirement.service';

@Module({
  providers: [
    ComplianceMatrixService,
    RequirementService,
    RequirementResolver,
    EngagementComplianceResolver,
  ],
  exports: [ComplianceMatrixService, RequirementService],
})
export class RequirementsModule {}
