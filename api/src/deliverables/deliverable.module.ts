import { Module } from '@nestjs/common';

import { DeliverableResolver } from './deliverable.resolver';
import { DeliverableService } from './deliverable.service';

@Module({
  providers: [DeliverableResolver, DeliverableService],
  exports: [DeliverableService],
})
export class DeliverablesModule {}
