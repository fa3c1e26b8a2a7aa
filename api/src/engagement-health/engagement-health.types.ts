import { Field, Int, ObjectType } from '@nestjs/graphql';
import { HealthReasonCode, HealthStatus } from '@portal/domain';

@ObjectType({ description: 'One reason an engagement is not on track' })
export class HealthReasonView {
  @Field(() => HealthReasonCode, { description: 'Which rule gave it' })
  code: HealthReasonCode;

  @Field(() => HealthStatus, { description: 'The status this reason alone leads to' })
  status: HealthStatus;

  @Field(() => Int, { description: 'How many records the rule counted' })
  count: number;

  @Field({ description: 'The reason in words' })
  message: string;
}

@ObjectType({ description: 'How an engagement stands today and why, derived from its records' })
export class EngagementHealthView {
  @Field(() => HealthStatus, { description: 'On track, at risk or off track' })
  status: HealthStatus;

  @Field(() => [HealthReasonView], { description: 'Every reason it is not on track' })
  reasons: HealthReasonView[];
}
