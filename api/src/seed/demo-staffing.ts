import {
  AssignmentRole,
  CandidateState,
  FeedbackVisibility,
  InterviewOutcome,
  RaidKind,
  RaidSeverity,
  RaidStatus,
  RaidVisibility,
  SeatState,
  Seniority,
  sideOf,
  StaffingChangeKind,
  StaffingChangeState,
} from '@portal/domain';
import { EntityTarget, ObjectLiteral } from 'typeorm';

import { Assignment } from '../assignments/assignment.entity';
import { Candidate } from '../candidates/candidate.entity';
import { Interview } from '../candidates/interview.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { RaidItem } from '../raid-items/raid-item.entity';
import { addDays } from '../requirements/evidence-status';
import { Seat } from '../seats/seat.entity';
import { StaffingChange } from '../staffing-changes/staffing-change.entity';
import { User } from '../users/user.entity';

type Create = <T extends ObjectLiteral & { id: string }>(
  entity: EntityTarget<T>,
  values: Partial<T>,
  links?: { engagementId?: string; organizationId?: string },
) => Promise<T>;

interface StaffingLookups {
  engagements: Map<string, Engagement>;
  engineers: Map<string, EngineerProfile>;
  users: Map<string, User>;
  assignments: Map<string, Assignment>;
}

/** Links a RAID entry to a seat (link rows have no id of their own, so no `create`). */
type LinkSeat = (raidItemId: string, seatId: string) => Promise<unknown>;

/**
 * The staffing story of the bank's payments engagement, dated from today so that it stays
 * current: an applied scale-up whose two seats are open and interviewing (one interview ahead,
 * one decided; a RAID risk concerns the open one), an approved candidate waiting for
 * confirmation on the monitoring stream, and a scale-down waiting for the client.
 */
