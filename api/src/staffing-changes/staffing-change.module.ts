import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notification.module';
import { StaffingChangeResolver } from './staffing-change.resolver';
import { StaffingChangeService } from './staffing-change.service';
import { StaffingChangeApplier } from './staffing-change-applier';

@Module({
  imports: [NotificationsModule],
  providers: [StaffingChangeResolver, StaffingChangeService, StaffingChangeApplier],
})
export class StaffingChangesModule {}
