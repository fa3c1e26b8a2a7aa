import { Role } from '@portal/domain';

/**
 * Who sees which delivery buttons; the API's policy layer decides, this only hides actions
 * that would be refused.
 */
export const SUBMIT_DELIVERABLE_ROLES: readonly Role[] = [
  Role.AGENCY_ADMIN,
  Role.ACCOUNT_LEAD,
  Role.ENGINEER,
];
export const SIGN_OFF_ROLES: readonly Role[] = [Role.CLIENT_MANAGER];
/** Status reports and milestones are the account lead's (and admin's) to manage. */
export const STATUS_REPORT_ROLES: readonly Role[] = [Role.AGENCY_ADMIN, Role.ACCOUNT_LEAD];
export const MILESTONE_ROLES = STATUS_REPORT_ROLES;
export const RAID_EDIT_ROLES: readonly Role[] = [
  Role.AGENCY_ADMIN,
  Role.ACCOUNT_LEAD,
  Role.ENGINEER,
  Role.CLIENT_MANAGER,
  Role.COMPLIANCE_OFFICER,
];
