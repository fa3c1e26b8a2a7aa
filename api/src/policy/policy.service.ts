import { Injectable } from '@nestjs/common';
import {
  AGENCY_ROLES,
  CLIENT_ROLES,
  FeedbackVisibility,
  OrganizationKind,
  RaidVisibility,
  Role,
  sideOf,
} from '@portal/domain';
import { Brackets, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { DomainError } from '../common/domain-error';
import { Evidence } from '../evidence/evidence.entity';
import { EvidenceVersion } from '../evidence/evidence-version.entity';
import { Actor } from './actor';

/** Every change a user can ask for. A resolver names one; this layer decides. */
export enum Action {
  ManageOrganizations = 'manage organizations',
  ManageUsers = 'manage users',
  CreateEngagement = 'create engagements',
  UpdateEngagement = 'change this engagement',
  ManageEngineers = 'manage engineer profiles',
  ManageAssignments = 'change the team of this engagement',
  ManageDeliverables = 'change deliverables of this engagement',
  ManageMilestones = 'change milestones of this engagement',
  ManageRaidItems = 'change the RAID log of this engagement',
  ManageStatusReports = 'draft and publish status reports',
  ScopeFrameworks = 'choose the frameworks of this engagement',
  ManageRequirements = 'change requirements of this engagement',
  AddEvidence = 'add or link evidence on this engagement',
  ReviewEvidence = 'review evidence',
  WithdrawEvidence = 'withdraw evidence',
  ExportAuditPack = 'export audit packs',
  SignOffDeliverable = 'accept deliverables or request changes',
  GrantAuditAccess = 'grant auditors access',
  ViewPortfolio = 'see the portfolio of account leads',
  PlaceWithoutInterview = 'place an engineer the client has not interviewed',
  RequestStaffingChange = 'request staffing changes on this engagement',
  ApproveStaffingChangeForClient = 'approve staffing changes for the client',
  ApproveStaffingChangeForAgency = 'approve staffing changes as the account lead',
  ProposeCandidate = 'propose or withdraw candidates for seats of this engagement',
  ScheduleInterview = 'schedule interviews',
  RecordInterviewOutcome = 'record interview outcomes',
  ConfirmCandidate = 'confirm candidates in seats',
  ExportTeam = 'export the team of this engagement',
}

const AGENCY_MANAGERS: readonly Role[] = [Role.AGENCY_ADMIN, Role.ACCOUNT_LEAD];

/** An auditor's grant counts while it is neither revoked nor expired, judged at query time. */
const ACTIVE_GRANT =
  'scope_grant.auditor_id = :scopeUserId AND scope_grant.revoked_at IS NULL AND scope_grant.expires_at > now()';

/** The signed-in engineer's own profile, and the engagements and candidacies it has (or had). */
const OWN_PROFILE =
  'SELECT scope_engineer.id FROM engineer_profiles scope_engineer WHERE scope_engineer.user_id = :scopeUserId';
const OWN_ENGAGEMENTS = `SELECT scope_assignment.engagement_id FROM assignments scope_assignment
  WHERE scope_assignment.engineer_id IN (${OWN_PROFILE})`;
const OWN_CANDIDACIES = `SELECT scope_candidate.id, scope_candidate.seat_id FROM candidates scope_candidate
  WHERE scope_candidate.engineer_id IN (${OWN_PROFILE})`;

/** Which roles may perform an action on a record they can already see. */
const PERMISSIONS: Record<Action, readonly Role[]> = {
  [Action.ManageOrganizations]: [Role.AGENCY_ADMIN],
  [Action.ManageUsers]: [Role.AGENCY_ADMIN],
  [Action.CreateEngagement]: AGENCY_MANAGERS,
  [Action.UpdateEngagement]: AGENCY_MANAGERS,
  [Action.ManageEngineers]: AGENCY_MANAGERS,
  [Action.ManageAssignments]: AGENCY_MANAGERS,
  [Action.ManageDeliverables]: [...AGENCY_MANAGERS, Role.ENGINEER],
  [Action.ManageMilestones]: AGENCY_MANAGERS,
  [Action.ManageStatusReports]: AGENCY_MANAGERS,
  [Action.ManageRaidItems]: [
    ...AGENCY_MANAGERS,
    Role.ENGINEER,
    Role.CLIENT_MANAGER,
    Role.COMPLIANCE_OFFICER,
  ],
  [Action.ScopeFrameworks]: [...AGENCY_MANAGERS, Role.COMPLIANCE_OFFICER],
  [Action.ManageRequirements]: [...AGENCY_MANAGERS, Role.COMPLIANCE_OFFICER],
  [Action.AddEvidence]: [...AGENCY_MANAGERS, Role.ENGINEER, Role.COMPLIANCE_OFFICER],
  [Action.ReviewEvidence]: [Role.COMPLIANCE_OFFICER],
  [Action.WithdrawEvidence]: [...AGENCY_MANAGERS, Role.COMPLIANCE_OFFICER],
  [Action.ExportAuditPack]: [Role.AGENCY_ADMIN, Role.COMPLIANCE_OFFICER],
  [Action.SignOffDeliverable]: [Role.CLIENT_MANAGER],
  [Action.GrantAuditAccess]: [Role.AGENCY_ADMIN, Role.COMPLIANCE_OFFICER],
  [Action.ViewPortfolio]: AGENCY_MANAGERS,
  // Taking over a team already at work (no interviews in the portal) is an admin's correction.
  [Action.PlaceWithoutInterview]: [Role.AGENCY_ADMIN],
  [Action.RequestStaffingChange]: [...AGENCY_MANAGERS, Role.CLIENT_MANAGER],
  [Action.ApproveStaffingChangeForClient]: [Role.CLIENT_MANAGER],
  [Action.ApproveStaffingChangeForAgency]: AGENCY_MANAGERS,
  [Action.ProposeCandidate]: AGENCY_MANAGERS,
  [Action.ScheduleInterview]: [Role.CLIENT_MANAGER],
  [Action.RecordInterviewOutcome]: [Role.CLIENT_MANAGER],
  [Action.ConfirmCandidate]: [Role.CLIENT_MANAGER],
  [Action.ExportTeam]: [...AGENCY_ROLES, ...CLIENT_ROLES],
};

/** Staffing steps the agency takes only on engagements it leads (admins lead every one). */
const LEAD_ONLY_ACTIONS: readonly Action[] = [
  Action.RequestStaffingChange,
  Action.ApproveStaffingChangeForAgency,
  Action.ProposeCandidate,
];

/** Narrows a query to the rows an actor may see; arrow functions so they can be passed around. */
export type Scope = <T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  actor: Actor,
  alias: string,
) => SelectQueryBuilder<T>;

