import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { RequirementsModule } from '../requirements/requirement.module';
import { DemoComplianceSeeder } from './demo-compliance-seeder';
import { DemoSeeder } from './demo-seeder';
import { DemoSignInResolver } from './demo-sign-in.resolver';

@Module({
  imports: [AuthModule, RequirementsModule, EvidenceModule],
  providers: [DemoSeeder, DemoComplianceSeeder, DemoSignInResolver],
  exports: [DemoSeeder],
})
export class DemoSeedModule {}
