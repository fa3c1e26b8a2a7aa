import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '@portal/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { Engagement } from '../engagements/engagement.entity';
import { User } from '../users/user.entity';

/**
 * One message to one user. Written in the transaction of the change it tells about; `dedupKey`
 * makes a repeated scan (roll-offs) or a retried job tell each person once.
 */
@ObjectType({ description: 'Something that needs the signed-in user’s attention' })
@Entity('notifications')
@Index('notifications_recipient_dedup', ['recipientId', 'dedupKey'], { unique: true })
@Index('notifications_recipient_unread', ['recipientId', 'readAt', 'createdAt'])
export class Notification {
  @Field(() => ID, { description: 'Stable identifier' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Field(() => NotificationKind, { description: 'What the notification is about' })
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId: string | null;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field({ description: 'One line saying what happened' })
  @Column()
  title: string;

  @Field({ description: 'Details, in a sentence or two' })
  @Column({ type: 'text', default: '' })
  body: string;

  @Field({ description: 'Path in the portal where the user can act on it' })
  @Column()
  link: string;

  @Column({ name: 'dedup_key' })
  dedupKey: string;

  @Field({ description: 'When the notification was created' })
  // Millisecond precision, so a page cursor (a JavaScript date) names a row exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the user marked it read' })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
