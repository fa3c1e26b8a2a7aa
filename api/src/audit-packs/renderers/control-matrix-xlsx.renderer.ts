import { PassThrough } from 'node:stream';

import { stream, Worksheet } from 'exceljs';

import { PackModel } from '../pack-model';
import { CONTROL_MATRIX_COLUMNS, controlMatrixRows, MatrixColumn } from './control-matrix-rows';
import { spreadsheetCell, SpreadsheetValue } from './spreadsheet-cells';

/**
 * `control-matrix.xlsx`: the control matrix, coverage per framework and the exceptions, one
 * sheet each. Every cell is written with an explicit type: text through the safety rule,
 * numbers as numbers; no cell ever holds a formula.
 */

interface SheetColumn extends MatrixColumn {
  /** Excel number format for numeric cells of the column. */
  numberFormat?: string;
}

interface SheetTable {
  name: string;
  columns: readonly SheetColumn[];
  rows: SpreadsheetValue[][];
}

const COVERAGE_COLUMNS: readonly SheetColumn[] = [
  { header: 'Framework', width: 12 },
  { header: 'Name', width: 36 },
  { header: 'Catalog version', width: 16 },
  { header: 'Total', width: 8, numberFormat: '0' },
  { header: 'Applicable', width: 11, numberFormat: '0' },
  { header: 'Covered', width: 9, numberFormat: '0' },
  { header: 'Percent', width: 9, numberFormat: '0.0' },
];

const EXCEPTION_COLUMNS: readonly SheetColumn[] = [
  { header: 'Reason', width: 22 },
  { header: 'Framework', width: 12 },
  { header: 'Reference', width: 14 },
  { header: 'Title', width: 40 },
  { header: 'Evidence ID', width: 38 },
  { header: 'Version ID', width: 38 },
  { header: 'Detail', width: 60 },
];

// Excel refuses to open a workbook with a longer text in a cell.
const MAX_CELL_TEXT = 32767;

/**
 * Written with exceljs's streaming writer: each row is committed and freed as it is written, so
 * memory does not grow with the number of citations (thousands in a large pack).
 */
export async function renderControlMatrixXlsx(model: PackModel): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const generatedAt = new Date(model.generatedAt);
  workbook.creator = 'Engagement Portal';
  workbook.lastModifiedBy = 'Engagement Portal';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.title = xmlSafeText(`Control matrix: ${model.engagement.name}`);

  const tables: SheetTable[] = [
    { name: 'Control matrix', columns: CONTROL_MATRIX_COLUMNS, rows: controlMatrixRows(model) },
    { name: 'Coverage', columns: COVERAGE_COLUMNS, rows: coverageRows(model) },
    { name: 'Exceptions', columns: EXCEPTION_COLUMNS, rows: exceptionRows(model) },
  ];
  for (const table of tables)
    addSheet(workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] }), table);
  await workbook.commit();

  return Buffer.concat(chunks);
}

function coverageRows(model: PackModel): SpreadsheetValue[][] {
  return model.frameworks.map((framework) => [
    framework.key,
    framework.name,
    framework.catalogVersion,
    framework.coverage.total,
    framework.coverage.applicable,
    framework.coverage.covered,
    framework.coverage.percent,
  ]);
}

function exceptionRows(model: PackModel): SpreadsheetValue[][] {
  return model.exceptions.map((exception) => [
    exception.reason,
    exception.framework,
    exception.reference,
    exception.title,
    exception.evidenceId,
    exception.versionId,
    exception.detail,
  ]);
}

function addSheet(sheet: Worksheet, table: SheetTable): void {
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };

  const header = sheet.addRow(table.columns.map((column) => xmlSafeText(column.header)));
  header.font = { bold: true };
  header.commit();

  for (const values of table.rows) {
    const row = sheet.addRow([]);
    values.forEach((value, columnIndex) => {
      const cell = spreadsheetCell(value);
      if (cell.type === 'text' && cell.value === '') return;

      const target = row.getCell(columnIndex + 1);
      if (cell.type === 'number') {
        target.value = cell.value;
        const numberFormat = table.columns[columnIndex]?.numberFormat;
        if (numberFormat) target.numFmt = numberFormat;
      } else {
        target.value = xmlSafeText(cell.value.slice(0, MAX_CELL_TEXT));
      }
    });
    row.commit();
  }
  sheet.commit();
}

/**
 * XML 1.0 cannot carry most control characters or lone surrogates, and a workbook holding one
 * does not open; they become U+FFFD. Tab, line feed and carriage return are kept.
 */
function xmlSafeText(text: string): string {
  let safe = '';
  for (const character of text) {
    safe += isXmlCharacter(character.codePointAt(0) ?? 0) ? character : '\uFFFD';
  }

  return safe;
}

function isXmlCharacter(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code >= 0x20 && code <= 0xd7ff) return true;
  if (code >= 0xe000 && code <= 0xfffd) return true;

  return code >= 0x10000 && code <= 0x10ffff;
}
