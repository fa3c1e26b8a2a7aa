import { SeatState, StaffingChangeKind } from '@portal/domain';
import { EntityManager } from 'typeorm';

import { Assignment } from '../assignments/assignment.entity';
import { DomainError, FieldProblem } from '../common/domain-error';
import { findVisible } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Actor } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { addDays } from '../requirements/evidence-status';
import { Seat } from '../seats/seat.entity';
import { StaffingChange } from './staffing-change.entity';
import { RequestStaffingChangeInput } from './staffing-change.inputs';

type KindField = keyof Pick<
  RequestStaffingChangeInput,
  | 'role'
  | 'seniority'
  | 'skills'
  | 'allocationPercent'
  | 'seatCount'
  | 'neededUntil'
  | 'seatId'
  | 'assignmentId'
  | 'engineerId'
  | 'newEndDate'
>;

/** Which kind-specific fields each kind needs, and which it may carry. */
/** Staffing is planned at most this far ahead; a later date is a typing mistake. */
const MAX_PLANNING_DAYS = 3 * 366;

const KIND_FIELDS: Record<StaffingChangeKind, { required: KindField[]; optional: KindField[] }> = {
  [StaffingChangeKind.SCALE_UP]: {
    required: ['role', 'seniority', 'allocationPercent'],
    optional: ['skills', 'seatCount', 'neededUntil'],
  },
  [StaffingChangeKind.RELEASE_SEAT]: { required: ['seatId'], optional: [] },
  [StaffingChangeKind.END_ASSIGNMENT]: { required: ['assignmentId'], optional: [] },
  [StaffingChangeKind.CHANGE_ALLOCATION]: {
    required: ['assignmentId', 'allocationPercent'],
    optional: [],
  },
  [StaffingChangeKind.SWAP_ENGINEER]: { required: ['assignmentId', 'engineerId'], optional: [] },
  [StaffingChangeKind.EXTEND]: { required: ['assignmentId', 'newEndDate'], optional: [] },
};

const ALL_KIND_FIELDS: KindField[] = [
  'role',
  'seniority',
  'skills',
  'allocationPercent',
  'seatCount',
  'neededUntil',
  'seatId',
  'assignmentId',
  'engineerId',
  'newEndDate',
];

/**
 * Checks a request against the team as it stands and returns the values of the new record.
 * The same checks run again when the change is applied, since the team may have moved on.
 */
export async function validatedRequest(
  manager: EntityManager,
  policy: PolicyService,
  actor: Actor,
  engagement: Engagement,
  input: RequestStaffingChangeInput,
  today: string,
): Promise<Partial<StaffingChange>> {
  const { required, optional } = KIND_FIELDS[input.kind];
  const problems: FieldProblem[] = [];
  for (const field of required) {
    if (input[field] === undefined || input[field] === null)
      problems.push({ field, message: `is required for ${input.kind}` });
  }
  for (const field of ALL_KIND_FIELDS) {
    const given = input[field] !== undefined && input[field] !== null;
    if (given && !required.includes(field) && !optional.includes(field))
      problems.push({ field, message: `does not apply to ${input.kind}` });
  }
  if (input.effectiveDate < today)
    problems.push({ field: 'effectiveDate', message: 'is in the past; history is not rewritten' });
  if (input.effectiveDate < engagement.startDate)
    problems.push({ field: 'effectiveDate', message: 'is before the engagement starts' });
  if (input.effectiveDate > addDays(today, MAX_PLANNING_DAYS))
    problems.push({ field: 'effectiveDate', message: 'is more than three years ahead' });
  if (input.newEndDate && input.newEndDate > addDays(today, MAX_PLANNING_DAYS))
    problems.push({ field: 'newEndDate', message: 'is more than three years ahead' });
  if (input.neededUntil && input.neededUntil < input.effectiveDate)
    problems.push({ field: 'neededUntil', message: 'must not be before effectiveDate' });
  if (problems.length > 0) throw DomainError.badInput(problems);

  const values: Partial<StaffingChange> = {
    engagementId: engagement.id,
    kind: input.kind,
    effectiveDate: input.effectiveDate,
    reason: input.reason.trim(),
    role: input.role ?? null,
    seniority: input.seniority ?? null,
    skills: [...new Set((input.skills ?? []).map((skill) => skill.trim()).filter(Boolean))],
    allocationPercent: input.allocationPercent ?? null,
    seatCount: input.kind === StaffingChangeKind.SCALE_UP ? (input.seatCount ?? 1) : null,
    neededUntil: input.neededUntil ?? null,
    seatId: input.seatId ?? null,
    assignmentId: input.assignmentId ?? null,
    engineerId: input.engineerId ?? null,
    newEndDate: input.newEndDate ?? null,
  };

  if (input.seatId) {
    const seat = await findVisible(manager, Seat, 'Seat', input.seatId, actor, policy.scopeSeats);
    assertSeatReleasable(seat, engagement, input.effectiveDate);
  }
  if (input.assignmentId) {
    const assignment = await findVisible(
      manager,
      Assignment,
      'Assignment',
      input.assignmentId,
      actor,
      policy.scopeByEngagement,
    );
    assertAssignmentChangeable(values as StaffingChange, assignment, engagement);
  }
  if (input.engineerId) {
    await findVisible(
      manager,
      EngineerProfile,
      'Engineer',
      input.engineerId,
      actor,
      policy.scopeEngineers,
    );
  }

  return values;
}

