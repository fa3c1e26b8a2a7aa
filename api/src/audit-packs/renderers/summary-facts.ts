import { PackException, PackModel } from '../pack-model';

/**
 * What the human summaries (HTML entry page and PDF) show beyond the raw model: exceptions
 * grouped by reason, evidence that is stale or missing, and display formats. Shared so that
 * both summaries say the same thing.
 */

export type ExceptionReason = PackException['reason'];

/** In the order the summaries list them: gaps first, then evidence problems, then scoping. */
export const EXCEPTION_REASON_LABELS: Record<ExceptionReason, string> = {
  NO_EVIDENCE: 'No evidence',
  PENDING_REVIEW: 'Evidence awaiting review',
  NOT_ACCEPTED: 'Evidence not accepted',
  EXPIRED: 'Evidence expired',
  OUTSIDE_AUDIT_PERIOD: 'Evidence outside the audit period',
  FILE_MISSING: 'Evidence file missing',
  HASH_MISMATCH: 'Evidence file does not match its SHA-256',
  NOT_APPLICABLE: 'Requirement not applicable',
};

export interface ExceptionGroup {
  reason: ExceptionReason;
  label: string;
  exceptions: PackException[];
}

export interface EvidenceProblem {
  framework: string | null;
  reference: string | null;
  title: string;
  problem: string;
}

export function exceptionGroups(model: PackModel): ExceptionGroup[] {
  const reasons = Object.keys(EXCEPTION_REASON_LABELS) as ExceptionReason[];

  return reasons
    .map((reason) => ({
      reason,
      label: EXCEPTION_REASON_LABELS[reason],
      exceptions: model.exceptions.filter((exception) => exception.reason === reason),
    }))
    .filter((group) => group.exceptions.length > 0);
}

/**
 * Evidence an auditor should look at twice: applicable requirements with no evidence at all,
 * cited evidence that has expired or is about to, and files the pack could not include.
 */
export function staleOrMissingEvidence(model: PackModel): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const requirement of model.requirements) {
    if (requirement.evidenceStatus === 'NOT_APPLICABLE') continue;

    const where = { framework: requirement.framework, reference: requirement.reference };
    if (requirement.evidenceStatus === 'MISSING') {
      problems.push({ ...where, title: requirement.title, problem: 'No evidence' });
    }
    for (const citation of requirement.evidence) {
      if (citation.freshness === 'FRESH') continue;

      const verb = citation.freshness === 'EXPIRED' ? 'Expired' : 'Expires';
      const problem = citation.validUntil ? `${verb} on ${citation.validUntil}` : verb;
      problems.push({ ...where, title: citation.title, problem });
    }
  }

  for (const file of model.evidenceFiles) {
    if (file.status === 'INCLUDED') continue;

    const problem =
      file.status === 'FILE_MISSING'
        ? 'File missing from the evidence store; not in the pack'
        : 'Stored file does not match its recorded SHA-256; not in the pack';
    problems.push({ framework: null, reference: null, title: file.title, problem });
  }

  return problems;
}

/** `2025-07-01T09:30:00.000Z` as `2025-07-01 09:30 UTC`; anything unparseable as given. */
export function formatTimestamp(value: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return value;

  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;

  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export function requirementLabel(framework: string | null, reference: string | null): string {
  return [framework, reference].filter((part) => part).join(' ');
}

/** A bar's filled share, kept within 0–100 whatever the model says. */
export function barPercent(percent: number): number {
  return Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
}
