import { DELIVERABLE_STATUS_LABELS, DELIVERABLE_TYPE_LABELS } from '@portal/domain';

import { formatCsvDocument } from '../audit-packs/renderers/control-matrix-csv.renderer';
import { Deliverable } from './deliverable.entity';

const HEADER = [
  'Title',
  'Type',
  'Status',
  'Due date',
  'Milestone',
  'Pinned version kind',
  'Pinned version',
  'Version link',
  'Submitted on (UTC)',
];

/**
 * An engagement's deliverables as CSV (RFC 4180, UTF-8 with BOM, CRLF). Calendar dates are
 * written as stored (YYYY-MM-DD), so they read the same in every time zone; the submission
 * instant is reduced to its UTC day. Text that a spreadsheet would run as a formula is quoted.
 */
export function renderDeliverablesCsv(
  deliverables: Deliverable[],
  milestoneTitles: Map<string, string>,
): string {
  const rows = deliverables.map((deliverable) => [
    deliverable.title,
    DELIVERABLE_TYPE_LABELS[deliverable.type],
    DELIVERABLE_STATUS_LABELS[deliverable.status],
    deliverable.dueDate,
    deliverable.milestoneId ? (milestoneTitles.get(deliverable.milestoneId) ?? null) : null,
    deliverable.pinnedKind,
    deliverable.pinnedValue,
    deliverable.pinnedUrl,
    deliverable.submittedAt ? deliverable.submittedAt.toISOString().slice(0, 10) : null,
  ]);

  return formatCsvDocument([HEADER, ...rows]);
}
