import { Field, ObjectType } from '@nestjs/graphql';
import { DeliverableStatus, DeliverableType } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';
import { User } from '../users/user.entity';

@ObjectType({ description: 'Something the agency hands over on an engagement' })
@Entity('deliverables')
export class Deliverable extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field({ description: 'Short title' })
  @Column()
  title: string;

  @Field({ description: 'What will be delivered and how it is accepted' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => DeliverableType, { description: 'Kind of deliverable' })
  @Column({ type: 'enum', enum: DeliverableType, enumName: 'deliverable_type' })
  type: DeliverableType;

  @Field(() => DeliverableStatus, { description: 'Progress' })
  @Column({ type: 'enum', enum: DeliverableStatus, enumName: 'deliverable_status' })
  status: DeliverableStatus;

  @Field(() => GraphQLLocalDate, { description: 'When it is due' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;
}
