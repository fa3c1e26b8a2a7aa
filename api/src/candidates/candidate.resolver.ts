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

import { Assignment } from '../assignments/assignment.entity';
import { Connection, PageArgs } from '../common/pagination';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { Seat } from '../seats/seat.entity';
import { User } from '../users/user.entity';
import { Candidate } from './candidate.entity';
import {
  CandidateFilter,
  CandidateVersionInput,
  ConfirmCandidateInput,
  ProposeCandidateInput,
} from './candidate.inputs';
import { CandidateService } from './candidate.service';
import { Interview } from './interview.entity';

@ObjectType({ description: 'A page of candidates' })
export class CandidateConnection extends Connection(Candidate, 'Candidate') {}

@Resolver(() => Candidate)
export class CandidateResolver {
  constructor(private readonly candidateService: CandidateService) {}

  @Query(() => Candidate, { description: 'One candidate by id' })
  candidate(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Candidate id' }) id: string,
  ) {
    return this.candidateService.get(scope.actor, id);
  }

  @Query(() => CandidateConnection, {
    description: 'Candidates the signed-in user may see (engineers: their own), oldest first',
  })
  candidates(
    @CurrentScope() scope: RequestScope,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, description: 'Narrows the list' }) filter?: CandidateFilter,
  ) {
    return this.candidateService.list(scope.actor, page, filter ?? {});
  }

  @Mutation(() => Candidate, {
    description: 'Proposes an engineer for a seat (the engagement’s account lead or an admin)',
  })
  proposeCandidate(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: ProposeCandidateInput,
  ) {
    return this.candidateService.propose(scope, input);
  }

  @Mutation(() => Candidate, {
    description: 'Withdraws an open candidacy (the engagement’s account lead or an admin)',
  })
  withdrawCandidate(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CandidateVersionInput,
  ) {
    return this.candidateService.withdraw(scope, input);
  }

  @Mutation(() => Candidate, {
    description:
      'Confirms a candidate with an approved interview in the seat from a start date (client manager)',
  })
  confirmCandidate(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: ConfirmCandidateInput,
  ) {
    return this.candidateService.confirm(scope, input);
  }

  @ResolveField(() => Seat, { nullable: true, description: 'The seat' })
  seat(@Parent() candidate: Candidate, @Context() context: GraphqlContext) {
    return context.loaders.seat.load(candidate.seatId);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() candidate: Candidate, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(candidate.engagementId);
  }

  @ResolveField(() => EngineerProfile, { nullable: true, description: 'The engineer proposed' })
  engineer(@Parent() candidate: Candidate, @Context() context: GraphqlContext) {
    return context.loaders.engineer.load(candidate.engineerId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who proposed the engineer' })
  proposedBy(@Parent() candidate: Candidate, @Context() context: GraphqlContext) {
    return context.loaders.user.load(candidate.proposedById);
  }

  @ResolveField(() => [Interview], { description: 'Interviews, earliest first' })
  interviews(@Parent() candidate: Candidate, @Context() context: GraphqlContext) {
    return context.loaders.interviewsByCandidate.load(candidate.id);
  }

  @ResolveField(() => Assignment, { nullable: true, description: 'The assignment, once confirmed' })
  assignment(@Parent() candidate: Candidate, @Context() context: GraphqlContext) {
    return candidate.assignmentId ? context.loaders.assignment.load(candidate.assignmentId) : null;
  }
}
