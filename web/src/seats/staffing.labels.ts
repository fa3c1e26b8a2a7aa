import {
  AssignmentRole,
  CandidateState,
  InterviewOutcome,
  SeatState,
  Seniority,
  StaffingChangeState,
} from '@portal/domain';

import { ASSIGNMENT_ROLE_LABELS } from '../assignments/assignment.labels';
import { formatCalendarDate } from '../common/calendar-date';
import { SENIORITY_LABELS } from '../engineers/engineer.labels';

export const SEAT_STATE_LABELS: Record<SeatState, { label: string; color: string }> = {
  [SeatState.OPEN]: { label: 'Open', color: 'orange' },
  [SeatState.CANDIDATES]: { label: 'Candidates', color: 'yellow' },
  [SeatState.INTERVIEWING]: { label: 'Interviewing', color: 'blue' },
  [SeatState.FILLED]: { label: 'Filled', color: 'green' },
  [SeatState.RELEASED]: { label: 'Released', color: 'gray' },
};

export const CANDIDATE_STATE_LABELS: Record<CandidateState, { label: string; color: string }> = {
  [CandidateState.PROPOSED]: { label: 'Proposed', color: 'yellow' },
  [CandidateState.INTERVIEWING]: { label: 'Interviewing', color: 'blue' },
  [CandidateState.APPROVED]: { label: 'Approved', color: 'teal' },
  [CandidateState.REJECTED]: { label: 'Rejected', color: 'red' },
  [CandidateState.CONFIRMED]: { label: 'Confirmed', color: 'green' },
  [CandidateState.WITHDRAWN]: { label: 'Withdrawn', color: 'gray' },
};

export const INTERVIEW_OUTCOME_LABELS: Record<InterviewOutcome, string> = {
  [InterviewOutcome.APPROVED]: 'Approved',
  [InterviewOutcome.REJECTED]: 'Rejected',
  [InterviewOutcome.NO_SHOW]: 'No-show',
};

export const STAFFING_CHANGE_STATE_LABELS: Record<
  StaffingChangeState,
  { label: string; color: string }
> = {
  [StaffingChangeState.PENDING]: { label: 'Pending', color: 'yellow' },
  [StaffingChangeState.APPROVED]: { label: 'Approved', color: 'teal' },
  [StaffingChangeState.APPLIED]: { label: 'Applied', color: 'green' },
  [StaffingChangeState.REJECTED]: { label: 'Rejected', color: 'red' },
  [StaffingChangeState.CANCELLED]: { label: 'Cancelled', color: 'gray' },
};

/** Queries whose data a staffing step changes; refetched after every step. */
export const STAFFING_QUERIES = ['EngagementStaffing', 'EngagementDetail'];

interface LabelledSeat {
  role: AssignmentRole;
  seniority: Seniority;
  state: SeatState;
  neededFrom: string;
}

/**
 * "Backend engineer · Senior from 5 Jan 2027 (Open)": the start tells apart the seats an
 * engagement holds in the same role.
 */
export function seatLabel(seat: LabelledSeat) {
  return `${ASSIGNMENT_ROLE_LABELS[seat.role]} · ${SENIORITY_LABELS[seat.seniority]} from ${formatCalendarDate(seat.neededFrom)} (${SEAT_STATE_LABELS[seat.state].label})`;
}
