import { Role } from '@portal/domain';

/**
 * Who may export packs and grant auditors access; the API's policy layer decides, this only
 * hides forms that would be refused. Everyone else who sees the engagement reads the packs.
 */
export const AUDIT_PACK_EXPORT_ROLES: readonly Role[] = [
  Role.COMPLIANCE_OFFICER,
  Role.AGENCY_ADMIN,
];
export const AUDIT_GRANT_ROLES: readonly Role[] = [Role.COMPLIANCE_OFFICER, Role.AGENCY_ADMIN];
