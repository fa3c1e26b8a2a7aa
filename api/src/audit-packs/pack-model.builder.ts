import { Injectable } from '@nestjs/common';
import {
  catalogFor,
  findRequirement,
  FrameworkKey,
  inverseRelation,
  mappingsFor,
} from '@portal/catalogs';
import { EvidenceStatus, RequirementStatus } from '@portal/domain';
import { DataSource } from 'typeorm';

import { Engagement } from '../engagements/engagement.entity';
import { Organization } from '../organizations/organization.entity';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { coverageOf, freshnessOf } from '../requirements/evidence-status';
import { User } from '../users/user.entity';
import { AuditPack } from './audit-pack.entity';
import {
  PackEvidenceCitation,
  PackEvidenceFile,
  PackException,
  PackModel,
  PackRequirement,
} from './pack-model';
import { evidencePath } from './pack-paths';

interface VersionRow {
  versionId: string;
  evidenceId: string;
  number: number;
  title: string;
  kind: 'FILE' | 'LINK' | 'ATTESTATION';
  withdrawn: boolean;
  sha256: string;
  sizeBytes: string | null;
  fileName: string | null;
  contentType: string | null;
  coversFrom: string | null;
  coversTo: string | null;
  validUntil: string | null;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  reviewer: string | null;
  reviewedAt: Date | null;
}

const FULL_COVER: string[] = ['EQUAL', 'SUPERSET'];

/** Evidence covering [from, to] overlaps the audit period; an open end reaches forever. */
function overlaps(version: VersionRow, period: { from: string; to: string }): boolean {
  return (
    (version.coversFrom ?? '0000-01-01') <= period.to &&
    (version.coversTo ?? '9999-12-31') >= period.from
  );
}

/** The evidence status of a requirement within a pack, from what its citations count for. */
export function packEvidenceStatus(
  status: string,
  citations: PackEvidenceCitation[],
): EvidenceStatus {
  if (status === RequirementStatus.NOT_APPLICABLE) return EvidenceStatus.NOT_APPLICABLE;
  if (citations.some((item) => item.counts && !item.via)) return EvidenceStatus.COVERED;
  if (citations.some((item) => item.counts && item.via)) return EvidenceStatus.COVERED_BY_MAPPING;
  if (citations.some((item) => item.via)) return EvidenceStatus.PARTIAL;
  if (citations.some((item) => !item.via && item.decision === null))
    return EvidenceStatus.PENDING_REVIEW;

  return EvidenceStatus.MISSING;
}

/** Re-derives statuses and coverage after files that could not be included stopped counting. */
export function refreshStatuses(model: PackModel) {
  for (const requirement of model.requirements) {
    requirement.evidenceStatus = packEvidenceStatus(requirement.status, requirement.evidence);
  }
  for (const framework of model.frameworks) {
    framework.coverage = coverageOf(
      model.requirements
        .filter((item) => item.framework === framework.key)
        .map((item) => item.evidenceStatus as EvidenceStatus),
    );
  }
}

/**
 * Gathers what a pack says. The rule for the period: a version counts when it is accepted, its
 * evidence is not withdrawn, and the period it covers overlaps the audit period; everything
 * else is listed as an exception with its reason. Freshness is judged at the period's end.
 */
@Injectable()
export class PackModelBuilder {
  constructor(private readonly dataSource: DataSource) {}

