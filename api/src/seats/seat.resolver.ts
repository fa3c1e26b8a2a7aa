import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Assignment } from '../assignments/assignment.entity';
import { Candidate } from '../candidates/candidate.entity';
import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { Seat } from './seat.entity';
import { SeatService } from './seat.service';

@Resolver(() => Seat)
export class SeatResolver {
  constructor(private readonly seatService: SeatService) {}

  @Query(() => Seat, { description: 'One seat by id' })
  seat(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Seat id' }) id: string,
  ) {
    return this.seatService.get(scope.actor, id);
  }

  @Query(() => [Seat], { description: 'Seats of an engagement, in the order they are needed' })
  seats(
    @CurrentScope() scope: RequestScope,
    @Args('engagementId', { type: () => ID, description: 'Engagement' }) engagementId: string,
  ) {
    return this.seatService.listForEngagement(scope.actor, engagementId);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() seat: Seat, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(seat.engagementId);
  }

  @ResolveField(() => [Assignment], {
    description: 'Engineers who held or hold the seat, by start date',
  })
  assignments(@Parent() seat: Seat, @Context() context: GraphqlContext) {
    return context.loaders.assignmentsBySeat.load(seat.id);
  }

  @ResolveField(() => [Candidate], { description: 'Engineers proposed for the seat' })
  candidates(@Parent() seat: Seat, @Context() context: GraphqlContext) {
    return context.loaders.candidatesBySeat.load(seat.id);
  }
}
