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

/** The actor a user is, for work done on their behalf outside a request (seed, command line). */
export function actorOf(
  user: { id: string; organizationId: string; role: Role; displayName: string },
  organizationKind: OrganizationKind,
  sessionId: string,
): Actor {
  return {
    userId: user.id,
    sessionId,
    organizationId: user.organizationId,
    organizationKind,
    role: user.role,
    displayName: user.displayName,
  };
}

/** What every service call needs besides its arguments. */
export interface RequestScope {
  actor: Actor;
  requestId: string;
}
