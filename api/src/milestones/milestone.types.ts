import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'How far a milestone is: accepted deliverables of all its deliverables',
})
export class MilestoneProgress {
  @Field(() => Int, { description: 'Deliverables accepted by the client' })
  accepted: number;

  @Field(() => Int, { description: 'Deliverables in the milestone' })
  total: number;
}
