import { Injectable } from '@nestjs/common';
import { ASSIGNMENT_ROLE_LABELS, SeatState, SENIORITY_LABELS } from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Seat } from '../seats/seat.entity';
import { refreshSeatState } from '../seats/seat-state';
import { Assignment } from './assignment.entity';
import { CreateAssignmentInput, UpdateAssignmentInput } from './assignment.inputs';

const LOGGED_FIELDS = [
  'engagementId',
  'seatId',
  'engineerId',
  'role',
  'allocationPercent',
  'startDate',
  'endDate',
] as const;

@Injectable()
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Assignment,
      'Assignment',
      id,
      actor,
      this.policy.scopeByEngagement,
    );
  }

  async create(scope: RequestScope, input: CreateAssignmentInput): Promise<Assignment> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.ManageAssignments);
      const engineer = await findVisible(
        manager,
        EngineerProfile,
        'Engineer',
        input.engineerId,
        scope.actor,
        this.policy.scopeEngineers,
      );
      if (input.startDate < engagement.startDate) {
        throw DomainError.badInput([
          { field: 'startDate', message: 'is before the engagement starts' },
        ]);
      }
      if (engagement.endDate && input.startDate > engagement.endDate) {
        throw DomainError.badInput([
          { field: 'startDate', message: 'is after the engagement ends' },
        ]);
      }
      // The client interviews every engineer before they join: without an approved interview
      // on this engagement, only an agency admin may place someone (taking over a running team).
      if (
        !this.policy.allows(scope.actor, Action.PlaceWithoutInterview) &&
        !(await this.hasApprovedInterview(manager, engagement.id, engineer.id))
      ) {
        throw DomainError.badInput([
          {
            field: 'engineerId',
            message:
              'has no approved interview on this engagement; propose them for a seat and confirm them once the client approves',
          },
        ]);
      }

      const seat = input.seatId
        ? await this.seatToFill(manager, scope.actor, engagement, input.seatId)
        : await manager.save(
            Seat,
            manager.create(Seat, {
              engagementId: engagement.id,
              role: input.role,
              seniority: engineer.seniority,
              skills: engineer.skills,
              targetAllocationPercent: input.allocationPercent,
              neededFrom: input.startDate,
              neededUntil: input.endDate ?? null,
              state: SeatState.OPEN,
              staffingChangeId: null,
            }),
          );

      const { seatId: _seatId, ...values } = input;
      const assignment = await manager.save(
        Assignment,
        manager.create(Assignment, { ...values, seatId: seat.id, endDate: input.endDate ?? null }),
      );
      await this.activity.record(manager, scope, {
        action: 'assignment.created',
        entityType: 'Assignment',
        entityId: assignment.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: initialValues(assignment, LOGGED_FIELDS),
      });
      await refreshSeatState(manager, this.activity, scope, seat, engagement.clientId);

      return assignment;
    });
  }

  /** The engineers on an engagement's team on one day, with the allocation of that day. */
  async roster(actor: Actor, engagementId: string, asOf: string): Promise<Assignment[]> {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    const query = this.dataSource.getRepository(Assignment).createQueryBuilder('assignment');

    return this.policy
      .scopeByEngagement(query, actor, 'assignment')
      .andWhere('assignment.engagementId = :engagementId', { engagementId })
      .andWhere('assignment.startDate <= :asOf', { asOf })
      .andWhere('(assignment.endDate IS NULL OR assignment.endDate >= :asOf)', { asOf })
      .orderBy('assignment.startDate', 'ASC')
      .addOrderBy('assignment.id', 'ASC')
      .getMany();
  }

  /**
   * The team for the CSV export, through the same scopes as the API: contact details only
   * for roles that may see them; auditors, who never see teams, are refused.
   */
  async teamForExport(actor: Actor, engagementId: string, asOf: string | null) {
    const engagement = await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    this.policy.authorize(actor, Action.ExportTeam);
    const query = this.policy
      .scopeByEngagement(
        this.dataSource.getRepository(Assignment).createQueryBuilder('assignment'),
        actor,
        'assignment',
      )
      .innerJoinAndSelect('assignment.engineer', 'engineer')
      .andWhere('assignment.engagementId = :engagementId', { engagementId });
    if (asOf) {
      query
        .andWhere('assignment.startDate <= :asOf', { asOf })
        .andWhere('(assignment.endDate IS NULL OR assignment.endDate >= :asOf)', { asOf });
    }
    const assignments = await query
      .orderBy('assignment.startDate', 'ASC')
      .addOrderBy('engineer.fullName', 'ASC')
      .getMany();

    const rows = assignments.map(({ engineer, ...assignment }) => ({
      engineer: engineer!.fullName,
      seniority: SENIORITY_LABELS[engineer!.seniority],
      role: ASSIGNMENT_ROLE_LABELS[assignment.role],
      allocationPercent: assignment.allocationPercent,
      startDate: assignment.startDate,
      endDate: assignment.endDate,
      location: engineer!.location,
      contactEmail: this.policy.canSeeEngineerPersonalData(actor, engineer!)
        ? engineer!.contactEmail
        : null,
    }));

    return { engagement, rows };
  }

  private async hasApprovedInterview(
    manager: EntityManager,
    engagementId: string,
    engineerId: string,
  ): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM candidates candidate JOIN interviews interview ON interview.candidate_id = candidate.id
       WHERE candidate.engagement_id = $1 AND candidate.engineer_id = $2 AND interview.outcome = 'APPROVED'
       LIMIT 1`,
      [engagementId, engineerId],
    );

    return Boolean(row);
  }

  private async seatToFill(
    manager: EntityManager,
    actor: Actor,
    engagement: Engagement,
    seatId: string,
  ): Promise<Seat> {
    const seat = await findVisible(manager, Seat, 'Seat', seatId, actor, this.policy.scopeSeats);
    if (seat.engagementId !== engagement.id) {
      throw DomainError.badInput([
        { field: 'seatId', message: 'is not a seat of this engagement' },
      ]);
    }
    if (seat.state === SeatState.RELEASED) {
      throw DomainError.badInput([{ field: 'seatId', message: 'has been released' }]);
    }

    return seat;
  }

  /** Changes the role only; allocation and end date move through staffing changes. */
  async update(scope: RequestScope, input: UpdateAssignmentInput): Promise<Assignment> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        Assignment,
        'Assignment',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeByEngagement,
      );
      this.policy.authorize(scope.actor, Action.ManageAssignments);

      const next = manager.create(Assignment, { ...current, role: input.role });
      const saved = await manager.save(Assignment, next);
      const engagement = await manager.findOneByOrFail(Engagement, { id: saved.engagementId });
      await this.activity.record(manager, scope, {
        action: 'assignment.updated',
        entityType: 'Assignment',
        entityId: saved.id,
        engagementId: saved.engagementId,
        organizationId: engagement.clientId,
        changes: changesBetween(current, saved, LOGGED_FIELDS),
      });

      return saved;
    });
  }
}
