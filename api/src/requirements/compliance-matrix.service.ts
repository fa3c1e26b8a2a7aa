import { Inject, Injectable } from '@nestjs/common';
import { FrameworkKey, mappingsFor } from '@portal/catalogs';
import { ReviewDecision } from '@portal/domain';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EngagementRequirement } from './engagement-requirement.entity';
import {
  deriveEvidenceStatuses,
  EvidenceState,
  MappingHop,
  MatrixRequirement,
  RequirementEvidenceView,
} from './evidence-status';

export interface ComplianceMatrix {
  requirements: EngagementRequirement[];
  views: Map<string, RequirementEvidenceView>;
}

/** Today as a calendar day in UTC; evidence validity is counted in whole days. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Computes the evidence side of an engagement's compliance matrix in three queries, whatever
 * the number of requirements: requirements, evidence links, and the latest version of each
 * evidence with its review. Callers have already checked the engagement is visible.
 */
@Injectable()
export class ComplianceMatrixService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forEngagement(engagementId: string): Promise<ComplianceMatrix> {
    const requirements = await this.dataSource.getRepository(EngagementRequirement).find({
      where: { engagementId },
      order: { framework: 'ASC', position: 'ASC' },
    });
    const links: { requirementId: string; evidenceId: string }[] = await this.dataSource.query(
      `SELECT link.engagement_requirement_id AS "requirementId", link.evidence_id AS "evidenceId"
       FROM evidence_requirement_links link
       JOIN evidence ON evidence.id = link.evidence_id
       WHERE evidence.engagement_id = $1`,
      [engagementId],
    );
    const evidence: EvidenceState[] = await this.dataSource.query(
      `SELECT DISTINCT ON (version.evidence_id)
         version.evidence_id AS "evidenceId", version.id AS "latestVersionId",
         evidence.withdrawn_at IS NOT NULL AS withdrawn,
         review.decision AS decision, to_char(version.valid_until, 'YYYY-MM-DD') AS "validUntil"
       FROM evidence_versions version
       JOIN evidence ON evidence.id = version.evidence_id
       LEFT JOIN evidence_reviews review ON review.evidence_version_id = version.id
       WHERE evidence.engagement_id = $1
       ORDER BY version.evidence_id, version.number DESC`,
      [engagementId],
    );

    const views = deriveEvidenceStatuses({
      requirements,
      links,
      evidence: evidence.map((item) => ({
        ...item,
        decision: (item.decision as ReviewDecision) ?? null,
      })),
      mappingsTo: this.mappingIndex(requirements),
      today: today(),
      warningDays: this.config.EVIDENCE_EXPIRY_WARNING_DAYS,
    });

    return { requirements, views };
  }

  /** For each in-scope requirement, the in-scope requirements mapped to it, seen from them. */
  private mappingIndex(requirements: EngagementRequirement[]) {
    const byReference = new Map(
      requirements.map((item) => [`${item.framework} ${item.reference}`, item]),
    );
    const incoming = new Map<string, { requirementId: string; hop: MappingHop }[]>();

    for (const source of requirements) {
      for (const mapping of mappingsFor({
        framework: source.framework as FrameworkKey,
        reference: source.reference,
      })) {
        const target = byReference.get(`${mapping.to.framework} ${mapping.to.reference}`);
        if (!target || target.id === source.id) continue;
        const list = incoming.get(target.id) ?? [];
        list.push({
          requirementId: source.id,
          hop: { relation: mapping.relation, source: mapping.source },
        });
        incoming.set(target.id, list);
      }
    }

    return (requirement: MatrixRequirement) => incoming.get(requirement.id) ?? [];
  }
}
