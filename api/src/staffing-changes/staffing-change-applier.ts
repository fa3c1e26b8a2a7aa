import { Injectable } from '@nestjs/common';
import { CandidateState, SeatState, StaffingChangeKind } from '@portal/domain';
import { EntityManager, In } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { Assignment } from '../assignments/assignment.entity';
import { Candidate } from '../candidates/candidate.entity';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues } from '../common/entity-changes';
import { Engagement } from '../engagements/engagement.entity';
import { RequestScope } from '../policy/actor';
import { Seat } from '../seats/seat.entity';
import { refreshSeatState, setSeatState } from '../seats/seat-state';
import { StaffingChange } from './staffing-change.entity';
import {
  assertAssignmentChangeable,
  assertSeatReleasable,
  previousDay,
} from './staffing-change-request';

const ASSIGNMENT_FIELDS = [
  'seatId',
  'engineerId',
  'role',
  'allocationPercent',
  'startDate',
  'endDate',
] as const;

const OPEN_CANDIDACIES = [
  CandidateState.PROPOSED,
  CandidateState.INTERVIEWING,
  CandidateState.APPROVED,
];

/**
 * Turns an approved change into rows, inside the approval's transaction. Rows are closed and
 * opened on the effective date; nothing before it is touched, so the roster of any past day
 * stays what it was. Returns the values the change records about what it did.
 */
@Injectable()
export class StaffingChangeApplier {
  constructor(private readonly activity: ActivityService) {}

  async apply(
    manager: EntityManager,
    scope: RequestScope,
    change: StaffingChange,
    engagement: Engagement,
    today: string,
  ): Promise<Partial<StaffingChange>> {
    if (change.effectiveDate < today) {
      throw DomainError.badInput([
        {
          field: 'effectiveDate',
          message: 'has passed before the change was approved; cancel it and request it again',
        },
      ]);
    }
    const work = { manager, scope, change, engagement };
    switch (change.kind) {
      case StaffingChangeKind.SCALE_UP:
        await this.openSeats(work);
        return {};
      case StaffingChangeKind.RELEASE_SEAT:
        await this.releaseSeat(work);
        return {};
      case StaffingChangeKind.END_ASSIGNMENT:
        await this.endAssignment(work);
        return {};
      case StaffingChangeKind.CHANGE_ALLOCATION:
      case StaffingChangeKind.SWAP_ENGINEER:
        return { openedAssignmentId: await this.replaceAssignment(work) };
      case StaffingChangeKind.EXTEND:
        return { previousEndDate: await this.extendAssignment(work) };
    }
  }

