import type { MantineColor } from '@mantine/core';

import type { AuditPackStatus } from '../gql/graphql';

export const AUDIT_PACK_STATUS_LABELS: Record<AuditPackStatus, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  SUCCEEDED: 'Ready',
  FAILED: 'Failed',
};

export const AUDIT_PACK_STATUS_COLORS: Record<AuditPackStatus, MantineColor> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
};

/** An export still on its way: its progress is polled until it succeeds or fails. */
export function isAuditPackPending(status: AuditPackStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** The name a pack is saved under when the server does not suggest one. */
export function auditPackFileName(periodFrom: string, periodTo: string): string {
  return `audit-pack-${periodFrom}-${periodTo}.zip`;
}

/** The command an auditor runs on a downloaded pack, offline, pinning the portal's key. */
export function verifyCommand(keyFingerprint: string, file = '<pack.zip>'): string {
  return `npm run pack:verify -- ${file} --key-fingerprint ${keyFingerprint}`;
}