  async build(pack: AuditPack, warningDays: number): Promise<PackModel> {
    const engagement = await this.dataSource
      .getRepository(Engagement)
      .findOneByOrFail({ id: pack.engagementId });
    const client = await this.dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: engagement.clientId });
    const requester = await this.dataSource
      .getRepository(User)
      .findOneByOrFail({ id: pack.requestedById });
    const period = { from: pack.periodFrom, to: pack.periodTo };
    const allRequirements = await this.dataSource.getRepository(EngagementRequirement).find({
      where: { engagementId: engagement.id },
      order: { framework: 'ASC', position: 'ASC' },
    });
    const owners = new Map<string, string>(
      (await this.dataSource.query(`SELECT id, display_name AS name FROM users`)).map(
        (row: { id: string; name: string }) => [row.id, row.name],
      ),
    );
    const links: { requirementId: string; evidenceId: string }[] = await this.dataSource.query(
      `SELECT link.engagement_requirement_id AS "requirementId", link.evidence_id AS "evidenceId"
       FROM evidence_requirement_links link JOIN evidence ON evidence.id = link.evidence_id
       WHERE evidence.engagement_id = $1`,
      [engagement.id],
    );
    const versions: VersionRow[] = await this.dataSource.query(
      `SELECT version.id AS "versionId", version.evidence_id AS "evidenceId", version.number, evidence.title, evidence.kind,
         evidence.withdrawn_at IS NOT NULL AS withdrawn, version.sha256, version.size_bytes AS "sizeBytes",
         version.file_name AS "fileName", version.content_type AS "contentType",
         to_char(version.covers_from, 'YYYY-MM-DD') AS "coversFrom", to_char(version.covers_to, 'YYYY-MM-DD') AS "coversTo",
         to_char(version.valid_until, 'YYYY-MM-DD') AS "validUntil",
         review.decision, reviewer.display_name AS reviewer, review.decided_at AS "reviewedAt"
       FROM evidence_versions version
       JOIN evidence ON evidence.id = version.evidence_id
       LEFT JOIN evidence_reviews review ON review.evidence_version_id = version.id
       LEFT JOIN users reviewer ON reviewer.id = review.reviewer_id
       WHERE evidence.engagement_id = $1
       ORDER BY version.evidence_id, version.number`,
      [engagement.id],
    );

    const versionsByEvidence = new Map<string, VersionRow[]>();
    for (const version of versions)
      versionsByEvidence.set(version.evidenceId, [
        ...(versionsByEvidence.get(version.evidenceId) ?? []),
        version,
      ]);
    const counted = (evidenceId: string) =>
      (versionsByEvidence.get(evidenceId) ?? []).filter(
        (version) =>
          !version.withdrawn && version.decision === 'ACCEPTED' && overlaps(version, period),
      );
    const evidenceByRequirement = new Map<string, string[]>();
    for (const link of links)
      evidenceByRequirement.set(link.requirementId, [
        ...(evidenceByRequirement.get(link.requirementId) ?? []),
        link.evidenceId,
      ]);
    const requirementByReference = new Map(
      allRequirements.map((item) => [`${item.framework} ${item.reference}`, item]),
    );

    const files = new Map<string, PackEvidenceFile>();
    const exceptions: PackException[] = [];
    const cite = (
      version: VersionRow,
      counts: boolean,
      via: PackEvidenceCitation['via'],
    ): PackEvidenceCitation => {
      let packPath: string | null = null;
      if (version.kind === 'FILE' && counts) {
        packPath = evidencePath(version.sha256, version.fileName ?? 'evidence');
        if (!files.has(version.versionId)) {
          files.set(version.versionId, {
            evidenceId: version.evidenceId,
            versionId: version.versionId,
            title: version.title,
            fileName: version.fileName ?? 'evidence',
            contentType: version.contentType,
            sha256: version.sha256,
            sizeBytes: Number(version.sizeBytes ?? 0),
            path: packPath,
            status: 'INCLUDED',
          });
        }
      }

      return {
        evidenceId: version.evidenceId,
        versionId: version.versionId,
        title: version.title,
        kind: version.kind,
        sha256: version.sha256,
        packPath,
        decision: version.decision,
        reviewer: version.reviewer,
        reviewedAt: version.reviewedAt ? new Date(version.reviewedAt).toISOString() : null,
        freshness: freshnessOf(version.validUntil, period.to, warningDays),
        coversFrom: version.coversFrom,
        coversTo: version.coversTo,
        validUntil: version.validUntil,
        counts,
        via,
      };
    };

    const requirements: PackRequirement[] = [];
    const frameworkKeys = pack.frameworks.map((key) => key as FrameworkKey);
    for (const requirement of allRequirements.filter((item) =>
      frameworkKeys.includes(item.framework),
    )) {
      const catalogEntry = findRequirement({
        framework: requirement.framework,
        reference: requirement.reference,
      });
      const citations: PackEvidenceCitation[] = [];
      const where = { framework: requirement.framework, reference: requirement.reference };

      for (const evidenceId of evidenceByRequirement.get(requirement.id) ?? []) {
        const countedVersions = counted(evidenceId);
        if (countedVersions.length > 0)
          citations.push(...countedVersions.map((version) => cite(version, true, null)));
        else {
          const latest = versionsByEvidence.get(evidenceId)!.at(-1)!;
          citations.push(cite(latest, false, null));
          exceptions.push({
            ...where,
            evidenceId,
            versionId: latest.versionId,
            title: latest.title,
            ...this.whyNot(latest, period),
          });
        }
      }
      for (const mapping of mappingsFor({
        framework: requirement.framework,
        reference: requirement.reference,
      })) {
        const source = requirementByReference.get(
          `${mapping.to.framework} ${mapping.to.reference}`,
        );
        if (!source) continue;
        // mappingsFor is seen from this requirement; the evidence side relates to it inversely.
        const relationFromSource = inverseRelation(mapping.relation);
        for (const evidenceId of evidenceByRequirement.get(source.id) ?? []) {
          const via = {
            framework: source.framework,
            reference: source.reference,
            relation: relationFromSource,
            source: mapping.source,
          };
          for (const version of counted(evidenceId))
            citations.push(cite(version, FULL_COVER.includes(relationFromSource), via));
        }
      }

      const evidenceStatus = packEvidenceStatus(requirement.status, citations);
      if (evidenceStatus === EvidenceStatus.MISSING && citations.length === 0) {
        exceptions.push({
          ...where,
          evidenceId: null,
          versionId: null,
          title: null,
          reason: 'NO_EVIDENCE',
          detail: 'No evidence is attached or mapped',
        });
      }
      if (evidenceStatus === EvidenceStatus.NOT_APPLICABLE) {
        exceptions.push({
          ...where,
          evidenceId: null,
          versionId: null,
          title: null,
          reason: 'NOT_APPLICABLE',
          detail: requirement.justification ?? '',
        });
      }
      requirements.push({
        framework: requirement.framework,
        reference: requirement.reference,
        title: catalogEntry?.title ?? '',
        group: catalogEntry?.group ?? '',
        status: requirement.status,
        justification: requirement.justification,
        evidenceStatus,
        owner: requirement.ownerId ? (owners.get(requirement.ownerId) ?? null) : null,
        evidence: citations,
      });
    }

    return {
      packId: pack.id,
      generatedAt: new Date().toISOString(),
      generatedBy: { id: requester.id, name: requester.displayName, role: requester.role },
      engagement: { id: engagement.id, name: engagement.name },
      client: { id: client.id, name: client.name },
      auditPeriod: period,
      frameworks: frameworkKeys.map((key) => {
        const catalog = catalogFor(key);
        return {
          key,
          name: catalog.name,
          catalogVersion: catalog.catalogVersion,
          sourceVersion: catalog.sourceVersion,
          coverage: coverageOf(
            requirements
              .filter((item) => item.framework === key)
              .map((item) => item.evidenceStatus as EvidenceStatus),
          ),
        };
      }),
      requirements,
      exceptions,
      evidenceFiles: [...files.values()],
    };
  }

  private whyNot(
    version: VersionRow,
    period: { from: string; to: string },
  ): Pick<PackException, 'reason' | 'detail'> {
    if (version.withdrawn) return { reason: 'NOT_ACCEPTED', detail: 'The evidence was withdrawn' };
    if (version.decision === null)
      return { reason: 'PENDING_REVIEW', detail: `Version ${version.number} waits for review` };
    if (version.decision === 'REJECTED')
      return { reason: 'NOT_ACCEPTED', detail: `Version ${version.number} was rejected` };

    return {
      reason: 'OUTSIDE_AUDIT_PERIOD',
      detail: `Covers ${version.coversFrom ?? '…'} to ${version.coversTo ?? '…'}, outside ${period.from} to ${period.to}`,
    };
  }
}
