import { OrganizationKind, Role } from '@portal/domain';

/** Who is making a request, as established by the access token and checked against the database. */
export interface Actor {
  userId: string;
  sessionId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: Role;
  displayName: string;
}

/** What every service call needs besides its arguments. */
export interface RequestScope {
  actor: Actor;
  requestId: string;
}
