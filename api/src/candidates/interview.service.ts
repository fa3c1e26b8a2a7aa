import { Injectable } from '@nestjs/common';
import { CandidateState, CLIENT_ROLES, InterviewOutcome, NotificationKind } from '@portal/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { PageArgs, paginate } from '../common/pagination';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Audience, NotificationService } from '../notifications/notification.service';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Seat } from '../seats/seat.entity';
import { refreshSeatState } from '../seats/seat-state';
import { User } from '../users/user.entity';
import { Candidate } from './candidate.entity';
import { Interview } from './interview.entity';
import {
  InterviewFilter,
  RecordInterviewOutcomeInput,
  ScheduleInterviewInput,
} from './interview.inputs';

/** What an outcome does to the candidacy; a no-show leaves the candidate to be rescheduled. */
const CANDIDATE_STATE_AFTER: Record<InterviewOutcome, CandidateState> = {
  [InterviewOutcome.APPROVED]: CandidateState.APPROVED,
  [InterviewOutcome.REJECTED]: CandidateState.REJECTED,
  [InterviewOutcome.NO_SHOW]: CandidateState.PROPOSED,
};

const SCHEDULABLE_STATES = [CandidateState.PROPOSED, CandidateState.INTERVIEWING];

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

/** The client interviews candidates: the client manager schedules and records the outcome. */
@Injectable()
export class InterviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Interview,
      'Interview',
      id,
      actor,
      this.policy.scopeInterviews,
    );
  }

  list(actor: Actor, page: PageArgs, filter: InterviewFilter = {}) {
    const query = this.policy.scopeInterviews(
      this.dataSource.getRepository(Interview).createQueryBuilder('interview'),
      actor,
      'interview',
    );
    if (filter.engagementId)
      query.andWhere('interview.engagementId = :engagementId', {
        engagementId: filter.engagementId,
      });
    if (filter.candidateId)
      query.andWhere('interview.candidateId = :candidateId', { candidateId: filter.candidateId });
    if (filter.outcome) query.andWhere('interview.outcome = :outcome', { outcome: filter.outcome });
    if (filter.awaitingOutcome === true) query.andWhere('interview.outcome IS NULL');
    if (filter.awaitingOutcome === false) query.andWhere('interview.outcome IS NOT NULL');

    return paginate(query, 'interview', 'scheduledAt', page);
  }

  async schedule(scope: RequestScope, input: ScheduleInterviewInput): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await findVisible(
        manager,
        Candidate,
        'Candidate',
        input.candidateId,
        scope.actor,
        this.policy.scopeCandidates,
      );
      const engagement = await manager.findOneByOrFail(Engagement, { id: candidate.engagementId });
      this.policy.authorizeStaffing(scope.actor, Action.ScheduleInterview, engagement);
      const problems = [];
      if (!SCHEDULABLE_STATES.includes(candidate.state))
        problems.push({ field: 'candidateId', message: `is ${candidate.state.toLowerCase()}` });
      if (input.scheduledAt.getTime() <= Date.now())
        problems.push({ field: 'scheduledAt', message: 'must be in the future' });
      if (!isTimeZone(input.timeZone))
        problems.push({
          field: 'timeZone',
          message: 'is not an IANA time zone such as Europe/Riga',
        });
      const interviewerIds = [...new Set(input.interviewerIds)];
      if (!(await this.areClientUsers(manager, interviewerIds, engagement.clientId)))
        problems.push({ field: 'interviewerIds', message: 'must be active users of the client' });
      if (problems.length > 0) throw DomainError.badInput(problems);

      const interview = await manager.save(
        Interview,
        manager.create(Interview, {
          candidateId: candidate.id,
          engagementId: engagement.id,
          scheduledAt: input.scheduledAt,
          timeZone: input.timeZone,
          durationMinutes: input.durationMinutes,
          interviewerIds,
          videoLink: input.videoLink ?? null,
          scheduledById: scope.actor.userId,
          outcome: null,
          feedback: null,
          feedbackVisibility: null,
          outcomeRecordedById: null,
          outcomeRecordedAt: null,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'interview.scheduled',
        entityType: 'Interview',
        entityId: interview.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: {
          candidateId: { from: null, to: candidate.id },
          scheduledAt: { from: null, to: interview.scheduledAt.toISOString() },
          timeZone: { from: null, to: interview.timeZone },
          durationMinutes: { from: null, to: interview.durationMinutes },
          interviewerIds: { from: null, to: interviewerIds },
        },
      });
      await this.moveCandidate(manager, scope, engagement, candidate, CandidateState.INTERVIEWING);
      await this.announce(manager, engagement, candidate, interview);

      return interview;
    });
  }

  /**
   * Records the decision. The feedback text never enters the activity log: the log is read by
   * both sides, and internal feedback must stay with the client.
   */
  async recordOutcome(scope: RequestScope, input: RecordInterviewOutcomeInput): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        Interview,
        'Interview',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeInterviews,
      );
      const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });
      this.policy.authorizeStaffing(scope.actor, Action.RecordInterviewOutcome, engagement);
      if (current.outcome) {
        throw DomainError.badInput([{ field: 'id', message: 'already has an outcome' }]);
      }

      const saved = await manager.save(
        Interview,
        manager.create(Interview, {
          ...current,
          outcome: input.outcome,
          feedback: input.feedback.trim() || null,
          feedbackVisibility: input.feedbackVisibility,
          outcomeRecordedById: scope.actor.userId,
          outcomeRecordedAt: new Date(),
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'interview.outcome-recorded',
        entityType: 'Interview',
        entityId: saved.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: {
          outcome: { from: null, to: saved.outcome },
          feedbackVisibility: { from: null, to: saved.feedbackVisibility },
          feedback: saved.feedback ? 'recorded' : 'none',
        },
      });
      const candidate = await manager.findOneByOrFail(Candidate, { id: current.candidateId });
      await this.moveCandidate(
        manager,
        scope,
        engagement,
        candidate,
        CANDIDATE_STATE_AFTER[input.outcome],
      );

      return saved;
    });
  }

  /** The account lead, the interviewers and the engineer hear of the interview once. */
  private async announce(
    manager: EntityManager,
    engagement: Engagement,
    candidate: Candidate,
    interview: Interview,
  ) {
    const engineer = await manager.findOneByOrFail(EngineerProfile, { id: candidate.engineerId });
    const when = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: interview.timeZone,
    }).format(interview.scheduledAt);
    const people = await this.notifications.peopleOf(manager, engagement.id, [
      Audience.AccountLead,
    ]);
    const draft = {
      kind: NotificationKind.INTERVIEW_SCHEDULED,
      engagementId: engagement.id,
      title: `Interview with ${engineer.fullName} for ${engagement.name}`,
      body: `${when} (${interview.timeZone}), ${interview.durationMinutes} minutes.`,
      link: `/engagements/${engagement.id}`,
      dedupKey: `interview:${interview.id}`,
    };

    await this.notifications.notify(manager, [...people, ...interview.interviewerIds], draft);
    // The engineer is not on the engagement yet: their candidacies page is where they see it.
    if (engineer.userId) {
      await this.notifications.notify(manager, [engineer.userId], {
        ...draft,
        link: '/candidacies',
      });
    }
  }

  private async moveCandidate(
    manager: EntityManager,
    scope: RequestScope,
    engagement: Engagement,
    candidate: Candidate,
    state: CandidateState,
  ) {
    if (candidate.state !== state) {
      await manager.save(Candidate, manager.create(Candidate, { ...candidate, state }));
      await this.activity.record(manager, scope, {
        action: `candidate.${state.toLowerCase()}`,
        entityType: 'Candidate',
        entityId: candidate.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: { state: { from: candidate.state, to: state } },
      });
    }
    const seat = await manager.findOneByOrFail(Seat, { id: candidate.seatId });
    await refreshSeatState(manager, this.activity, scope, seat, engagement.clientId);
  }

  private async areClientUsers(manager: EntityManager, userIds: string[], clientId: string) {
    const count = await manager.countBy(User, {
      id: In(userIds),
      organizationId: clientId,
      active: true,
      role: In([...CLIENT_ROLES]),
    });

    return count === userIds.length;
  }
}
