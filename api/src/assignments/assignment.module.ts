import { Module } from '@nestjs/common';

import { AssignmentResolver } from './assignment.resolver';
import { AssignmentService } from './assignment.service';
import { TeamExportController } from './team-export.controller';

@Module({
  controllers: [TeamExportController],
  providers: [AssignmentResolver, AssignmentService],
  exports: [AssignmentService],
})
export class AssignmentsModule {}
