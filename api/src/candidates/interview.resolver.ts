import {
  Args,
  Context,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Connection, PageArgs } from '../common/pagination';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { User } from '../users/user.entity';
import { Candidate } from './candidate.entity';
import { Interview } from './interview.entity';
import {
  InterviewFilter,
  RecordInterviewOutcomeInput,
  ScheduleInterviewInput,
} from './interview.inputs';
import { InterviewService } from './interview.service';

@ObjectType({ description: 'A page of interviews' })
export class InterviewConnection extends Connection(Interview, 'Interview') {}

@Resolver(() => Interview)
export class InterviewResolver {
  constructor(
    private readonly interviewService: InterviewService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => Interview, { description: 'One interview by id' })
  interview(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Interview id' }) id: string,
  ) {
    return this.interviewService.get(scope.actor, id);
  }

  @Query(() => InterviewConnection, {
    description: 'Interviews the signed-in user may see (engineers: their own), by time',
  })
  interviews(
    @CurrentScope() scope: RequestScope,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, description: 'Narrows the list' }) filter?: InterviewFilter,
  ) {
    return this.interviewService.list(scope.actor, page, filter ?? {});
  }

  @Mutation(() => Interview, {
    description: 'Schedules an interview of a candidate (client manager)',
  })
  scheduleInterview(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: ScheduleInterviewInput,
  ) {
    return this.interviewService.schedule(scope, input);
  }

  @Mutation(() => Interview, {
    description: 'Records the outcome and feedback of an interview (client manager)',
  })
  recordInterviewOutcome(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: RecordInterviewOutcomeInput,
  ) {
    return this.interviewService.recordOutcome(scope, input);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Feedback; null outside the client when kept internal',
  })
  feedback(@Parent() interview: Interview, @CurrentScope() scope: RequestScope) {
    return this.policy.canSeeInterviewFeedback(scope.actor, interview) ? interview.feedback : null;
  }

  @ResolveField(() => Candidate, { nullable: true, description: 'The candidate interviewed' })
  candidate(@Parent() interview: Interview, @Context() context: GraphqlContext) {
    return context.loaders.candidate.load(interview.candidateId);
  }

  @ResolveField(() => [User], { description: 'Client users who interview' })
  async interviewers(@Parent() interview: Interview, @Context() context: GraphqlContext) {
    const users = await context.loaders.user.loadMany(interview.interviewerIds);

    return users.filter((user): user is User => user instanceof User);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who scheduled it' })
  scheduledBy(@Parent() interview: Interview, @Context() context: GraphqlContext) {
    return context.loaders.user.load(interview.scheduledById);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who recorded the outcome' })
  outcomeRecordedBy(@Parent() interview: Interview, @Context() context: GraphqlContext) {
    return interview.outcomeRecordedById
      ? context.loaders.user.load(interview.outcomeRecordedById)
      : null;
  }
}
