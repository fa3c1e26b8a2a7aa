import type { MantineColor } from '@mantine/core';
import { EvidenceKind, Freshness, ReviewDecision } from '@portal/domain';

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  [EvidenceKind.FILE]: 'File',
  [EvidenceKind.LINK]: 'Link',
  [EvidenceKind.ATTESTATION]: 'Attestation',
};

export const FRESHNESS_LABELS: Record<Freshness, string> = {
  [Freshness.FRESH]: 'Fresh',
  [Freshness.EXPIRING]: 'Expiring soon',
  [Freshness.EXPIRED]: 'Expired',
};

export const FRESHNESS_COLORS: Record<Freshness, MantineColor> = {
  [Freshness.FRESH]: 'green',
  [Freshness.EXPIRING]: 'yellow',
  [Freshness.EXPIRED]: 'red',
};

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  [ReviewDecision.ACCEPTED]: 'Accepted',
  [ReviewDecision.REJECTED]: 'Rejected',
};

export const REVIEW_DECISION_COLORS: Record<ReviewDecision, MantineColor> = {
  [ReviewDecision.ACCEPTED]: 'green',
  [ReviewDecision.REJECTED]: 'red',
};
