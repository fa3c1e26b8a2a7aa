import { EvidenceStatus, Freshness, RequirementStatus, ReviewDecision } from '@portal/domain';

/** How the evidence side of the compliance matrix is derived; see EvidenceStatus for the rule. */

export type MappingRelationName = 'EQUAL' | 'SUBSET' | 'SUPERSET' | 'INTERSECT';

export interface MatrixRequirement {
  id: string;
  framework: string;
  reference: string;
  status: RequirementStatus;
}

/** The state of one evidence, from its latest version (withdrawn evidence counts for nothing). */
export interface EvidenceState {
  evidenceId: string;
  withdrawn: boolean;
  latestVersionId: string;
  decision: ReviewDecision | null;
  validUntil: string | null;
}

export interface MappingHop {
  /** Seen from the requirement holding the evidence towards the requirement being derived. */
  relation: MappingRelationName;
  source: string;
}

export interface MappedEvidence {
  evidenceId: string;
  viaRequirementId: string;
  relation: MappingRelationName;
  source: string;
}

export interface RequirementEvidenceView {
  evidenceStatus: EvidenceStatus;
  direct: string[];
  viaMapping: MappedEvidence[];
  /** Freshness of the best accepted evidence that counts for the requirement, if any. */
  freshness: Freshness | null;
}

export function freshnessOf(
  validUntil: string | null,
  today: string,
  warningDays: number,
): Freshness {
  if (!validUntil) return Freshness.FRESH;
  if (validUntil < today) return Freshness.EXPIRED;

  return validUntil <= addDays(today, warningDays) ? Freshness.EXPIRING : Freshness.FRESH;
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);

  return value.toISOString().slice(0, 10);
}

const FULL_COVER: readonly MappingRelationName[] = ['EQUAL', 'SUPERSET'];
const FRESHNESS_RANK: Record<Freshness, number> = { FRESH: 2, EXPIRING: 1, EXPIRED: 0 };

/**
 * Derives the evidence status of every requirement of one engagement.
 * `mappingsTo(requirement)` lists the in-scope requirements that map to it, with the relation
 * seen from them; evidence on those is candidate evidence here.
 */
export function deriveEvidenceStatuses(input: {
  requirements: MatrixRequirement[];
  links: { requirementId: string; evidenceId: string }[];
  evidence: EvidenceState[];
  mappingsTo: (requirement: MatrixRequirement) => { requirementId: string; hop: MappingHop }[];
  today: string;
  warningDays: number;
}): Map<string, RequirementEvidenceView> {
  const evidenceById = new Map(
    input.evidence.filter((item) => !item.withdrawn).map((item) => [item.evidenceId, item]),
  );
  const evidenceByRequirement = new Map<string, string[]>();
  for (const link of input.links) {
    if (!evidenceById.has(link.evidenceId)) continue;
    const list = evidenceByRequirement.get(link.requirementId) ?? [];
    list.push(link.evidenceId);
    evidenceByRequirement.set(link.requirementId, list);
  }

  const freshness = (evidenceId: string) =>
    freshnessOf(evidenceById.get(evidenceId)!.validUntil, input.today, input.warningDays);
  const accepted = (evidenceId: string) =>
    evidenceById.get(evidenceId)!.decision === ReviewDecision.ACCEPTED;
  const acceptedFresh = (evidenceId: string) =>
    accepted(evidenceId) && freshness(evidenceId) !== Freshness.EXPIRED;
  const acceptedExpired = (evidenceId: string) =>
    accepted(evidenceId) && freshness(evidenceId) === Freshness.EXPIRED;

  const views = new Map<string, RequirementEvidenceView>();
  for (const requirement of input.requirements) {
    const direct = evidenceByRequirement.get(requirement.id) ?? [];
    const viaMapping: MappedEvidence[] = input
      .mappingsTo(requirement)
      .flatMap(({ requirementId, hop }) =>
        (evidenceByRequirement.get(requirementId) ?? []).map((evidenceId) => ({
          evidenceId,
          viaRequirementId: requirementId,
          relation: hop.relation,
          source: hop.source,
        })),
      );
    const fullyMapped = viaMapping
      .filter((item) => FULL_COVER.includes(item.relation))
      .map((item) => item.evidenceId);
    const partlyMapped = viaMapping
      .filter((item) => !FULL_COVER.includes(item.relation))
      .map((item) => item.evidenceId);
    const counting = [...direct, ...fullyMapped].filter(acceptedFresh);

    let evidenceStatus: EvidenceStatus;
    if (requirement.status === RequirementStatus.NOT_APPLICABLE)
      evidenceStatus = EvidenceStatus.NOT_APPLICABLE;
    else if (direct.some(acceptedFresh)) evidenceStatus = EvidenceStatus.COVERED;
    else if (fullyMapped.some(acceptedFresh)) evidenceStatus = EvidenceStatus.COVERED_BY_MAPPING;
    else if (partlyMapped.some(acceptedFresh)) evidenceStatus = EvidenceStatus.PARTIAL;
    else if ([...direct, ...fullyMapped].some(acceptedExpired))
      evidenceStatus = EvidenceStatus.EXPIRED;
    else if (direct.some((evidenceId) => evidenceById.get(evidenceId)!.decision === null)) {
      evidenceStatus = EvidenceStatus.PENDING_REVIEW;
    } else evidenceStatus = EvidenceStatus.MISSING;

    const best = counting
      .map(freshness)
      .sort((left, right) => FRESHNESS_RANK[right] - FRESHNESS_RANK[left])[0];
    const anyAccepted = [...direct, ...fullyMapped].filter(accepted).map(freshness);
    views.set(requirement.id, {
      evidenceStatus,
      direct,
      viaMapping,
      freshness: best ?? (anyAccepted.length > 0 ? Freshness.EXPIRED : null),
    });
  }

  return views;
}

export interface Coverage {
  total: number;
  applicable: number;
  covered: number;
  percent: number;
}

/** Share of applicable requirements whose evidence status is COVERED or COVERED_BY_MAPPING. */
export function coverageOf(statuses: EvidenceStatus[]): Coverage {
  const applicable = statuses.filter((status) => status !== EvidenceStatus.NOT_APPLICABLE).length;
  const covered = statuses.filter(
    (status) => status === EvidenceStatus.COVERED || status === EvidenceStatus.COVERED_BY_MAPPING,
  ).length;

  return {
    total: statuses.length,
    applicable,
    covered,
    percent: applicable === 0 ? 0 : Math.round((covered / applicable) * 1000) / 10,
  };
}
