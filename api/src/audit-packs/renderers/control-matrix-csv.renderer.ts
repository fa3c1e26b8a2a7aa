import { PackModel } from '../pack-model';
import { CONTROL_MATRIX_COLUMNS, controlMatrixRows } from './control-matrix-rows';
import { spreadsheetCell, SpreadsheetValue } from './spreadsheet-cells';

/** `control-matrix.csv`: RFC 4180, UTF-8 with a byte order mark, CRLF line ends. */

// Without the byte order mark Excel opens the file in the legacy code page and garbles accents.
const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

export function renderControlMatrixCsv(model: PackModel): string {
  const header = CONTROL_MATRIX_COLUMNS.map((column) => column.header);

  return formatCsvDocument([header, ...controlMatrixRows(model)]);
}

/** A whole CSV file as spreadsheets open it: byte order mark first, then the records. */
export function formatCsvDocument(rows: readonly (readonly SpreadsheetValue[])[]): string {
  return BYTE_ORDER_MARK + formatCsv(rows);
}

/** Rows as RFC 4180 records, every value through the spreadsheet safety rule. */
export function formatCsv(rows: readonly (readonly SpreadsheetValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + LINE_END).join('');
}

function csvField(value: SpreadsheetValue): string {
  const cell = spreadsheetCell(value);
  if (cell.type === 'number') return String(cell.value);

  return /[",\r\n]/.test(cell.value) ? `"${cell.value.replace(/"/g, '""')}"` : cell.value;
}
