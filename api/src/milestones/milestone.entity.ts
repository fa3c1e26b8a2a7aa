import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';

@ObjectType({ description: 'A dated point of an engagement that groups deliverables' })
@Entity('milestones')
export class Milestone extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field({ description: 'Short title' })
  @Column()
  title: string;

  @Field({ description: 'What the milestone stands for' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => GraphQLLocalDate, { description: 'When every deliverable of it should be accepted' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;
}
