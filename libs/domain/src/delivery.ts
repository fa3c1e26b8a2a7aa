import { Role } from './roles';

/** How the version a deliverable was handed over at is named. */
export enum PinnedVersionKind {
  TAG = 'TAG',
  COMMIT = 'COMMIT',
  SPEC_VERSION = 'SPEC_VERSION',
  HASH = 'HASH',
}

export const PINNED_VERSION_KIND_LABELS: Record<PinnedVersionKind, string> = {
  [PinnedVersionKind.TAG]: 'Tag',
  [PinnedVersionKind.COMMIT]: 'Commit',
  [PinnedVersionKind.SPEC_VERSION]: 'Spec version',
  [PinnedVersionKind.HASH]: 'Hash',
};

/** The client's decision on a submitted version. */
export enum SignOffDecision {
  ACCEPTED = 'ACCEPTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

const PINNED_VALUE_RULES: Record<PinnedVersionKind, { pattern: RegExp; message: string }> = {
  [PinnedVersionKind.TAG]: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9._\-/+]{0,99}$/,
    message: 'must be a tag name (letters, digits, . _ - / +, up to 100 characters)',
  },
  [PinnedVersionKind.COMMIT]: {
    pattern: /^[0-9a-f]{7,40}$/,
    message: 'must be 7 to 40 lower-case hexadecimal digits',
  },
  [PinnedVersionKind.SPEC_VERSION]: {
    pattern: /^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/,
    message: 'must be a version number such as 2.1.0 or v3',
  },
  [PinnedVersionKind.HASH]: {
    pattern: /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/,
    message: 'must be sha256:<64 hex digits> or sha512:<128 hex digits>',
  },
};

/** Why a pinned value does not fit its kind, or null when it does. */
export function pinnedValueProblem(kind: PinnedVersionKind, value: string): string | null {
  const rule = PINNED_VALUE_RULES[kind];

  return rule.pattern.test(value) ? null : rule.message;
}

/** Kinds of entries in an engagement's RAID log. */
export enum RaidKind {
  RISK = 'RISK',
  ASSUMPTION = 'ASSUMPTION',
  ISSUE = 'ISSUE',
  DEPENDENCY = 'DEPENDENCY',
}

export enum RaidSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export enum RaidStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Who may read a RAID entry: both sides, or only the side (agency or client) that wrote it. */
export enum RaidVisibility {
  CLIENT_VISIBLE = 'CLIENT_VISIBLE',
  INTERNAL = 'INTERNAL',
}

/** The two sides of an engagement; auditors are on neither. */
export enum EngagementSide {
  AGENCY = 'AGENCY',
  CLIENT = 'CLIENT',
}

const SIDE_OF_ROLE: Record<Role, EngagementSide | null> = {
  [Role.AGENCY_ADMIN]: EngagementSide.AGENCY,
  [Role.ACCOUNT_LEAD]: EngagementSide.AGENCY,
  [Role.ENGINEER]: EngagementSide.AGENCY,
  [Role.CLIENT_MANAGER]: EngagementSide.CLIENT,
  [Role.COMPLIANCE_OFFICER]: EngagementSide.CLIENT,
  [Role.CLIENT_VIEWER]: EngagementSide.CLIENT,
  [Role.AUDITOR]: null,
};

export function sideOf(role: Role): EngagementSide | null {
  return SIDE_OF_ROLE[role];
}

/** A status report is drafted, then published once and frozen. */
export enum StatusReportState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