/**
 * The one place that decides who sees and changes what.
 *
 * Visibility is applied to queries (`scope*`), so lists, lookups by id, nested fields and batch
 * loaders all return only what the actor may see; a record outside the scope is NOT_FOUND, never
 * FORBIDDEN, so ids of other tenants leak nothing. `authorize` then decides whether the actor
 * may change a record it can see.
 *
 * - agency admins and account leads see every engagement;
 * - engineers see the engagements they have (or had) an assignment on;
 * - client users see their own organization's engagements;
 * - auditors see nothing until audit grants exist.
 */
@Injectable()
export class PolicyService {
  authorize(actor: Actor, action: Action): void {
    if (!this.allows(actor, action)) throw DomainError.forbidden(action);
  }

  allows(actor: Actor, action: Action): boolean {
    return PERMISSIONS[action].includes(actor.role);
  }

  /**
   * For changes on an engagement: engineers keep reading engagements they have left, but change
   * things only while an assignment of theirs runs (no end date, or one not yet passed).
   */
  async authorizeOnEngagement(
    manager: EntityManager,
    actor: Actor,
    action: Action,
    engagementId: string,
  ) {
    this.authorize(actor, action);
    if (actor.role !== Role.ENGINEER) return;

    const [row] = await manager.query(
      `SELECT 1 FROM assignments assignment JOIN engineer_profiles engineer ON engineer.id = assignment.engineer_id
       WHERE engineer.user_id = $1 AND assignment.engagement_id = $2
         AND assignment.start_date <= current_date AND (assignment.end_date IS NULL OR assignment.end_date >= current_date)
       LIMIT 1`,
      [actor.userId, engagementId],
    );
    if (!row)
      throw DomainError.forbidden(`${action} (your assignment on this engagement is not running)`);
  }

