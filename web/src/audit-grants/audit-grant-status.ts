import type { MantineColor } from '@mantine/core';

export type AuditGrantStatus = 'active' | 'expired' | 'revoked';

interface GrantTimes {
  expiresAt: string;
  revokedAt?: string | null;
}

/** Judged as the server judges it: revoked wins, then the expiry against the clock. */
export function auditGrantStatusOf(grant: GrantTimes, now: number = Date.now()): AuditGrantStatus {
  if (grant.revokedAt) return 'revoked';

  return Date.parse(grant.expiresAt) <= now ? 'expired' : 'active';
}

export const AUDIT_GRANT_STATUS_LABELS: Record<AuditGrantStatus, string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

export const AUDIT_GRANT_STATUS_COLORS: Record<AuditGrantStatus, MantineColor> = {
  active: 'green',
  expired: 'gray',
  revoked: 'red',
};
