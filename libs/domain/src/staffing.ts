/**
 * Demand side of a team: a seat is a role an engagement needs. Its state follows what happens
 * to its candidates and assignments (see the seat service); RELEASED is final.
 */
export enum SeatState {
  OPEN = 'OPEN',
  CANDIDATES = 'CANDIDATES',
  INTERVIEWING = 'INTERVIEWING',
  FILLED = 'FILLED',
  RELEASED = 'RELEASED',
}

/** What a staffing change asks for. */
export enum StaffingChangeKind {
  SCALE_UP = 'SCALE_UP',
  RELEASE_SEAT = 'RELEASE_SEAT',
  END_ASSIGNMENT = 'END_ASSIGNMENT',
  CHANGE_ALLOCATION = 'CHANGE_ALLOCATION',
  SWAP_ENGINEER = 'SWAP_ENGINEER',
  EXTEND = 'EXTEND',
}

/** PENDING → APPROVED → APPLIED, or REJECTED by an approver / CANCELLED by the requester. */
export enum StaffingChangeState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  APPLIED = 'APPLIED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

/** Where an engineer proposed for a seat stands. */
export enum CandidateState {
  PROPOSED = 'PROPOSED',
  INTERVIEWING = 'INTERVIEWING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CONFIRMED = 'CONFIRMED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum InterviewOutcome {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  NO_SHOW = 'NO_SHOW',
}

/** Interview feedback is the client's: shared with the agency, or kept inside the client. */
export enum FeedbackVisibility {
  SHARED_WITH_AGENCY = 'SHARED_WITH_AGENCY',
  CLIENT_INTERNAL = 'CLIENT_INTERNAL',
}

export const STAFFING_CHANGE_KIND_LABELS: Record<StaffingChangeKind, string> = {
  [StaffingChangeKind.SCALE_UP]: 'Scale up',
  [StaffingChangeKind.RELEASE_SEAT]: 'Release a seat',
  [StaffingChangeKind.END_ASSIGNMENT]: 'End an assignment',
  [StaffingChangeKind.CHANGE_ALLOCATION]: 'Change allocation',
  [StaffingChangeKind.SWAP_ENGINEER]: 'Swap engineer',
  [StaffingChangeKind.EXTEND]: 'Extend',
};
