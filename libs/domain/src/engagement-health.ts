/** How an engagement stands, worst last. */
export enum HealthStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

export const HEALTH_STATUS_LABELS: Record<HealthStatus, string> = {
  [HealthStatus.ON_TRACK]: 'On track',
  [HealthStatus.AT_RISK]: 'At risk',
  [HealthStatus.OFF_TRACK]: 'Off track',
};

/** Why an engagement is not on track; one code per rule. */
export enum HealthReasonCode {
  OVERDUE_DELIVERABLES = 'OVERDUE_DELIVERABLES',
  OVERDUE_MILESTONES = 'OVERDUE_MILESTONES',
  SIGN_OFFS_WAITING = 'SIGN_OFFS_WAITING',
  EXPIRED_EVIDENCE = 'EXPIRED_EVIDENCE',
  OPEN_SEATS_PAST_START = 'OPEN_SEATS_PAST_START',
}

/**
 * What the health rules look at, counted for one engagement on one day. A new fact is one more
 * count here and one more rule below.
 */
export interface HealthFacts {
  /** Deliverables past their due date and not accepted. */
  overdueDeliverables: number;
  /** Milestones past their due date with a deliverable not yet accepted. */
  overdueMilestones: number;
  /** Submitted deliverables waiting for sign-off longer than SIGN_OFF_WAITING_DAYS. */
  signOffsWaiting: number;
  /** In-scope requirements whose only accepted evidence has expired. */
  expiredEvidence: number;
  /** Seats not yet filled (open, with candidates or interviewing) whose needed-from day has passed. */
  openSeatsPastStart: number;
}

export interface HealthReason {
  code: HealthReasonCode;
  status: HealthStatus;
  count: number;
  message: string;
}

export interface EngagementHealth {
  status: HealthStatus;
  reasons: HealthReason[];
}

/** A sign-off that waits longer than this many days counts against the engagement. */
export const SIGN_OFF_WAITING_DAYS = 5;

/** Overdue deliverables from this many on put the engagement off track (fewer: at risk). */
export const OVERDUE_DELIVERABLES_OFF_TRACK = 3;

interface HealthRule {
  code: HealthReasonCode;
  count(facts: HealthFacts): number;
  /** The status a non-zero count leads to. */
  status(count: number): HealthStatus;
  message(count: number): string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The rules, in the order their reasons are shown. */
export const HEALTH_RULES: readonly HealthRule[] = [
  {
    code: HealthReasonCode.OVERDUE_MILESTONES,
    count: (facts) => facts.overdueMilestones,
    status: () => HealthStatus.OFF_TRACK,
    message: (count) => `${plural(count, 'milestone is', 'milestones are')} past due`,
  },
  {
    code: HealthReasonCode.OVERDUE_DELIVERABLES,
    count: (facts) => facts.overdueDeliverables,
    status: (count) =>
      count >= OVERDUE_DELIVERABLES_OFF_TRACK ? HealthStatus.OFF_TRACK : HealthStatus.AT_RISK,
    message: (count) =>
      `${plural(count, 'deliverable is', 'deliverables are')} past due and not accepted`,
  },
  {
    code: HealthReasonCode.SIGN_OFFS_WAITING,
    count: (facts) => facts.signOffsWaiting,
    status: () => HealthStatus.AT_RISK,
    message: (count) =>
      `${plural(count, 'submitted deliverable waits', 'submitted deliverables wait')} for sign-off more than ${SIGN_OFF_WAITING_DAYS} days`,
  },
  {
    code: HealthReasonCode.EXPIRED_EVIDENCE,
    count: (facts) => facts.expiredEvidence,
    status: () => HealthStatus.AT_RISK,
    message: (count) =>
      `${plural(count, 'requirement relies', 'requirements rely')} on expired evidence`,
  },
  {
    code: HealthReasonCode.OPEN_SEATS_PAST_START,
    count: (facts) => facts.openSeatsPastStart,
    status: () => HealthStatus.AT_RISK,
    message: (count) =>
      `${plural(count, 'seat is', 'seats are')} still unfilled after the day ${count === 1 ? 'it was' : 'they were'} needed from`,
  },
];

const SEVERITY: Record<HealthStatus, number> = {
  [HealthStatus.ON_TRACK]: 0,
  [HealthStatus.AT_RISK]: 1,
  [HealthStatus.OFF_TRACK]: 2,
};

/** Every rule with a non-zero count gives a reason; the worst reason decides the status. */
export function deriveHealth(facts: HealthFacts): EngagementHealth {
  const reasons: HealthReason[] = [];
  for (const rule of HEALTH_RULES) {
    const count = rule.count(facts);
    if (count > 0)
      reasons.push({
        code: rule.code,
        status: rule.status(count),
        count,
        message: rule.message(count),
      });
  }

  const status = reasons.reduce(
    (worst, reason) => (SEVERITY[reason.status] > SEVERITY[worst] ? reason.status : worst),
    HealthStatus.ON_TRACK,
  );

  return { status, reasons };
}
