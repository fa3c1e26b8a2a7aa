import { registerEnumType } from '@nestjs/graphql';
import { FrameworkKey, MappingRelation } from '@portal/catalogs';
import {
  AssignmentRole,
  CandidateState,
  DeliverableStatus,
  DeliverableType,
  EngagementSide,
  EngagementStatus,
  EvidenceKind,
  EvidenceStatus,
  FeedbackVisibility,
  Freshness,
  HealthReasonCode,
  HealthStatus,
  InterviewOutcome,
  NotificationKind,
  OrganizationKind,
  PinnedVersionKind,
  RaidKind,
  RaidSeverity,
  RaidStatus,
  RaidVisibility,
  RequirementStatus,
  ReviewDecision,
  Role,
  SeatState,
  Seniority,
  ServiceLine,
  SignOffDecision,
  StaffingChangeKind,
  StaffingChangeState,
  StatusReportState,
} from '@portal/domain';

registerEnumType(Role, { name: 'Role', description: 'The one role a user holds' });
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Agency, client or audit firm',
});
registerEnumType(ServiceLine, {
  name: 'ServiceLine',
  description: 'One of the agency service lines',
});
registerEnumType(EngagementStatus, {
  name: 'EngagementStatus',
  description: 'Where an engagement is in its life',
});
registerEnumType(Seniority, { name: 'Seniority', description: 'Seniority of an engineer' });
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'Role an engineer plays on an engagement',
});
registerEnumType(DeliverableStatus, {
  name: 'DeliverableStatus',
  description: 'Progress of a deliverable',
});
registerEnumType(DeliverableType, {
  name: 'DeliverableType',
  description: 'Kind of thing delivered',
});
registerEnumType(FrameworkKey, { name: 'FrameworkKey', description: 'A compliance framework' });
registerEnumType(MappingRelation, {
  name: 'MappingRelation',
  description: 'How two requirements relate',
});
registerEnumType(RequirementStatus, {
  name: 'RequirementStatus',
  description: 'Status of an in-scope requirement',
});
registerEnumType(EvidenceStatus, {
  name: 'EvidenceStatus',
  description: 'What the evidence says about a requirement',
});
registerEnumType(EvidenceKind, { name: 'EvidenceKind', description: 'File, link or attestation' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'Accepted or rejected' });
registerEnumType(Freshness, { name: 'Freshness', description: 'Fresh, expiring soon, or expired' });
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about',
});
registerEnumType(PinnedVersionKind, {
  name: 'PinnedVersionKind',
  description: 'How a delivered version is named: tag, commit, spec version or hash',
});
registerEnumType(SignOffDecision, {
  name: 'SignOffDecision',
  description: 'The client manager’s decision on a submitted version',
});
registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'On track, at risk or off track',
});
registerEnumType(HealthReasonCode, {
  name: 'HealthReasonCode',
  description: 'Which health rule gave a reason',
});
registerEnumType(RaidKind, {
  name: 'RaidKind',
  description: 'Risk, assumption, issue or dependency',
});
registerEnumType(RaidSeverity, { name: 'RaidSeverity', description: 'How bad it would be' });
registerEnumType(RaidStatus, { name: 'RaidStatus', description: 'Open or closed' });
registerEnumType(RaidVisibility, {
  name: 'RaidVisibility',
  description: 'Both sides, or only the side that wrote it',
});
registerEnumType(EngagementSide, {
  name: 'EngagementSide',
  description: 'Agency or client side of an engagement',
});
registerEnumType(StatusReportState, {
  name: 'StatusReportState',
  description: 'Draft, or published and frozen',
});
registerEnumType(SeatState, { name: 'SeatState', description: 'Where a seat stands' });
registerEnumType(StaffingChangeKind, {
  name: 'StaffingChangeKind',
  description: 'What a staffing change asks for',
});
registerEnumType(StaffingChangeState, {
  name: 'StaffingChangeState',
  description: 'Where a staffing change is in its workflow',
});
registerEnumType(CandidateState, {
  name: 'CandidateState',
  description: 'Where an engineer proposed for a seat stands',
});
registerEnumType(InterviewOutcome, {
  name: 'InterviewOutcome',
  description: 'What the client decided after an interview',
});
registerEnumType(FeedbackVisibility, {
  name: 'FeedbackVisibility',
  description: 'Whether interview feedback is shared with the agency',
});
