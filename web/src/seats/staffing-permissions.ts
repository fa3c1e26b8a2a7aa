import { Role } from '@portal/domain';

/**
 * Which staffing buttons to show. The API decides (through its policy layer); these mirror
 * its rules so that nobody is offered a step they would be refused.
 */
export interface StaffingPermissions {
  requestChange: boolean;
  approveForClient: boolean;
  approveForAgency: boolean;
  proposeCandidate: boolean;
  interview: boolean;
}

export function staffingPermissions(
  user: { id: string; role: Role },
  engagement: { accountLead?: { id: string } | null },
): StaffingPermissions {
  const leadsIt = user.role === Role.AGENCY_ADMIN || engagement.accountLead?.id === user.id;
  const isAgencyLead =
    (user.role === Role.ACCOUNT_LEAD || user.role === Role.AGENCY_ADMIN) && leadsIt;
  const isClientManager = user.role === Role.CLIENT_MANAGER;

  return {
    requestChange: isAgencyLead || isClientManager,
    approveForClient: isClientManager,
    approveForAgency: isAgencyLead,
    proposeCandidate: isAgencyLead,
    interview: isClientManager,
  };
}
