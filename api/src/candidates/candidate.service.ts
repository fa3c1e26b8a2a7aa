import { Injectable } from '@nestjs/common';
import { CandidateState, InterviewOutcome, SeatState } from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { Assignment } from '../assignments/assignment.entity';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues } from '../common/entity-changes';
import { PageArgs, paginate } from '../common/pagination';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { today } from '../requirements/compliance-matrix.service';
import { Seat } from '../seats/seat.entity';
import { refreshSeatState } from '../seats/seat-state';
import { Candidate } from './candidate.entity';
import {
  CandidateFilter,
  CandidateVersionInput,
  ConfirmCandidateInput,
  ProposeCandidateInput,
} from './candidate.inputs';
import { Interview } from './interview.entity';

const LOGGED_FIELDS = ['seatId', 'engineerId', 'state', 'pitch', 'assignmentId'] as const;
const OPEN_STATES = [CandidateState.PROPOSED, CandidateState.INTERVIEWING, CandidateState.APPROVED];

/** The account lead proposes engineers for a seat; the client manager confirms one. */
@Injectable()
export class CandidateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Candidate,
      'Candidate',
      id,
      actor,
      this.policy.scopeCandidates,
    );
  }

  list(actor: Actor, page: PageArgs, filter: CandidateFilter = {}) {
    const query = this.policy.scopeCandidates(
      this.dataSource.getRepository(Candidate).createQueryBuilder('candidate'),
      actor,
      'candidate',
    );
    if (filter.engagementId)
      query.andWhere('candidate.engagementId = :engagementId', {
        engagementId: filter.engagementId,
      });
    if (filter.seatId) query.andWhere('candidate.seatId = :seatId', { seatId: filter.seatId });
    if (filter.state) query.andWhere('candidate.state = :state', { state: filter.state });

    return paginate(query, 'candidate', 'createdAt', page);
  }

  async propose(scope: RequestScope, input: ProposeCandidateInput): Promise<Candidate> {
    return this.dataSource.transaction(async (manager) => {
      const seat = await findVisible(
        manager,
        Seat,
        'Seat',
        input.seatId,
        scope.actor,
        this.policy.scopeSeats,
      );
      const engagement = await manager.findOneByOrFail(Engagement, { id: seat.engagementId });
      this.policy.authorizeStaffing(scope.actor, Action.ProposeCandidate, engagement);
      if (seat.state === SeatState.RELEASED)
        throw DomainError.badInput([{ field: 'seatId', message: 'has been released' }]);
      await findVisible(
        manager,
        EngineerProfile,
        'Engineer',
        input.engineerId,
        scope.actor,
        this.policy.scopeEngineers,
      );
      if (await manager.existsBy(Candidate, { seatId: seat.id, engineerId: input.engineerId })) {
        throw DomainError.badInput([
          { field: 'engineerId', message: 'has already been proposed for this seat' },
        ]);
      }

      const candidate = await manager.save(
        Candidate,
        manager.create(Candidate, {
          seatId: seat.id,
          engagementId: seat.engagementId,
          engineerId: input.engineerId,
          pitch: input.pitch.trim(),
          state: CandidateState.PROPOSED,
          proposedById: scope.actor.userId,
          assignmentId: null,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'candidate.proposed',
        entityType: 'Candidate',
        entityId: candidate.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: initialValues(candidate, LOGGED_FIELDS),
      });
      await refreshSeatState(manager, this.activity, scope, seat, engagement.clientId);

      return candidate;
    });
  }

  async withdraw(scope: RequestScope, input: CandidateVersionInput): Promise<Candidate> {
    return this.dataSource.transaction(async (manager) => {
      const { current, seat, engagement } = await this.lock(manager, scope, input);
      this.policy.authorizeStaffing(scope.actor, Action.ProposeCandidate, engagement);
      if (!OPEN_STATES.includes(current.state)) {
        throw DomainError.badInput([
          { field: 'id', message: `is ${current.state.toLowerCase()}, not an open candidacy` },
        ]);
      }

      const saved = await this.save(manager, scope, engagement, current, {
        state: CandidateState.WITHDRAWN,
      });
      await refreshSeatState(manager, this.activity, scope, seat, engagement.clientId);

      return saved;
    });
  }

  /**
   * Puts an approved candidate in the seat: an assignment with the seat's role and allocation
   * from the start date to the seat's last day. Without an approved interview it is refused.
   */
  async confirm(scope: RequestScope, input: ConfirmCandidateInput): Promise<Candidate> {
    return this.dataSource.transaction(async (manager) => {
      const { current, seat, engagement } = await this.lock(manager, scope, input);
      this.policy.authorizeStaffing(scope.actor, Action.ConfirmCandidate, engagement);
      const approvedInterview = await manager.existsBy(Interview, {
        candidateId: current.id,
        outcome: InterviewOutcome.APPROVED,
      });
      if (current.state === CandidateState.CONFIRMED) {
        throw DomainError.badInput([{ field: 'id', message: 'is already confirmed in the seat' }]);
      }
      if (current.state !== CandidateState.APPROVED || !approvedInterview) {
        throw DomainError.badInput([
          {
            field: 'id',
            message: 'has no approved interview; an engineer is confirmed only after one',
          },
        ]);
      }
      const problems = [];
      if (input.startDate < today())
        problems.push({ field: 'startDate', message: 'is in the past' });
      if (input.startDate < engagement.startDate)
        problems.push({ field: 'startDate', message: 'is before the engagement starts' });
      if (seat.neededUntil && input.startDate > seat.neededUntil)
        problems.push({ field: 'startDate', message: 'is after the seat is no longer needed' });
      if (seat.state === SeatState.RELEASED)
        problems.push({ field: 'id', message: 'is a candidate for a released seat' });
      if (problems.length > 0) throw DomainError.badInput(problems);

      const assignment = await manager.save(
        Assignment,
        manager.create(Assignment, {
          engagementId: engagement.id,
          seatId: seat.id,
          engineerId: current.engineerId,
          role: seat.role,
          allocationPercent: seat.targetAllocationPercent,
          startDate: input.startDate,
          endDate: seat.neededUntil,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'assignment.created',
        entityType: 'Assignment',
        entityId: assignment.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: {
          ...initialValues(assignment, ['seatId', 'engineerId', 'role', 'allocationPercent']),
          ...initialValues(assignment, ['startDate', 'endDate']),
          candidateId: current.id,
        },
      });
      const saved = await this.save(manager, scope, engagement, current, {
        state: CandidateState.CONFIRMED,
        assignmentId: assignment.id,
      });
      await refreshSeatState(manager, this.activity, scope, seat, engagement.clientId);

      return saved;
    });
  }

  private async lock(manager: EntityManager, scope: RequestScope, input: CandidateVersionInput) {
    const current = await lockVisibleForUpdate(
      manager,
      Candidate,
      'Candidate',
      input.id,
      input.version,
      scope.actor,
      this.policy.scopeCandidates,
    );
    const seat = await manager.findOneByOrFail(Seat, { id: current.seatId });
    const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });

    return { current, seat, engagement };
  }

  private async save(
    manager: EntityManager,
    scope: RequestScope,
    engagement: Engagement,
    current: Candidate,
    changes: Partial<Candidate>,
  ) {
    const saved = await manager.save(
      Candidate,
      manager.create(Candidate, { ...current, ...changes }),
    );
    await this.activity.record(manager, scope, {
      action: `candidate.${saved.state.toLowerCase()}`,
      entityType: 'Candidate',
      entityId: saved.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes: changesBetween(current, saved, LOGGED_FIELDS),
    });

    return saved;
  }
}
