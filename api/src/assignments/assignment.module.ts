import { Module } from '@nestjs/common';

import { AssignmentResolver } from './assignment.resolver';
import { AssignmentService } from './assignment.service';

@Module({
  providers: [AssignmentResolver, AssignmentService],
  exports: [AssignmentService],
})
export class AssignmentsModule {}