  private async openSeats({ manager, scope, change, engagement }: ApplyContext) {
    for (let index = 0; index < change.seatCount!; index += 1) {
      const seat = await manager.save(
        Seat,
        manager.create(Seat, {
          engagementId: engagement.id,
          role: change.role!,
          seniority: change.seniority!,
          skills: change.skills,
          targetAllocationPercent: change.allocationPercent!,
          neededFrom: change.effectiveDate,
          neededUntil: change.neededUntil,
          state: SeatState.OPEN,
          staffingChangeId: change.id,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'seat.opened',
        entityType: 'Seat',
        entityId: seat.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: {
          ...initialValues(seat, ['role', 'seniority', 'skills', 'targetAllocationPercent']),
          ...initialValues(seat, ['neededFrom', 'neededUntil', 'state', 'staffingChangeId']),
        },
      });
    }
  }

  private async releaseSeat({ manager, scope, change, engagement }: ApplyContext) {
    const seat = await this.lock(manager, Seat, change.seatId!);
    assertSeatReleasable(seat, engagement, change.effectiveDate);
    const lastDay = previousDay(change.effectiveDate);
    const running = await manager
      .getRepository(Assignment)
      .createQueryBuilder('assignment')
      .setLock('pessimistic_write')
      .where('assignment.seatId = :seatId', { seatId: seat.id })
      .andWhere('(assignment.endDate IS NULL OR assignment.endDate > :lastDay)', { lastDay })
      .getMany();
    for (const assignment of running) {
      if (assignment.startDate > lastDay) {
        throw DomainError.badInput([
          {
            field: 'effectiveDate',
            message: 'is not after the start of an assignment in the seat; end that one instead',
          },
        ]);
      }
      await this.saveAssignment(context(manager, scope, engagement), assignment, lastDay);
    }

    const candidacies = await manager.findBy(Candidate, {
      seatId: seat.id,
      state: In(OPEN_CANDIDACIES),
    });
    for (const candidate of candidacies) {
      await manager.save(Candidate, { ...candidate, state: CandidateState.WITHDRAWN });
      await this.activity.record(manager, scope, {
        action: 'candidate.withdrawn',
        entityType: 'Candidate',
        entityId: candidate.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: { state: { from: candidate.state, to: CandidateState.WITHDRAWN } },
      });
    }

    const neededUntil = lastDay >= seat.neededFrom ? lastDay : seat.neededUntil;
    await setSeatState(
      manager,
      this.activity,
      scope,
      seat,
      SeatState.RELEASED,
      engagement.clientId,
      {
        neededUntil,
      },
    );
  }

  private async endAssignment({ manager, scope, change, engagement }: ApplyContext) {
    const assignment = await this.lock(manager, Assignment, change.assignmentId!);
    assertAssignmentChangeable(change, assignment, engagement);
    await this.saveAssignment(
      context(manager, scope, engagement),
      assignment,
      previousDay(change.effectiveDate),
    );
    const seat = await manager.findOneByOrFail(Seat, { id: assignment.seatId });
    await refreshSeatState(manager, this.activity, scope, seat, engagement.clientId);
  }

  /** Closes the running row the day before and opens its successor on the effective date. */
  private async replaceAssignment({ manager, scope, change, engagement }: ApplyContext) {
    const current = await this.lock(manager, Assignment, change.assignmentId!);
    assertAssignmentChangeable(change, current, engagement);
    const engineerId = change.engineerId ?? current.engineerId;
    if (change.kind === StaffingChangeKind.SWAP_ENGINEER)
      await this.confirmSwappedCandidate(manager, scope, engagement, current.seatId, engineerId);

    const apply = context(manager, scope, engagement);
    await this.saveAssignment(apply, current, previousDay(change.effectiveDate));
    const successor = await manager.save(
      Assignment,
      manager.create(Assignment, {
        engagementId: engagement.id,
        seatId: current.seatId,
        engineerId,
        role: current.role,
        allocationPercent: change.allocationPercent ?? current.allocationPercent,
        startDate: change.effectiveDate,
        endDate: current.endDate,
      }),
    );
    await this.activity.record(manager, scope, {
      action: 'assignment.created',
      entityType: 'Assignment',
      entityId: successor.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes: { ...initialValues(successor, ASSIGNMENT_FIELDS), staffingChangeId: change.id },
    });

    return successor.id;
  }

  /** An engineer takes a client's seat only after an approved interview for it. */
  private async confirmSwappedCandidate(
    manager: EntityManager,
    scope: RequestScope,
    engagement: Engagement,
    seatId: string,
    engineerId: string,
  ) {
    const candidate = await manager.findOneBy(Candidate, {
      seatId,
      engineerId,
      state: CandidateState.APPROVED,
    });
    if (!candidate) {
      throw DomainError.badInput([
        {
          field: 'engineerId',
          message: 'has no approved interview for this seat; propose and interview them first',
        },
      ]);
    }
    await manager.save(Candidate, { ...candidate, state: CandidateState.CONFIRMED });
    await this.activity.record(manager, scope, {
      action: 'candidate.confirmed',
      entityType: 'Candidate',
      entityId: candidate.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes: { state: { from: candidate.state, to: CandidateState.CONFIRMED } },
    });
  }

  private async extendAssignment({ manager, scope, change, engagement }: ApplyContext) {
    const assignment = await this.lock(manager, Assignment, change.assignmentId!);
    assertAssignmentChangeable(change, assignment, engagement);
    const previousEndDate = assignment.endDate;
    await this.saveAssignment(context(manager, scope, engagement), assignment, change.newEndDate);

    const seat = await this.lock(manager, Seat, assignment.seatId);
    if (seat.neededUntil && change.newEndDate && seat.neededUntil < change.newEndDate) {
      const saved = await manager.save(Seat, { ...seat, neededUntil: change.newEndDate });
      await this.activity.record(manager, scope, {
        action: 'seat.updated',
        entityType: 'Seat',
        entityId: seat.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: changesBetween(seat, saved, ['neededUntil']),
      });
    }

    return previousEndDate;
  }

  private async saveAssignment(
    { manager, scope, engagement }: Omit<ApplyContext, 'change'>,
    assignment: Assignment,
    endDate: string | null,
  ) {
    const saved = await manager.save(
      Assignment,
      manager.create(Assignment, { ...assignment, endDate }),
    );
    await this.activity.record(manager, scope, {
      action: 'assignment.updated',
      entityType: 'Assignment',
      entityId: saved.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes: changesBetween(assignment, saved, ASSIGNMENT_FIELDS),
    });
  }

  private async lock<T extends Seat | Assignment>(
    manager: EntityManager,
    entity: new () => T,
    id: string,
  ): Promise<T> {
    const row = await manager
      .getRepository(entity)
      .createQueryBuilder('row')
      .setLock('pessimistic_write')
      .where('row.id = :id', { id })
      .getOne();
    if (!row) throw DomainError.notFound(entity.name, id);

    return row as T;
  }
}

interface ApplyContext {
  manager: EntityManager;
  scope: RequestScope;
  change: StaffingChange;
  engagement: Engagement;
}

function context(manager: EntityManager, scope: RequestScope, engagement: Engagement) {
  return { manager, scope, engagement };
}
