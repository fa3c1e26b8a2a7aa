import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notification.module';
import { DeliverableResolver, DeliverableStatusChangeResolver } from './deliverable.resolver';
import { DeliverableService } from './deliverable.service';
import { DeliverableExportController } from './deliverable-export.controller';

@Module({
  imports: [NotificationsModule],
  controllers: [DeliverableExportController],
  providers: [DeliverableResolver, DeliverableStatusChangeResolver, DeliverableService],
  exports: [DeliverableService],
})
export class DeliverablesModule {}