export function assertSeatReleasable(seat: Seat, engagement: Engagement, effectiveDate: string) {
  if (seat.engagementId !== engagement.id)
    throw DomainError.badInput([{ field: 'seatId', message: 'is not a seat of this engagement' }]);
  if (seat.state === SeatState.RELEASED)
    throw DomainError.badInput([{ field: 'seatId', message: 'is already released' }]);
  if (seat.neededUntil && seat.neededUntil < effectiveDate)
    throw DomainError.badInput([
      { field: 'effectiveDate', message: 'is after the seat is no longer needed' },
    ]);
}

/**
 * Ending, re-allocating and swapping cut a running assignment in two on the effective date, so
 * it must have started before that day and still run on it. An extension moves the end of an
 * assignment that has not ended before the effective date.
 */
export function assertAssignmentChangeable(
  change: StaffingChange,
  assignment: Assignment,
  engagement: Engagement,
) {
  if (assignment.engagementId !== engagement.id) {
    throw DomainError.badInput([
      { field: 'assignmentId', message: 'is not an assignment of this engagement' },
    ]);
  }
  const effective = change.effectiveDate;
  if (change.kind === StaffingChangeKind.EXTEND) {
    if (!assignment.endDate) {
      throw DomainError.badInput([{ field: 'assignmentId', message: 'has no end date to extend' }]);
    }
    if (assignment.endDate < previousDay(effective)) {
      throw DomainError.badInput([
        { field: 'effectiveDate', message: 'is after the assignment has ended' },
      ]);
    }
    if (change.newEndDate! <= assignment.endDate) {
      throw DomainError.badInput([
        { field: 'newEndDate', message: 'must be after the current end date' },
      ]);
    }
    return;
  }

  if (assignment.startDate >= effective) {
    throw DomainError.badInput([
      { field: 'effectiveDate', message: 'must be after the assignment starts' },
    ]);
  }
  if (assignment.endDate && assignment.endDate < effective) {
    throw DomainError.badInput([
      { field: 'effectiveDate', message: 'is after the assignment ends' },
    ]);
  }
  if (
    change.kind === StaffingChangeKind.CHANGE_ALLOCATION &&
    change.allocationPercent === assignment.allocationPercent
  ) {
    throw DomainError.badInput([
      { field: 'allocationPercent', message: 'is the allocation the assignment already has' },
    ]);
  }
  if (
    change.kind === StaffingChangeKind.SWAP_ENGINEER &&
    change.engineerId === assignment.engineerId
  ) {
    throw DomainError.badInput([{ field: 'engineerId', message: 'already holds this assignment' }]);
  }
}

export function previousDay(date: string): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() - 1);

  return value.toISOString().slice(0, 10);
}
