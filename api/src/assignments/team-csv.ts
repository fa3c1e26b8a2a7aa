import { formatCsvDocument } from '../audit-packs/renderers/control-matrix-csv.renderer';
import { SpreadsheetValue } from '../audit-packs/renderers/spreadsheet-cells';

export interface TeamCsvRow {
  engineer: string;
  seniority: string;
  role: string;
  allocationPercent: number;
  startDate: string;
  endDate: string | null;
  location: string;
  /** Empty for roles that may not see engineers' contact details. */
  contactEmail: string | null;
}

const HEADER = [
  'Engineer',
  'Seniority',
  'Role',
  'Allocation %',
  'Start date',
  'End date',
  'Location',
  'Contact email',
];

/**
 * The team as CSV (RFC 4180, UTF-8 with BOM, CRLF), with the audit pack's formula safety.
 * Dates are the stored calendar days as YYYY-MM-DD text, so they read the same in every
 * time zone.
 */
export function renderTeamCsv(rows: readonly TeamCsvRow[]): string {
  const records: SpreadsheetValue[][] = rows.map((row) => [
    row.engineer,
    row.seniority,
    row.role,
    row.allocationPercent,
    row.startDate,
    row.endDate,
    row.location,
    row.contactEmail,
  ]);

  return formatCsvDocument([HEADER, ...records]);
}
