import { Module } from '@nestjs/common';

import { EngagementResolver } from './engagement.resolver';
import { EngagementService } from './engagement.service';

@Module({
  providers: [EngagementResolver, EngagementService],
  exports: [EngagementService],
})
export class EngagementsModule {}
