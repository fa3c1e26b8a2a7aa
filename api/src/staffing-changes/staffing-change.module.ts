import { Module } from '@nestjs/common';

import { StaffingChangeResolver } from './staffing-change.resolver';
import { StaffingChangeService } from './staffing-change.service';
import { StaffingChangeApplier } from './staffing-change-applier';

@Module({ providers: [StaffingChangeResolver, StaffingChangeService, StaffingChangeApplier] })
export class StaffingChangesModule {}
