import { Module } from '@nestjs/common';

import { DeliverableResolver, DeliverableStatusChangeResolver } from './deliverable.resolver';
import { DeliverableService } from './deliverable.service';

@Module({
  providers: [DeliverableResolver, DeliverableStatusChangeResolver, DeliverableService],
  exports: [DeliverableService],
})
export class DeliverablesModule {}