  /**
   * For staffing steps: the role must be allowed, and an account lead acts only on the
   * engagements they lead (an agency admin may stand in for any lead). Client managers reach
   * only their own client's engagements through the scopes already.
   */
  authorizeStaffing(
    actor: Actor,
    action: Action,
    engagement: { id: string; accountLeadId: string },
  ): void {
    this.authorize(actor, action);
    const leadsIt = engagement.accountLeadId === actor.userId;
    if (actor.role === Role.ACCOUNT_LEAD && LEAD_ONLY_ACTIONS.includes(action) && !leadsIt) {
      throw DomainError.forbidden(`${action} (you are not the account lead of this engagement)`);
    }
  }

  /** Restricts a query on engagements (aliased `alias`) to those the actor may see. */
  readonly scopeEngagements = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    return this.restrictToVisibleEngagements(query, actor, `${alias}.id`);
  };

  /**
   * For records that belong to an engagement through an `engagement_id` column. Auditors see
   * none of these (team, deliverables); their compliance records have scopes of their own.
   */
  readonly scopeByEngagement = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role === Role.AUDITOR) return query.andWhere('1 = 0');

    return this.restrictToVisibleEngagements(query, actor, `${alias}.engagementId`);
  };

  /** In-scope requirements; an auditor sees only the frameworks of an active grant. */
  readonly scopeRequirements = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role !== Role.AUDITOR)
      return this.restrictToVisibleEngagements(query, actor, `${alias}.engagementId`);

    return query.andWhere(
      `EXISTS (SELECT 1 FROM audit_grants scope_grant WHERE ${ACTIVE_GRANT}
        AND scope_grant.engagement_id = ${alias}.engagement_id AND ${alias}.framework = ANY(scope_grant.frameworks))`,
      { scopeUserId: actor.userId },
    );
  };

  /** Evidence; an auditor sees evidence attached to a requirement of a granted framework. */
  readonly scopeEvidence = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role !== Role.AUDITOR)
      return this.restrictToVisibleEngagements(query, actor, `${alias}.engagementId`);

    return query.andWhere(
      `${alias}.id IN (SELECT scope_link.evidence_id FROM evidence_requirement_links scope_link
        JOIN engagement_requirements scope_requirement ON scope_requirement.id = scope_link.engagement_requirement_id
        JOIN audit_grants scope_grant ON scope_grant.engagement_id = scope_requirement.engagement_id
        WHERE ${ACTIVE_GRANT} AND scope_requirement.framework = ANY(scope_grant.frameworks))`,
      { scopeUserId: actor.userId },
    );
  };

  /**
   * RAID entries of visible engagements: CLIENT_VISIBLE ones for both sides, INTERNAL ones only
   * for the side that wrote them. Auditors are on neither side and see none.
   */
  readonly scopeRaidItems = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    const side = sideOf(actor.role);
    if (!side) return query.andWhere('1 = 0');

    return this.restrictToVisibleEngagements(query, actor, `${alias}.engagementId`).andWhere(
      `(${alias}.visibility = :scopeClientVisible OR ${alias}.authorSide = :scopeSide)`,
      { scopeClientVisible: RaidVisibility.CLIENT_VISIBLE, scopeSide: side },
    );
  };

  /** Status reports of visible engagements; client roles see published ones only. */
  readonly scopeStatusReports = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role === Role.AUDITOR) return query.andWhere('1 = 0');
    const visible = this.restrictToVisibleEngagements(query, actor, `${alias}.engagementId`);
    if (AGENCY_ROLES.includes(actor.role)) return visible;

    return visible.andWhere(`${alias}.state = :scopePublished`, { scopePublished: 'PUBLISHED' });
  };

  /**
   * Activity events of an engagement, less those about the other side's INTERNAL RAID entries
   * (judged by the entry's visibility now), so the log never tells what the entry hides.
   */
  readonly scopeActivityEvents = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> =>
    query.andWhere(
      `NOT (${alias}.entityType = 'RaidItem' AND ${alias}.entityId IN (SELECT scope_raid.id::text
        FROM raid_items scope_raid WHERE scope_raid.visibility = :scopeInternal
        AND scope_raid.author_side IS DISTINCT FROM :scopeSide))`,
      { scopeInternal: RaidVisibility.INTERNAL, scopeSide: sideOf(actor.role) },
    );

  /** Audit packs of engagements the actor can see. */
  readonly scopeAuditPacks = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role !== Role.AUDITOR)
      return this.restrictToVisibleEngagements(query, actor, `${alias}.engagementId`);

    return query.andWhere(
      `EXISTS (SELECT 1 FROM audit_grants scope_grant WHERE ${ACTIVE_GRANT}
        AND scope_grant.engagement_id = ${alias}.engagement_id AND ${alias}.frameworks <@ scope_grant.frameworks
        AND ${alias}.period_from >= scope_grant.period_from AND ${alias}.period_to <= scope_grant.period_to)`,
      { scopeUserId: actor.userId },
    );
  };

  /** Grants are managed by those who see the engagement; auditors are not among them. */
  readonly scopeAuditGrants = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> =>
    actor.role === Role.AUDITOR
      ? query.andWhere('1 = 0')
      : this.restrictToVisibleEngagements(query, actor, `${alias}.engagementId`);

  /** Evidence versions are visible with their evidence. */
  readonly scopeEvidenceVersions = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    const visible = this.scopeEvidence(
      query.subQuery().select('scope_evidence.id').from(Evidence, 'scope_evidence'),
      actor,
      'scope_evidence',
    );

    return query.andWhere(`${alias}.evidenceId IN ${visible.getQuery()}`, visible.getParameters());
  };

  /** Reviews are visible with the evidence version they decide on. */
  readonly scopeEvidenceReviews = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    const evidence = this.scopeEvidence(
      query.subQuery().select('scope_evidence.id').from(Evidence, 'scope_evidence'),
      actor,
      'scope_evidence',
    );
    const versions = query
      .subQuery()
      .select('scope_version.id')
      .from(EvidenceVersion, 'scope_version')
      .where(`scope_version.evidenceId IN ${evidence.getQuery()}`);

    return query.andWhere(
      `${alias}.evidenceVersionId IN ${versions.getQuery()}`,
      evidence.getParameters(),
    );
  };

  /** Seats of visible engagements; engineers also see the seats they are proposed for. */
  readonly scopeSeats = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role !== Role.ENGINEER) return this.scopeByEngagement(query, actor, alias);

    return query.andWhere(
      `(${alias}.engagement_id IN (${OWN_ENGAGEMENTS})
        OR ${alias}.id IN (SELECT own.seat_id FROM (${OWN_CANDIDACIES}) own))`,
      { scopeUserId: actor.userId },
    );
  };

  /**
   * Candidates of visible engagements; an engineer sees only their own candidacies, never
   * colleagues competing for the same seat.
   */
  readonly scopeCandidates = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role !== Role.ENGINEER) return this.scopeByEngagement(query, actor, alias);

    return query.andWhere(`${alias}.engineer_id IN (${OWN_PROFILE})`, {
      scopeUserId: actor.userId,
    });
  };

  /** Interviews are visible with their candidate. */
  readonly scopeInterviews = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (actor.role !== Role.ENGINEER) return this.scopeByEngagement(query, actor, alias);

    return query.andWhere(
      `${alias}.candidate_id IN (SELECT own.id FROM (${OWN_CANDIDACIES}) own)`,
      { scopeUserId: actor.userId },
    );
  };

  /** Agency users see every engineer; client users see engineers placed on their engagements. */
  readonly scopeEngineers = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (AGENCY_ROLES.includes(actor.role)) return query;
    if (!CLIENT_ROLES.includes(actor.role)) return query.andWhere('1 = 0');

    // Engineers proposed for the client's seats are visible too, so it can interview them.
    return query.andWhere(
      `(${alias}.id IN (SELECT scope_assignment.engineer_id FROM assignments scope_assignment
        JOIN engagements scope_engagement ON scope_engagement.id = scope_assignment.engagement_id
        WHERE scope_engagement.client_id = :scopeOrganizationId)
       OR ${alias}.id IN (SELECT scope_candidate.engineer_id FROM candidates scope_candidate
        JOIN engagements scope_engagement ON scope_engagement.id = scope_candidate.engagement_id
        WHERE scope_engagement.client_id = :scopeOrganizationId))`,
      { scopeOrganizationId: actor.organizationId },
    );
  };

  /** Agency users see every organization; everyone else sees their own (and the agency). */
  readonly scopeOrganizations = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (AGENCY_ROLES.includes(actor.role)) return query;

    return query.andWhere(
      new Brackets((where) =>
        where
          .where(`${alias}.id = :scopeOrganizationId`, {
            scopeOrganizationId: actor.organizationId,
          })
          .orWhere(`${alias}.kind = :scopeAgencyKind`, {
            scopeAgencyKind: OrganizationKind.AGENCY,
          }),
      ),
    );
  };

  /** Users of the actor's own organization, plus agency staff; agency users see all users. */
  readonly scopeUsers = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> => {
    if (AGENCY_ROLES.includes(actor.role)) return query;

    // Clients also see the auditors they granted access to their engagements.
    return query.andWhere(
      `(${alias}.organizationId = :scopeOrganizationId OR ${alias}.organizationId IN
        (SELECT scope_org.id FROM organizations scope_org WHERE scope_org.kind = :scopeAgencyKind)
        OR ${alias}.id IN (SELECT scope_grant.auditor_id FROM audit_grants scope_grant
          JOIN engagements scope_engagement ON scope_engagement.id = scope_grant.engagement_id
          WHERE scope_engagement.client_id = :scopeOrganizationId))`,
      { scopeOrganizationId: actor.organizationId, scopeAgencyKind: OrganizationKind.AGENCY },
    );
  };

  /** Notifications are private to the one user they were written for. */
  readonly scopeNotifications = <T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    alias: string,
  ): SelectQueryBuilder<T> =>
    query.andWhere(`${alias}.recipientId = :scopeUserId`, { scopeUserId: actor.userId });

  /** Contact details and rates are for agency admins and account leads, and the engineer themself. */
  canSeeEngineerPersonalData(actor: Actor, engineer: { userId: string | null }): boolean {
    return AGENCY_MANAGERS.includes(actor.role) || engineer.userId === actor.userId;
  }

  /**
   * Bookings on other engagements are the agency's business: only agency users see an
   * engineer's total allocation and over-allocation, since it reveals work for other clients.
   */
  canSeeAllocationAcrossEngagements(actor: Actor): boolean {
    return AGENCY_ROLES.includes(actor.role);
  }

  /** CLIENT_INTERNAL feedback stays with the client; shared feedback goes to all who see the interview. */
  canSeeInterviewFeedback(
    actor: Actor,
    interview: { feedbackVisibility: FeedbackVisibility | null },
  ): boolean {
    return (
      CLIENT_ROLES.includes(actor.role) ||
      interview.feedbackVisibility === FeedbackVisibility.SHARED_WITH_AGENCY
    );
  }

  /** Email addresses of users are visible within one's own organization and to agency admins. */
  canSeeUserEmail(actor: Actor, organizationId: string): boolean {
    return actor.role === Role.AGENCY_ADMIN || actor.organizationId === organizationId;
  }

  private restrictToVisibleEngagements<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    actor: Actor,
    engagementIdColumn: string,
  ) {
    switch (actor.role) {
      case Role.AGENCY_ADMIN:
      case Role.ACCOUNT_LEAD:
        return query;
      case Role.ENGINEER:
        return query.andWhere(`${engagementIdColumn} IN (${OWN_ENGAGEMENTS})`, {
          scopeUserId: actor.userId,
        });
      case Role.CLIENT_MANAGER:
      case Role.COMPLIANCE_OFFICER:
      case Role.CLIENT_VIEWER:
        return query.andWhere(
          `${engagementIdColumn} IN (SELECT scope_engagement.id FROM engagements scope_engagement
            WHERE scope_engagement.client_id = :scopeOrganizationId)`,
          { scopeOrganizationId: actor.organizationId },
        );
      case Role.AUDITOR:
        return query.andWhere(
          `${engagementIdColumn} IN (SELECT scope_grant.engagement_id FROM audit_grants scope_grant
            WHERE ${ACTIVE_GRANT})`,
          { scopeUserId: actor.userId },
        );
    }
  }
}
