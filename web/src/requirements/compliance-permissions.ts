import { Role } from '@portal/domain';

import { useCurrentUser } from '../auth/current-user.context';

/**
 * Which compliance actions a role may take; the API's policy layer decides, this only hides
 * buttons that would be refused.
 */
const SCOPE_AND_REQUIREMENT_ROLES: readonly Role[] = [
  Role.AGENCY_ADMIN,
  Role.ACCOUNT_LEAD,
  Role.COMPLIANCE_OFFICER,
];
const EVIDENCE_CONTRIBUTOR_ROLES: readonly Role[] = [
  Role.AGENCY_ADMIN,
  Role.ACCOUNT_LEAD,
  Role.ENGINEER,
  Role.COMPLIANCE_OFFICER,
];
const EVIDENCE_WITHDRAW_ROLES: readonly Role[] = [
  Role.AGENCY_ADMIN,
  Role.ACCOUNT_LEAD,
  Role.COMPLIANCE_OFFICER,
];
export const EVIDENCE_REVIEW_ROLES: readonly Role[] = [Role.COMPLIANCE_OFFICER];

export interface CompliancePermissions {
  canScopeFrameworks: boolean;
  canManageRequirements: boolean;
  canAddEvidence: boolean;
  canReviewEvidence: boolean;
  canWithdrawEvidence: boolean;
}

export function compliancePermissionsFor(role: Role): CompliancePermissions {
  return {
    canScopeFrameworks: SCOPE_AND_REQUIREMENT_ROLES.includes(role),
    canManageRequirements: SCOPE_AND_REQUIREMENT_ROLES.includes(role),
    canAddEvidence: EVIDENCE_CONTRIBUTOR_ROLES.includes(role),
    canReviewEvidence: EVIDENCE_REVIEW_ROLES.includes(role),
    canWithdrawEvidence: EVIDENCE_WITHDRAW_ROLES.includes(role),
  };
}

export function useCompliancePermissions(): CompliancePermissions {
  return compliancePermissionsFor(useCurrentUser().role);
}
