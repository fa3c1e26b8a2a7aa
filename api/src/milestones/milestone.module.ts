import { Module } from '@nestjs/common';

import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';

@Module({
  providers: [MilestoneResolver, MilestoneService],
})
export class MilestonesModule {}
