import { postMultipart } from '../common/authorized-http';
import { HttpApiError } from '../common/http-api-error';

/** What the API answers when every row of the ZIP was imported (201). */
export interface EvidenceImportResult {
  imported: number;
  evidenceIds: string[];
}

/** One refused row of `evidence.csv`; nothing is imported while any row is refused. */
export interface ImportRowProblem {
  line: number;
  reason: string;
}

export const IMPORT_CSV_COLUMNS = 'file,title,requirements,covers_from,covers_to,valid_until';

export const IMPORT_CSV_EXAMPLE =
  'retention-policy.pdf,Retention policy 2026,ISO27001:A.8.10;GDPR:Art. 5,2026-01-01,2026-12-31,2027-01-31';

function importPath(engagementId: string): string {
  return `/api/engagements/${encodeURIComponent(engagementId)}/evidence-imports`;
}

export function importEvidenceZip(
  engagementId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<EvidenceImportResult> {
  return postMultipart<EvidenceImportResult>({
    path: importPath(engagementId),
    fields: {},
    file,
    onProgress,
    signal,
  });
}

function isRowProblem(value: unknown): value is ImportRowProblem {
  if (typeof value !== 'object' || value === null) return false;

  const candidate = value as Record<string, unknown>;

  return typeof candidate.line === 'number' && typeof candidate.reason === 'string';
}

/** The refused rows of a failed import, by line number. */
export function importRowProblemsOf(error: unknown): ImportRowProblem[] {
  if (!HttpApiError.is(error)) return [];

  return error.errors
    .flatMap((item) => {
      const rows = item.extensions?.rows;

      return Array.isArray(rows) ? rows.filter(isRowProblem) : [];
    })
    .sort((left, right) => left.line - right.line);
}
