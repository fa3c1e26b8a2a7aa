import { Field, ObjectType } from '@nestjs/graphql';
import { EngagementStatus, ServiceLine } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

@ObjectType({ description: 'A piece of work the agency does for one client' })
@Entity('engagements')
@Check('engagements_dates_ordered', '"end_date" IS NULL OR "end_date" >= "start_date"')
export class Engagement extends VersionedEntity {
  @Field({ description: 'Name of the engagement' })
  @Index()
  @Column()
  name: string;

  @Field({ description: 'What the engagement is about' })
  @Column({ type: 'text', default: '' })
  summary: string;

  @Index()
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Organization;

  @Column({ name: 'account_lead_id', type: 'uuid' })
  accountLeadId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_lead_id' })
  accountLead?: User;

  @Field(() => [ServiceLine], { description: 'Service lines the engagement draws on' })
  @Column({
    name: 'service_lines',
    type: 'enum',
    enum: ServiceLine,
    enumName: 'service_line',
    array: true,
  })
  serviceLines: ServiceLine[];

  @Field(() => EngagementStatus, { description: 'Where the engagement is in its life' })
  @Column({ type: 'enum', enum: EngagementStatus, enumName: 'engagement_status' })
  status: EngagementStatus;

  @Field(() => GraphQLLocalDate, { description: 'First day of the engagement' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day, when known' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;
}
