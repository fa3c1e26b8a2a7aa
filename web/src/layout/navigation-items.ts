import { AGENCY_ROLES, CLIENT_ROLES, Role } from '@portal/domain';

export interface NavigationItem {
  label: string;
  path: string;
  roles: readonly Role[];
}

/** Who may open which section; the routes and the navigation read the same list. */
export const ENGAGEMENT_ROLES: readonly Role[] = [...AGENCY_ROLES, ...CLIENT_ROLES];
export const ENGINEER_ROLES: readonly Role[] = AGENCY_ROLES;
export const ORGANIZATION_ROLES: readonly Role[] = [Role.AGENCY_ADMIN];
export const AUDIT_ACCESS_ROLES: readonly Role[] = [Role.AUDITOR];
export const REVIEW_ROLES: readonly Role[] = [Role.COMPLIANCE_OFFICER];
export const PORTFOLIO_ROLES: readonly Role[] = [Role.AGENCY_ADMIN, Role.ACCOUNT_LEAD];
export const CANDIDACY_ROLES: readonly Role[] = [Role.ENGINEER];

const NAVIGATION_ITEMS: readonly NavigationItem[] = [
  { label: 'Engagements', path: '/engagements', roles: ENGAGEMENT_ROLES },
  { label: 'Portfolio', path: '/portfolio', roles: PORTFOLIO_ROLES },
  { label: 'Reviews', path: '/reviews', roles: REVIEW_ROLES },
  { label: 'Engineers', path: '/engineers', roles: ENGINEER_ROLES },
  { label: 'My candidacies', path: '/candidacies', roles: CANDIDACY_ROLES },
  { label: 'Organizations', path: '/organizations', roles: ORGANIZATION_ROLES },
  { label: 'Audit access', path: '/audit-access', roles: AUDIT_ACCESS_ROLES },
];

export function navigationItemsFor(role: Role): NavigationItem[] {
  return NAVIGATION_ITEMS.filter((item) => item.roles.includes(role));
}

/** The first section a role can open is its start page. */
export function homePathFor(role: Role): string {
  return navigationItemsFor(role)[0]?.path ?? '/engagements';
}