export async function seedStaffing(
  create: Create,
  lookups: StaffingLookups,
  today: string,
  linkSeat: LinkSeat,
) {
  const payments = lookups.engagements.get('Payments API modernisation')!;
  const monitoring = lookups.engagements.get('Transaction monitoring stream')!;
  const manager = lookups.users.get('manager@balticmutual.example')!;
  const lead = lookups.users.get('lead@kestrel.example')!;
  const links = (engagement: Engagement) => ({
    engagementId: engagement.id,
    organizationId: engagement.clientId,
  });
  const requestedAt = new Date(`${addDays(today, -6)}T09:30:00Z`);
  const approvedAt = new Date(`${addDays(today, -5)}T14:00:00Z`);

  const scaleUp = await create(
    StaffingChange,
    {
      engagementId: payments.id,
      kind: StaffingChangeKind.SCALE_UP,
      state: StaffingChangeState.APPLIED,
      effectiveDate: addDays(today, 28),
      reason: 'Second squad for the instant payments scheme',
      requestedById: manager.id,
      clientApprovedById: manager.id,
      clientApprovedAt: requestedAt,
      agencyApprovedById: lead.id,
      agencyApprovedAt: approvedAt,
      appliedAt: approvedAt,
      role: AssignmentRole.BACKEND_ENGINEER,
      seniority: Seniority.SENIOR,
      skills: ['Go', 'Kafka', 'PostgreSQL'],
      allocationPercent: 100,
      seatCount: 2,
    },
    links(payments),
  );
  const seat = (state: SeatState) =>
    create(
      Seat,
      {
        engagementId: payments.id,
        role: AssignmentRole.BACKEND_ENGINEER,
        seniority: Seniority.SENIOR,
        skills: ['Go', 'Kafka', 'PostgreSQL'],
        targetAllocationPercent: 100,
        neededFrom: addDays(today, 28),
        neededUntil: null,
        state,
        staffingChangeId: scaleUp.id,
      },
      links(payments),
    );
  const interviewingSeat = await seat(SeatState.INTERVIEWING);
  const openSeat = await seat(SeatState.OPEN);
  const shortHanded = await create(
    RaidItem,
    {
      engagementId: payments.id,
      kind: RaidKind.RISK,
      title: 'Second instant-payments seat has no candidate yet',
      description:
        'Without a senior Go engineer in the open seat the second squad starts short-handed.',
      severity: RaidSeverity.MEDIUM,
      status: RaidStatus.OPEN,
      closingNote: null,
      closedAt: null,
      visibility: RaidVisibility.CLIENT_VISIBLE,
      authorSide: sideOf(lead.role)!,
      createdById: lead.id,
      ownerId: lead.id,
    },
    links(payments),
  );
  await linkSeat(shortHanded.id, openSeat.id);

  const candidate = (
    seatId: string,
    engagement: Engagement,
    engineer: string,
    state: CandidateState,
    pitch: string,
  ) =>
    create(
      Candidate,
      {
        seatId,
        engagementId: engagement.id,
        engineerId: lookups.engineers.get(engineer)!.id,
        state,
        pitch,
        proposedById: lead.id,
        assignmentId: null,
      },
      links(engagement),
    );
  const interview = (
    candidateId: string,
    engagement: Engagement,
    startsAt: Date,
    outcome: Pick<Interview, 'outcome' | 'feedback' | 'feedbackVisibility'> | null,
  ) =>
    create(
      Interview,
      {
        candidateId,
        engagementId: engagement.id,
        scheduledAt: startsAt,
        timeZone: 'Europe/Riga',
        durationMinutes: 60,
        interviewerIds: [manager.id],
        videoLink: 'https://meet.example/kestrel-interview',
        scheduledById: manager.id,
        outcome: outcome?.outcome ?? null,
        feedback: outcome?.feedback ?? null,
        feedbackVisibility: outcome?.feedbackVisibility ?? null,
        outcomeRecordedById: outcome ? manager.id : null,
        outcomeRecordedAt: outcome ? new Date(startsAt.getTime() + 2 * 3_600_000) : null,
      },
      links(engagement),
    );

  const bram = await candidate(
    interviewingSeat.id,
    payments,
    'Bram Janssen',
    CandidateState.INTERVIEWING,
    'Ran the ISO 20022 migration of a Dutch clearing house in Go.',
  );
  await interview(bram.id, payments, new Date(`${addDays(today, 7)}T08:00:00Z`), null);
  const olga = await candidate(
    interviewingSeat.id,
    payments,
    'Olga Ivanova',
    CandidateState.REJECTED,
    'Strong on streaming pipelines; learning Go.',
  );
  await interview(olga.id, payments, new Date(`${addDays(today, -3)}T08:00:00Z`), {
    outcome: InterviewOutcome.REJECTED,
    feedback: 'Good data background, but the seat needs more Go service experience.',
    feedbackVisibility: FeedbackVisibility.SHARED_WITH_AGENCY,
  });

  const streamingSeat = await create(
    Seat,
    {
      engagementId: monitoring.id,
      role: AssignmentRole.STREAMING_ENGINEER,
      seniority: Seniority.STAFF,
      skills: ['Flink', 'Kafka'],
      targetAllocationPercent: 80,
      neededFrom: addDays(today, 14),
      neededUntil: null,
      state: SeatState.CANDIDATES,
      staffingChangeId: null,
    },
    links(monitoring),
  );
  const aino = await candidate(
    streamingSeat.id,
    monitoring,
    'Aino Korhonen',
    CandidateState.APPROVED,
    'Built the fraud-scoring Flink jobs of a Nordic card issuer.',
  );
  await interview(aino.id, monitoring, new Date(`${addDays(today, -2)}T12:00:00Z`), {
    outcome: InterviewOutcome.APPROVED,
    feedback: 'Approve. Internal note: negotiate the start for after the code freeze.',
    feedbackVisibility: FeedbackVisibility.CLIENT_INTERNAL,
  });

  const leaving = lookups.assignments.get('Payments API modernisation/Jakub Novák')!;
  await create(
    StaffingChange,
    {
      engagementId: payments.id,
      kind: StaffingChangeKind.END_ASSIGNMENT,
      state: StaffingChangeState.PENDING,
      effectiveDate: addDays(today, 42),
      reason: 'Contract test suite hands over to the bank’s own team',
      requestedById: lead.id,
      agencyApprovedById: lead.id,
      agencyApprovedAt: new Date(`${addDays(today, -1)}T10:00:00Z`),
      assignmentId: leaving.id,
    },
    links(payments),
  );
}
