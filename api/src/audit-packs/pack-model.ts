/**
 * Everything an audit pack says, gathered once from the database; every file in the pack is
 * rendered from this model, so the CSV, spreadsheet, HTML, PDF and OSCAL views cannot disagree.
 */
export interface PackModel {
  packId: string;
  /** ISO timestamp, UTC. */
  generatedAt: string;
  generatedBy: { id: string; name: string; role: string };
  engagement: { id: string; name: string };
  client: { id: string; name: string };
  /** Calendar days, inclusive. */
  auditPeriod: { from: string; to: string };
  frameworks: PackFramework[];
  requirements: PackRequirement[];
  /** Why something did not count: evidence outside the period, not accepted, missing files... */
  exceptions: PackException[];
  /** Each evidence version once, however many requirements cite it. */
  evidenceFiles: PackEvidenceFile[];
}

export interface PackFramework {
  key: string;
  name: string;
  catalogVersion: string;
  sourceVersion: string;
  coverage: { total: number; applicable: number; covered: number; percent: number };
}

export interface PackRequirement {
  framework: string;
  reference: string;
  title: string;
  group: string;
  /** Status set by people: NOT_STARTED, IN_PROGRESS, ..., NOT_APPLICABLE. */
  status: string;
  justification: string | null;
  /**
   * Derived within the audit period: COVERED, COVERED_BY_MAPPING, PARTIAL, EXPIRED,
   * PENDING_REVIEW, MISSING, NOT_APPLICABLE. The OSCAL finding is `satisfied` only for the
   * first two.
   */
  evidenceStatus: string;
  owner: string | null;
  evidence: PackEvidenceCitation[];
}

/** One piece of evidence counted (or shown) for one requirement. */
export interface PackEvidenceCitation {
  evidenceId: string;
  versionId: string;
  title: string;
  kind: 'FILE' | 'LINK' | 'ATTESTATION';
  sha256: string;
  /** Path inside the pack for files that are included; null for links, attestations, missing files. */
  packPath: string | null;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  reviewer: string | null;
  reviewedAt: string | null;
  freshness: 'FRESH' | 'EXPIRING' | 'EXPIRED';
  coversFrom: string | null;
  coversTo: string | null;
  validUntil: string | null;
  /** Whether it counts for the requirement in this pack (accepted, overlapping the period). */
  counts: boolean;
  /** Set when the evidence sits on another requirement and counts through a mapping. */
  via: { framework: string; reference: string; relation: string; source: string } | null;
}

export interface PackException {
  framework: string | null;
  reference: string | null;
  evidenceId: string | null;
  versionId: string | null;
  title: string | null;
  reason:
    | 'NO_EVIDENCE'
    | 'NOT_ACCEPTED'
    | 'PENDING_REVIEW'
    | 'OUTSIDE_AUDIT_PERIOD'
    | 'EXPIRED'
    | 'FILE_MISSING'
    | 'HASH_MISMATCH'
    | 'NOT_APPLICABLE';
  detail: string;
}

export interface PackEvidenceFile {
  evidenceId: string;
  versionId: string;
  title: string;
  fileName: string;
  contentType: string | null;
  sha256: string;
  sizeBytes: number;
  /** Path inside the pack, e.g. `evidence/<sha256>/<safe file name>`; never user-controlled. */
  path: string;
  status: 'INCLUDED' | 'FILE_MISSING' | 'HASH_MISMATCH';
}
