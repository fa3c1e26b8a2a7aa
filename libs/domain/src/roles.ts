/** The seven roles a user can hold; each user has exactly one. */
export enum Role {
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  ACCOUNT_LEAD = 'ACCOUNT_LEAD',
  ENGINEER = 'ENGINEER',
  CLIENT_MANAGER = 'CLIENT_MANAGER',
  COMPLIANCE_OFFICER = 'COMPLIANCE_OFFICER',
  CLIENT_VIEWER = 'CLIENT_VIEWER',
  AUDITOR = 'AUDITOR',
}

export enum OrganizationKind {
  AGENCY = 'AGENCY',
  CLIENT = 'CLIENT',
  AUDIT_FIRM = 'AUDIT_FIRM',
}

export const AGENCY_ROLES: readonly Role[] = [Role.AGENCY_ADMIN, Role.ACCOUNT_LEAD, Role.ENGINEER];
export const CLIENT_ROLES: readonly Role[] = [
  Role.CLIENT_MANAGER,
  Role.COMPLIANCE_OFFICER,
  Role.CLIENT_VIEWER,
];

/** Which roles a user of each kind of organization may hold. */
export const ROLES_BY_ORGANIZATION_KIND: Record<OrganizationKind, readonly Role[]> = {
  [OrganizationKind.AGENCY]: AGENCY_ROLES,
  [OrganizationKind.CLIENT]: CLIENT_ROLES,
  [OrganizationKind.AUDIT_FIRM]: [Role.AUDITOR],
};

export const ROLE_LABELS: Record<Role, string> = {
  [Role.AGENCY_ADMIN]: 'Agency admin',
  [Role.ACCOUNT_LEAD]: 'Account lead',
  [Role.ENGINEER]: 'Engineer',
  [Role.CLIENT_MANAGER]: 'Client manager',
  [Role.COMPLIANCE_OFFICER]: 'Compliance officer',
  [Role.CLIENT_VIEWER]: 'Client viewer',
  [Role.AUDITOR]: 'Auditor',
};
