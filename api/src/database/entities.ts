import { ActivityChainHead, ActivityEvent } from '../activity/activity-event.entity';
import { Assignment } from '../assignments/assignment.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { Session } from '../auth/session.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [
  ActivityChainHead,
  ActivityEvent,
  Assignment,
  Deliverable,
  Engagement,
  EngineerProfile,
  LoginThrottle,
  Organization,
  Session,
  User,
];
