import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { Assignment } from './assignment.entity';
import { CreateAssignmentInput, UpdateAssignmentInput } from './assignment.inputs';
import { AssignmentService } from './assignment.service';

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(private readonly assignmentService: AssignmentService) {}

  @Query(() => Assignment, { description: 'One assignment by id' })
  assignment(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Assignment id' }) id: string,
  ) {
    return this.assignmentService.get(scope.actor, id);
  }

  @Mutation(() => Assignment, {
    description: 'Puts an engineer on an engagement (agency admins and account leads)',
  })
  createAssignment(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CreateAssignmentInput,
  ) {
    return this.assignmentService.create(scope, input);
  }

  @Mutation(() => Assignment, {
    description: 'Changes or ends an assignment; CONFLICT if it changed since read',
  })
  updateAssignment(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: UpdateAssignmentInput,
  ) {
    return this.assignmentService.update(scope, input);
  }

  @ResolveField(() => EngineerProfile, { nullable: true, description: 'The engineer' })
  engineer(@Parent() assignment: Assignment, @Context() context: GraphqlContext) {
    return context.loaders.engineer.load(assignment.engineerId);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() assignment: Assignment, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(assignment.engagementId);
  }
}
