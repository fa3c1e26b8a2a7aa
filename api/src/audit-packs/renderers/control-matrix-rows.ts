import { PackEvidenceCitation, PackModel, PackRequirement } from '../pack-model';

/**
 * The control matrix as plain rows, shared by the CSV and XLSX renderers: one row per
 * requirement and citation, one row with empty evidence columns for a requirement with none.
 * Values are raw here; each renderer applies the spreadsheet safety rule when it writes them.
 */

export interface MatrixColumn {
  header: string;
  /** Column width in characters in the spreadsheet. */
  width: number;
}

export const CONTROL_MATRIX_COLUMNS: readonly MatrixColumn[] = [
  { header: 'Framework', width: 12 },
  { header: 'Reference', width: 14 },
  { header: 'Title', width: 48 },
  { header: 'Group', width: 32 },
  { header: 'Status', width: 18 },
  { header: 'Justification', width: 40 },
  { header: 'Evidence status', width: 22 },
  { header: 'Owner', width: 22 },
  { header: 'Evidence title', width: 40 },
  { header: 'Evidence kind', width: 14 },
  { header: 'Version SHA-256', width: 66 },
  { header: 'Pack path', width: 48 },
  { header: 'Decision', width: 12 },
  { header: 'Reviewer', width: 22 },
  { header: 'Review date', width: 22 },
  { header: 'Freshness', width: 11 },
  { header: 'Covers from', width: 12 },
  { header: 'Covers to', width: 12 },
  { header: 'Valid until', width: 12 },
  { header: 'Counts', width: 8 },
  { header: 'Via mapping', width: 48 },
];

const NO_EVIDENCE: readonly string[] = Array.from({ length: 13 }, () => '');

export function controlMatrixRows(model: PackModel): string[][] {
  return model.requirements.flatMap((requirement) => {
    const requirementCells = requirementColumns(requirement);
    if (requirement.evidence.length === 0) return [[...requirementCells, ...NO_EVIDENCE]];

    return requirement.evidence.map((citation) => [
      ...requirementCells,
      ...citationColumns(citation),
    ]);
  });
}

/** How an auditor reads the mapping, e.g. `GDPR Art. 32 INTERSECT (Portal editorial crosswalk 1.0)`. */
export function mappingLabel(via: NonNullable<PackEvidenceCitation['via']>): string {
  return `${via.framework} ${via.reference} ${via.relation} (${via.source})`;
}

function requirementColumns(requirement: PackRequirement): string[] {
  return [
    requirement.framework,
    requirement.reference,
    requirement.title,
    requirement.group,
    requirement.status,
    requirement.justification ?? '',
    requirement.evidenceStatus,
    requirement.owner ?? '',
  ];
}

function citationColumns(citation: PackEvidenceCitation): string[] {
  return [
    citation.title,
    citation.kind,
    citation.sha256,
    citation.packPath ?? '',
    citation.decision ?? '',
    citation.reviewer ?? '',
    citation.reviewedAt ?? '',
    citation.freshness,
    citation.coversFrom ?? '',
    citation.coversTo ?? '',
    citation.validUntil ?? '',
    citation.counts ? 'yes' : 'no',
    citation.via ? mappingLabel(citation.via) : '',
  ];
}
