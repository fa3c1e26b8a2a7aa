/**
 * Spreadsheet safety shared by the CSV and XLSX renderers. Text a spreadsheet would read as a
 * formula (or a DDE call) is prefixed with a single quote, as the OWASP CSV injection guidance
 * advises; numbers are kept as numbers so that they still sort and sum.
 */

/** A value as a renderer has it: text from the database, a count or percent, or nothing. */
export type SpreadsheetValue = string | number | null;

/** A value after the safety rule: text to store as text, or a finite number. */
export type SpreadsheetCell = { type: 'text'; value: string } | { type: 'number'; value: number };

// The characters that make Excel, LibreOffice or Google Sheets evaluate the rest of the cell.
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutralizeFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

export function spreadsheetCell(value: SpreadsheetValue): SpreadsheetCell {
  if (typeof value === 'number' && Number.isFinite(value)) return { type: 'number', value };
  if (value === null) return { type: 'text', value: '' };

  // NaN and the infinities are not numbers a spreadsheet can store; they go out as text.
  return { type: 'text', value: neutralizeFormula(String(value)) };
}
