import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One change, append-only. `hash` covers the event's content and the previous event's hash,
 * so editing or deleting any row behind the application's back breaks the chain.
 */
@ObjectType({ description: 'A recorded change: who did what to which record, and when' })
@Entity('activity_events')
export class ActivityEvent {
  @Field(() => String, { description: 'Position in the chain, starting at 1' })
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Field({ description: 'When the change happened' })
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'Who made the change, as shown at the time' })
  @Column({ name: 'actor_label' })
  actorLabel: string;

  @Field({ description: 'What was done, e.g. engagement.updated' })
  @Column()
  action: string;

  @Field({ description: 'Type of the record changed' })
  @Column({ name: 'entity_type' })
  entityType: string;

  @Field({ description: 'Id of the record changed' })
  @Column({ name: 'entity_id' })
  entityId: string;

  @Index()
  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId: string | null;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Fields changed, with before and after values' })
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Request that made the change' })
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Field({ description: 'Hash of the previous event' })
  @Column({ name: 'previous_hash' })
  previousHash: string;

  @Field({ description: 'SHA-256 of this event and the previous hash' })
  @Column({ unique: true })
  hash: string;
}

/** The hash and position of the last event, so deleting events at the end is detected too. */
@Entity('activity_chain_head')
export class ActivityChainHead {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ name: 'last_seq', type: 'bigint' })
  lastSeq: string;

  @Column({ name: 'last_hash' })
  lastHash: string;
}
