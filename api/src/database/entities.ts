import { ActivityChainHead, ActivityEvent } from '../activity/activity-event.entity';
import { Assignment } from '../assignments/assignment.entity';
import { AuditGrant } from '../audit-grants/audit-grant.entity';
import { AuditPack } from '../audit-packs/audit-pack.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { Session } from '../auth/session.entity';
import { Candidate } from '../candidates/candidate.entity';
import { Interview } from '../candidates/interview.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { DeliverableStatusChange } from '../deliverables/deliverable-status-change.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Evidence } from '../evidence/evidence.entity';
import { EvidenceDeliverableLink, EvidenceRequirementLink } from '../evidence/evidence-link.entity';
import { EvidenceReview } from '../evidence/evidence-review.entity';
import { EvidenceVersion } from '../evidence/evidence-version.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Notification } from '../notifications/notification.entity';
import { Organization } from '../organizations/organization.entity';
import { RaidItem } from '../raid-items/raid-item.entity';
import { RaidItemDeliverableLink } from '../raid-items/raid-item-link.entity';
import { RaidItemSeatLink } from '../raid-items/raid-item-seat-link.entity';
import { EngagementFramework } from '../requirements/engagement-framework.entity';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { Seat } from '../seats/seat.entity';
import { StaffingChange } from '../staffing-changes/staffing-change.entity';
import { StatusReport } from '../status-reports/status-report.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [
  ActivityChainHead,
  ActivityEvent,
  Assignment,
  AuditGrant,
  AuditPack,
  Candidate,
  Deliverable,
  DeliverableStatusChange,
  Engagement,
  EngagementFramework,
  EngagementRequirement,
  EngineerProfile,
  Evidence,
  EvidenceDeliverableLink,
  EvidenceRequirementLink,
  EvidenceReview,
  EvidenceVersion,
  Interview,
  LoginThrottle,
  Notification,
  Milestone,
  Organization,
  RaidItem,
  RaidItemDeliverableLink,
  RaidItemSeatLink,
  Session,
  StatusReport,
  Seat,
  StaffingChange,
  User,
];
