import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  DeliverableStatus,
  DeliverableType,
  HealthStatus,
  RaidKind,
  RaidSeverity,
  RaidStatus,
} from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';

import { PinnedVersion } from '../deliverables/deliverable.types';
import { HealthReasonView } from '../engagement-health/engagement-health.types';

@ObjectType({ description: 'Health as it was when the report was published' })
export class SnapshotHealth {
  @Field(() => HealthStatus, { description: 'On track, at risk or off track' })
  status: HealthStatus;

  @Field(() => [HealthReasonView], { description: 'The reasons given then' })
  reasons: HealthReasonView[];
}

@ObjectType({ description: 'A milestone as it was when the report was published' })
export class SnapshotMilestone {
  @Field({ description: 'Title' })
  title: string;

  @Field(() => GraphQLLocalDate, { description: 'Due date' })
  dueDate: string;

  @Field(() => Int, { description: 'Deliverables accepted' })
  accepted: number;

  @Field(() => Int, { description: 'Deliverables in it' })
  total: number;

  @Field({ description: 'Whether it was overdue' })
  overdue: boolean;
}

@ObjectType({ description: 'A deliverable as it was when the report was published' })
export class SnapshotDeliverable {
  @Field({ description: 'Title' })
  title: string;

  @Field(() => DeliverableType, { description: 'Kind of deliverable' })
  type: DeliverableType;

  @Field(() => DeliverableStatus, { description: 'Status then' })
  status: DeliverableStatus;

  @Field(() => GraphQLLocalDate, { description: 'Due date' })
  dueDate: string;

  @Field(() => String, { nullable: true, description: 'Title of its milestone' })
  milestone: string | null;

  @Field(() => PinnedVersion, { nullable: true, description: 'The version pinned then' })
  pinnedVersion: PinnedVersion | null;
}

@ObjectType({ description: 'A client-visible RAID entry as it was when the report was published' })
export class SnapshotRaidItem {
  @Field(() => RaidKind, { description: 'Risk, assumption, issue or dependency' })
  kind: RaidKind;

  @Field({ description: 'Title' })
  title: string;

  @Field(() => RaidSeverity, { description: 'Severity' })
  severity: RaidSeverity;

  @Field(() => RaidStatus, { description: 'Open or closed' })
  status: RaidStatus;

  @Field(() => String, { nullable: true, description: 'Owner’s name' })
  owner: string | null;
}

@ObjectType({
  description: 'What a published status report told the client, frozen at publication',
})
export class StatusReportSnapshot {
  @Field({ description: 'Engagement name' })
  engagementName: string;

  @Field({ description: 'Client name' })
  clientName: string;

  @Field(() => GraphQLLocalDate, { description: 'Start of the period reported on' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'End of the period reported on' })
  periodTo: string;

  @Field({ description: 'Summary' })
  summary: string;

  @Field({ description: 'Highlights' })
  highlights: string;

  @Field({ description: 'Risks and next steps' })
  risksAndNextSteps: string;

  @Field({ description: 'When it was published (ISO 8601, UTC)' })
  publishedAt: string;

  @Field({ description: 'Who published it' })
  publishedBy: string;

  @Field(() => SnapshotHealth, { description: 'Health at publication' })
  health: SnapshotHealth;

  @Field(() => [SnapshotMilestone], { description: 'Milestones at publication' })
  milestones: SnapshotMilestone[];

  @Field(() => [SnapshotDeliverable], { description: 'Deliverables at publication' })
  deliverables: SnapshotDeliverable[];

  @Field(() => [SnapshotRaidItem], { description: 'Client-visible RAID entries at publication' })
  raidItems: SnapshotRaidItem[];
}
