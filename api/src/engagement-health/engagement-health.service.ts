import { Injectable } from '@nestjs/common';
import { deriveHealth, EngagementHealth, HealthFacts, SIGN_OFF_WAITING_DAYS } from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { today } from '../requirements/compliance-matrix.service';

/**
 * Counts every fact the health rules need for many engagements in one statement; one column
 * per fact, so a new fact is one more sub-select here and one more rule in `@portal/domain`.
 * Callers have already checked the engagements are visible: the facts are counts of records
 * that every reader of the engagement may see.
 */
const HEALTH_FACTS_SQL = `
  WITH latest_version AS (
    SELECT DISTINCT ON (version.evidence_id) version.evidence_id, version.valid_until, review.decision
    FROM evidence_versions version
    JOIN evidence ON evidence.id = version.evidence_id AND evidence.withdrawn_at IS NULL
    LEFT JOIN evidence_reviews review ON review.evidence_version_id = version.id
    WHERE evidence.engagement_id = ANY($1)
    ORDER BY version.evidence_id, version.number DESC
  ), requirement_evidence AS (
    SELECT requirement.engagement_id,
      bool_or(latest_version.valid_until < $2::date) AS has_expired,
      bool_or(latest_version.valid_until IS NULL OR latest_version.valid_until >= $2::date) AS has_valid
    FROM engagement_requirements requirement
    JOIN evidence_requirement_links link ON link.engagement_requirement_id = requirement.id
    JOIN latest_version ON latest_version.evidence_id = link.evidence_id AND latest_version.decision = 'ACCEPTED'
    WHERE requirement.engagement_id = ANY($1) AND requirement.status <> 'NOT_APPLICABLE'
    GROUP BY requirement.engagement_id, requirement.id
  )
  SELECT engagement.id AS "engagementId",
    (SELECT count(*)::int FROM deliverables deliverable
      WHERE deliverable.engagement_id = engagement.id AND deliverable.due_date < $2::date
        AND deliverable.status <> 'ACCEPTED') AS "overdueDeliverables",
    (SELECT count(*)::int FROM milestones milestone
      WHERE milestone.engagement_id = engagement.id AND milestone.due_date < $2::date
        AND EXISTS (SELECT 1 FROM deliverables deliverable
          WHERE deliverable.milestone_id = milestone.id AND deliverable.status <> 'ACCEPTED')) AS "overdueMilestones",
    (SELECT count(*)::int FROM deliverables deliverable
      WHERE deliverable.engagement_id = engagement.id AND deliverable.status = 'SUBMITTED'
        AND deliverable.submitted_at::date < $2::date - $3::int) AS "signOffsWaiting",
    (SELECT count(*)::int FROM requirement_evidence
      WHERE requirement_evidence.engagement_id = engagement.id
        AND requirement_evidence.has_expired AND NOT requirement_evidence.has_valid) AS "expiredEvidence",
    (SELECT count(*)::int FROM seats seat
      WHERE seat.engagement_id = engagement.id
        AND seat.state IN ('OPEN', 'CANDIDATES', 'INTERVIEWING')
        -- unfilled since it was needed, or since the day after its last assignment ended
        AND GREATEST(seat.needed_from, (SELECT max(assignment.end_date) + 1 FROM assignments assignment
          WHERE assignment.seat_id = seat.id)) < $2::date) AS "openSeatsPastStart"
  FROM engagements engagement
  WHERE engagement.id = ANY($1)`;

@Injectable()
export class EngagementHealthService {
  constructor(private readonly dataSource: DataSource) {}

  /** Health of each engagement, in the order asked, from one SQL statement. */
  async healthOf(
    engagementIds: readonly string[],
    day = today(),
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EngagementHealth[]> {
    const facts = await this.factsOf(engagementIds, day, manager);

    return engagementIds.map((id) =>
      deriveHealth(
        facts.get(id) ?? {
          overdueDeliverables: 0,
          overdueMilestones: 0,
          signOffsWaiting: 0,
          expiredEvidence: 0,
          openSeatsPastStart: 0,
        },
      ),
    );
  }

  async factsOf(engagementIds: readonly string[], day: string, manager: EntityManager) {
    const rows: (HealthFacts & { engagementId: string })[] = await manager.query(HEALTH_FACTS_SQL, [
      engagementIds,
      day,
      SIGN_OFF_WAITING_DAYS,
    ]);

    return new Map(rows.map(({ engagementId, ...facts }) => [engagementId, facts]));
  }
}
