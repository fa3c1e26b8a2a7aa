import { Module } from '@nestjs/common';

import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationMailer } from './notification-mailer';
import { RollOffNotices } from './roll-off-notices';

@Module({
  providers: [NotificationService, NotificationMailer, NotificationResolver, RollOffNotices],
  exports: [NotificationService],
})
export class NotificationsModule {}
