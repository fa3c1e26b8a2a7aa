import { Global, Module } from '@nestjs/common';

import { EngagementHealthService } from './engagement-health.service';

/** Health is read by engagements and frozen into status reports. */
@Global()
@Module({
  providers: [EngagementHealthService],
  exports: [EngagementHealthService],
})
export class EngagementHealthModule {}
