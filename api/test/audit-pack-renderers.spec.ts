import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { CellValue, ValueType, Workbook } from 'exceljs';

import {
  PackEvidenceCitation,
  PackEvidenceFile,
  PackException,
  PackModel,
  PackRequirement,
} from '../src/audit-packs/pack-model';
import {
  formatCsv,
  renderControlMatrixCsv,
} from '../src/audit-packs/renderers/control-matrix-csv.renderer';
import { CONTROL_MATRIX_COLUMNS } from '../src/audit-packs/renderers/control-matrix-rows';
import { renderControlMatrixXlsx } from '../src/audit-packs/renderers/control-matrix-xlsx.renderer';
import { uuidV5 } from '../src/audit-packs/renderers/deterministic-uuid';
import { toHelveticaText } from '../src/audit-packs/renderers/helvetica-text';
import {
  renderAssessmentResults,
  requirementToken,
} from '../src/audit-packs/renderers/oscal-assessment-results.renderer';
import { spreadsheetCell } from '../src/audit-packs/renderers/spreadsheet-cells';
import { renderSummaryHtml } from '../src/audit-packs/renderers/summary-html.renderer';
import { renderSummaryPdf } from '../src/audit-packs/renderers/summary-pdf.renderer';

const OSCAL_SCHEMA_PATH = path.resolve(
  __dirname,
  '../../libs/pack/oscal/oscal_assessment-results_schema.json',
);

const GENERATED_AT = '2025-07-01T09:30:00.000Z';

/** Titles a spreadsheet would run as formulas if written as they are. */
const DANGEROUS_TITLES = [
  '=HYPERLINK("http://x")',
  '+1',
  '-2+3',
  '@SUM(A1)',
  '\tTab',
  '\rCR',
] as const;

const SCRIPT = '<script>alert(1)</script>';
const NON_LATIN = 'Zażółć 東京';

// Only Date is faked: pdfkit and exceljs still need real timers and ticks to finish.
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

describe('audit pack renderers', () => {
  let model: PackModel;

  beforeAll(() => {
    jest.useFakeTimers({ now: new Date(GENERATED_AT), doNotFake: [...REAL_TIMERS] });
  });

  afterAll(() => {
    jest.useRealTimers();
  });

  beforeEach(() => {
    model = packModel();
  });

  describe('spreadsheet cells', () => {
    it('prefixes text that would start a formula and keeps numbers as numbers', () => {
      for (const title of DANGEROUS_TITLES) {
        expect(spreadsheetCell(title)).toEqual({ type: 'text', value: `'${title}` });
      }
      expect(spreadsheetCell('A.8.15')).toEqual({ type: 'text', value: 'A.8.15' });
      expect(spreadsheetCell('-5')).toEqual({ type: 'text', value: "'-5" });
      expect(spreadsheetCell(-5)).toEqual({ type: 'number', value: -5 });
      expect(spreadsheetCell(66.7)).toEqual({ type: 'number', value: 66.7 });
      expect(spreadsheetCell(null)).toEqual({ type: 'text', value: '' });
    });

    it('writes numbers into CSV as bare digits and quotes text only where RFC 4180 needs it', () => {
      const csv = formatCsv([
        [-2, 40, 66.7, 'plain'],
        ['a,b', 'say "hi"', 'two\nlines', '-2'],
      ]);

      expect(csv).toBe('-2,40,66.7,plain\r\n"a,b","say ""hi""","two\nlines",\'-2\r\n');
    });
  });

  describe('control matrix as CSV', () => {
    it('parses back to one row per requirement and citation, under the header', () => {
      const csv = renderControlMatrixCsv(model);
      // Records split on CRLF only: a bare line feed would leave fewer, longer rows.
      const rows: string[][] = parse(csv, { bom: true, record_delimiter: '\r\n' });

      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(rows[0]).toEqual(CONTROL_MATRIX_COLUMNS.map((column) => column.header));
      expect(rows).toHaveLength(1 + expectedMatrixRowCount(model));
      expect(rows.slice(1).every((row) => row.length === CONTROL_MATRIX_COLUMNS.length)).toBe(true);
    });

    it('shows the citation, the reviewer and the mapping that made evidence count', () => {
      const rows = csvRecords(renderControlMatrixCsv(model));

      expect(
        rows.find((row) => row.Framework === 'GDPR' && row.Reference === 'Art. 32'),
      ).toMatchObject({
        Title: `${NON_LATIN} security of processing`,
        'Evidence status': 'COVERED_BY_MAPPING',
        'Evidence title': 'SIEM retention export',
        'Version SHA-256': SHA.siem,
        'Pack path': 'evidence/siem/siem-export.csv',
        Decision: 'ACCEPTED',
        Reviewer: 'Rita Reviewer',
        Counts: 'yes',
        'Via mapping': 'ISO27001 A.8.15 EQUAL (Portal editorial crosswalk 1.0)',
      });
      expect(
        rows.find((row) => row.Framework === 'ISO27001' && row.Reference === '4.1'),
      ).toMatchObject({
        'Evidence status': 'MISSING',
        'Evidence title': '',
        Counts: '',
        'Via mapping': '',
      });
      expect(rows.find((row) => row.Reference === 'A.7.4')).toMatchObject({
        Status: 'NOT_APPLICABLE',
        Justification: `No own premises; ${SCRIPT}`,
      });
    });

    it('starts every dangerous text cell with a single quote and leaves plain text unquoted', () => {
      const csv = renderControlMatrixCsv(model);
      const titles = csvRecords(csv).map((row) => row.Title);

      for (const dangerous of DANGEROUS_TITLES) {
        expect(titles.filter((title) => title.startsWith(`'${dangerous}`))).toHaveLength(1);
      }
      expect(titles).toContain(`'=HYPERLINK("http://x") logging`);
      expect(titles.every((title) => !/^[=+\-@\t\r]/.test(title))).toBe(true);
      expect(csv).toContain('\r\nISO27001,4.1,');
    });
  });

  describe('control matrix as XLSX', () => {
    it('holds the three sheets with bold, frozen, filtered headers and workbook properties', async () => {
      const workbook = await readWorkbook(await renderControlMatrixXlsx(model));
      const matrix = workbook.getWorksheet('Control matrix')!;

      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Control matrix',
        'Coverage',
        'Exceptions',
      ]);
      expect(rowTexts(matrix.getRow(1))).toEqual(
        CONTROL_MATRIX_COLUMNS.map((column) => column.header),
      );
      expect(matrix.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(matrix.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(matrix.autoFilter).toBeDefined();
      expect(matrix.rowCount).toBe(1 + expectedMatrixRowCount(model));
      expect(rowTexts(workbook.getWorksheet('Coverage')!.getRow(1))).toEqual([
        'Framework',
        'Name',
        'Catalog version',
        'Total',
        'Applicable',
        'Covered',
        'Percent',
      ]);
      expect(workbook.getWorksheet('Exceptions')!.rowCount).toBe(1 + model.exceptions.length);
      expect(workbook.creator).toBe('Engagement Portal');
      expect(workbook.created.toISOString()).toBe(GENERATED_AT);
    });

    it('stores dangerous text as strings starting with a quote and no formula anywhere', async () => {
      const workbook = await readWorkbook(await renderControlMatrixXlsx(model));
      const titles: string[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type).not.toBe(ValueType.Formula);
            expect(cell.formula).toBeUndefined();
          }),
        ),
      );
      workbook.getWorksheet('Control matrix')!.eachRow((row, rowNumber) => {
        if (rowNumber > 1) titles.push(String(row.getCell(3).value));
      });

      for (const dangerous of DANGEROUS_TITLES) {
        // XML turns a stored carriage return into a line feed when the workbook is read back.
        const stored = `'${dangerous.replace('\r', '\n')}`;
        expect(titles.filter((title) => title.replace('\r', '\n').startsWith(stored))).toHaveLength(
          1,
        );
      }
      const dangerousCells = cellsMatching(workbook, /^'[=+\-@\t\r\n]/);
      expect(dangerousCells.length).toBeGreaterThanOrEqual(DANGEROUS_TITLES.length);
      expect(dangerousCells.every((cell) => cell.type === ValueType.String)).toBe(true);
      expect(cellsMatching(workbook, /^[=+\-@\t\r]/)).toEqual([]);
    });

    it('stores coverage counts and percent as numbers', async () => {
      const workbook = await readWorkbook(await renderControlMatrixXlsx(model));
      const coverage = workbook.getWorksheet('Coverage')!;
      const iso = coverage.getRow(2);
      const gdpr = coverage.getRow(3);

      expect(iso.getCell(1).value).toBe('ISO27001');
      expect(iso.getCell(7).type).toBe(ValueType.Number);
      expect(iso.getCell(7).value).toBe(40);
      expect([4, 5, 6].map((column) => iso.getCell(column).value)).toEqual([6, 5, 2]);
      expect(gdpr.getCell(7).value).toBe(66.7);
    });
  });

  describe('summary as HTML', () => {
    it('escapes every value, so no script from the data reaches the page', () => {
      const html = renderSummaryHtml(model);

      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain(NON_LATIN);
    });

    it('names the engagement, the period and the pack, and shows coverage per framework', () => {
      const html = renderSummaryHtml(model);

      expect(html).toContain('Northwind data platform');
      expect(html).toContain('Northwind Traders');
      expect(html).toContain('2025-01-01 to 2025-06-30');
      expect(html).toContain('2025-07-01 09:30 UTC');
      expect(html).toContain(model.packId);
      expect(html).toContain(
        '<td class="number">6</td><td class="number">5</td><td class="number">2</td>',
      );
      expect(html).toContain('40.0%');
      expect(html).toContain('66.7%');
      expect(html).toContain('style="width: 66.7%"');
    });

    it('groups exceptions by reason and lists stale or missing evidence', () => {
      const html = renderSummaryHtml(model);

      expect(html).toContain(`Exceptions (${model.exceptions.length})`);
      expect(html).toContain('Evidence awaiting review (1)');
      expect(html).toContain('Evidence file does not match its SHA-256 (1)');
      expect(html).toContain('Requirement not applicable (1)');
      expect(html).toContain('Expired on 2025-03-31');
      expect(html).toContain('File missing from the evidence store');
    });

    it('links the reports, the manifest and every included evidence file by its pack path', () => {
      const html = renderSummaryHtml(model);
      const included = model.evidenceFiles.filter((file) => file.status === 'INCLUDED');

      for (const file of [
        'control-matrix.csv',
        'control-matrix.xlsx',
        'summary.pdf',
        'assessment-results.json',
        'manifest.json',
      ]) {
        expect(html).toContain(`href="${file}"`);
      }
      for (const file of included)
        expect(html).toContain(`href="${encodeURI(file.path).replace(/#/g, '%23')}"`);
      expect(html).toContain('href="evidence/notes/board%20minutes%20%231.pdf"');
      expect(html).not.toContain('href="evidence/missing');
      expect(html).toContain('npm run pack:verify -- &lt;pack.zip&gt;');
      expect(html).toContain('signature.json');
    });
  });

  describe('summary as PDF', () => {
    it('renders an A4 PDF with non-Latin titles and a long exception list', async () => {
      const crowded = packModel();
      crowded.exceptions.push(
        ...Array.from({ length: 250 }, (_, index) =>
          exception('NO_EVIDENCE', 'ISO27001', `X.${index}`, `${NON_LATIN} ${index}`),
        ),
      );

      const pdf = await renderSummaryPdf(crowded);

      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
      expect(pdf.length).toBeGreaterThan(5000);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    });

    it('replaces what Helvetica cannot encode instead of breaking', async () => {
      expect(toHelveticaText(NON_LATIN)).toBe('Zazólc ??');
      expect(toHelveticaText('“quoted” – Łódź €5\tx')).toBe('"quoted" - Lódz EUR5 x');

      await expect(renderSummaryPdf(model)).resolves.toBeInstanceOf(Buffer);
    });
  });

  describe('assessment results in OSCAL', () => {
    it('validates against the OSCAL 1.1.2 assessment results schema', () => {
      const validate = oscalValidator();
      const document = JSON.parse(JSON.stringify(renderAssessmentResults(model)));

      const valid = validate(document);

      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it('stays valid for an empty pack', () => {
      const validate = oscalValidator();
      const empty: PackModel = {
        ...packModel(),
        frameworks: [],
        requirements: [],
        exceptions: [],
        evidenceFiles: [],
      };

      expect(validate(JSON.parse(JSON.stringify(renderAssessmentResults(empty))))).toBe(true);
    });

    it('carries the SHA-256 of every counted evidence version in its back-matter', () => {
      const document = renderAssessmentResults(model)['assessment-results'];
      const hashes = document['back-matter'].resources.flatMap((resource) =>
        (resource.rlinks ?? []).flatMap((link) => link.hashes ?? []),
      );
      const counted = model.requirements.flatMap((requirement) =>
        requirement.evidence.filter((citation) => citation.counts),
      );

      for (const citation of counted) {
        expect(hashes).toContainEqual({ algorithm: 'SHA-256', value: citation.sha256 });
      }
      expect(document.results[0].observations).toHaveLength(
        new Set(counted.map((citation) => citation.versionId)).size,
      );
    });

    it('has one finding per requirement, satisfied only when covered', () => {
      const findings = renderAssessmentResults(model)['assessment-results'].results[0].findings!;
      const byTarget = new Map(findings.map((item) => [item.target['target-id'], item.target]));

      expect(findings).toHaveLength(model.requirements.length);
      expect(byTarget.get('iso27001_a.8.15')?.status.state).toBe('satisfied');
      expect(byTarget.get('gdpr_art.32')?.status.state).toBe('satisfied');
      expect(byTarget.get('iso27001_a.5.15')?.status.state).toBe('not-satisfied');
      expect(byTarget.get('iso27001_4.1')?.status).toMatchObject({
        state: 'not-satisfied',
        reason: 'fail',
      });
      expect(byTarget.get('iso27001_a.7.4')).toMatchObject({
        status: { state: 'not-satisfied', reason: 'other' },
        'implementation-status': { state: 'not-applicable' },
      });
      expect(byTarget.get('iso27001_a.7.4')?.status.remarks).toContain('No own premises');
    });

    it('points each observation at the resource holding the evidence hash', () => {
      const document = renderAssessmentResults(model)['assessment-results'];
      const resources = new Map(
        document['back-matter'].resources.map((resource) => [resource.uuid, resource]),
      );

      for (const observation of document.results[0].observations!) {
        const href = observation['relevant-evidence'][0].href;
        expect(href.startsWith('#')).toBe(true);
        expect(resources.get(href.slice(1))?.rlinks?.[0].hashes).toHaveLength(1);
      }
      const siem = [...resources.values()].find(
        (resource) => resource.title === 'SIEM retention export',
      );
      expect(siem?.rlinks?.[0].href).toBe('evidence/siem/siem-export.csv');
      expect(document['import-ap'].href).toMatch(/^#/);
      expect(resources.has(document['import-ap'].href.slice(1))).toBe(true);
    });

    it('renders the same document twice from the same model, whatever the clock says', () => {
      const first = JSON.stringify(renderAssessmentResults(model));
      jest.setSystemTime(new Date('2031-12-31T23:00:00.000Z'));
      const second = JSON.stringify(renderAssessmentResults(packModel()));
      jest.setSystemTime(new Date(GENERATED_AT));

      expect(second).toBe(first);
    });

    it('derives RFC 4122 version 5 UUIDs and schema-valid tokens', () => {
      // The RFC's own example namespace for DNS names.
      expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
        '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      );
      expect(requirementToken('ISO27001', 'A.8.15')).toBe('iso27001_a.8.15');
      expect(requirementToken('NIS2', 'Art. 21(2)(d)')).toBe('nis2_art.21-2-d');
    });
  });
});

// ---- the model: two frameworks, every evidence status and exception reason ----

const SHA = {
  siem: 'a'.repeat(64),
  access: 'b'.repeat(64),
  policyLink: 'c'.repeat(64),
  dpoAttestation: 'd'.repeat(64),
  pentest: 'e'.repeat(64),
  rejected: 'f'.repeat(64),
  outside: '1'.repeat(64),
  missing: '2'.repeat(64),
  tampered: '3'.repeat(64),
  minutes: '4'.repeat(64),
};

function versionId(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

function packModel(): PackModel {
  const siem = citation({ index: 1, title: 'SIEM retention export', sha256: SHA.siem });
  const siemPath = 'evidence/siem/siem-export.csv';
  siem.packPath = siemPath;

  const requirements: PackRequirement[] = [
    requirement('ISO27001', 'A.8.15', '=HYPERLINK("http://x") logging', 'COVERED', [siem]),
    requirement('ISO27001', 'A.5.15', '+1 access control', 'PENDING_REVIEW', [
      citation({
        index: 2,
        title: '@SUM(A1) access review',
        sha256: SHA.access,
        decision: null,
        reviewer: null,
        reviewedAt: null,
        counts: false,
        packPath: 'evidence/access/access-review.xlsx',
      }),
    ]),
    requirement('ISO27001', '4.1', '-2+3 context of the organization', 'MISSING', []),
    {
      ...requirement('ISO27001', 'A.7.4', '@SUM(A1) physical monitoring', 'NOT_APPLICABLE', []),
      status: 'NOT_APPLICABLE',
      justification: `No own premises; ${SCRIPT}`,
    },
    requirement('ISO27001', 'A.5.1', '\tTab policies', 'COVERED', [
      citation({ index: 3, title: 'Policy wiki page', kind: 'LINK', sha256: SHA.policyLink }),
    ]),
    requirement('ISO27001', 'A.6.3', '\rCR awareness training', 'EXPIRED', [
      citation({
        index: 5,
        title: 'Awareness training records',
        sha256: SHA.pentest,
        freshness: 'EXPIRED',
        validUntil: '2025-03-31',
        counts: false,
        packPath: 'evidence/training/training.pdf',
      }),
    ]),
    requirement('GDPR', 'Art. 32', `${NON_LATIN} security of processing`, 'COVERED_BY_MAPPING', [
      {
        ...siem,
        via: {
          framework: 'ISO27001',
          reference: 'A.8.15',
          relation: 'EQUAL',
          source: 'Portal editorial crosswalk 1.0',
        },
      },
    ]),
    requirement('GDPR', 'Art. 30', `${SCRIPT} records of processing`, 'COVERED', [
      citation({
        index: 4,
        title: 'DPO attestation',
        kind: 'ATTESTATION',
        sha256: SHA.dpoAttestation,
        freshness: 'EXPIRING',
        validUntil: '2025-07-15',
      }),
      citation({
        index: 6,
        title: "=cmd|' /C calc'!A0",
        sha256: SHA.rejected,
        decision: 'REJECTED',
        counts: false,
        packPath: 'evidence/rejected/register.pdf',
      }),
      citation({
        index: 7,
        title: 'Register of processing 2023',
        sha256: SHA.outside,
        coversFrom: '2023-01-01',
        coversTo: '2023-12-31',
        counts: false,
        packPath: 'evidence/outside/register-2023.pdf',
      }),
      citation({
        index: 8,
        title: 'Processor list',
        sha256: SHA.missing,
        counts: false,
      }),
      citation({
        index: 9,
        title: 'Retention schedule',
        sha256: SHA.tampered,
        counts: false,
      }),
      citation({
        index: 10,
        title: 'Board minutes',
        sha256: SHA.minutes,
        packPath: 'evidence/notes/board minutes #1.pdf',
      }),
    ]),
    requirement('GDPR', 'Art. 33', `${NON_LATIN} breach notification`, 'MISSING', []),
  ];

  const evidenceFiles: PackEvidenceFile[] = [
    evidenceFile(1, 'SIEM retention export', SHA.siem, siemPath, 'INCLUDED'),
    evidenceFile(2, '@SUM(A1) access review', SHA.access, 'evidence/access/access-review.xlsx'),
    evidenceFile(5, 'Awareness training records', SHA.pentest, 'evidence/training/training.pdf'),
    evidenceFile(6, "=cmd|' /C calc'!A0", SHA.rejected, 'evidence/rejected/register.pdf'),
    evidenceFile(
      7,
      'Register of processing 2023',
      SHA.outside,
      'evidence/outside/register-2023.pdf',
    ),
    evidenceFile(
      8,
      'Processor list',
      SHA.missing,
      'evidence/missing/processors.pdf',
      'FILE_MISSING',
    ),
    evidenceFile(
      9,
      'Retention schedule',
      SHA.tampered,
      'evidence/missing/retention.pdf',
      'HASH_MISMATCH',
    ),
    evidenceFile(10, 'Board minutes', SHA.minutes, 'evidence/notes/board minutes #1.pdf'),
  ];

  const exceptions: PackException[] = [
    exception('NO_EVIDENCE', 'ISO27001', '4.1', '-2+3 context of the organization'),
    exception('NO_EVIDENCE', 'GDPR', 'Art. 33', `${NON_LATIN} breach notification`),
    exception('PENDING_REVIEW', 'ISO27001', 'A.5.15', '@SUM(A1) access review', 2),
    exception('EXPIRED', 'ISO27001', 'A.6.3', 'Awareness training records', 5),
    exception('NOT_APPLICABLE', 'ISO27001', 'A.7.4', SCRIPT),
    exception('NOT_ACCEPTED', 'GDPR', 'Art. 30', "=cmd|' /C calc'!A0", 6),
    exception('OUTSIDE_AUDIT_PERIOD', 'GDPR', 'Art. 30', 'Register of processing 2023', 7),
    exception('FILE_MISSING', null, null, 'Processor list', 8),
    exception('HASH_MISMATCH', null, null, 'Retention schedule', 9),
  ];

  return {
    packId: '7d9c3a52-4a8e-4f3b-9d21-5c0e8f6a1b24',
    generatedAt: GENERATED_AT,
    generatedBy: { id: 'user-1', name: 'Olga Officer', role: 'COMPLIANCE_OFFICER' },
    engagement: { id: 'engagement-1', name: 'Northwind data platform' },
    client: { id: 'client-1', name: 'Northwind Traders' },
    auditPeriod: { from: '2025-01-01', to: '2025-06-30' },
    frameworks: [
      {
        key: 'ISO27001',
        name: 'ISO/IEC 27001:2022',
        catalogVersion: '1.0.0',
        sourceVersion: '2022',
        coverage: { total: 6, applicable: 5, covered: 2, percent: 40 },
      },
      {
        key: 'GDPR',
        name: 'GDPR',
        catalogVersion: '1.0.0',
        sourceVersion: '2016/679',
        coverage: { total: 3, applicable: 3, covered: 2, percent: 66.7 },
      },
    ],
    requirements,
    exceptions,
    evidenceFiles,
  };
}

function requirement(
  framework: string,
  reference: string,
  title: string,
  evidenceStatus: string,
  evidence: PackEvidenceCitation[],
): PackRequirement {
  return {
    framework,
    reference,
    title,
    group: framework === 'GDPR' ? 'Chapter IV Controller and processor' : 'Annex A',
    status: evidenceStatus.startsWith('COVERED') ? 'COMPLIANT' : 'IN_PROGRESS',
    justification: null,
    evidenceStatus,
    owner: 'Ola Owner',
    evidence,
  };
}

function citation(
  overrides: Partial<PackEvidenceCitation> & { index: number; title: string; sha256: string },
): PackEvidenceCitation {
  const { index, ...fields } = overrides;

  return {
    evidenceId: `evidence-${index}`,
    versionId: versionId(index),
    kind: 'FILE',
    packPath: null,
    decision: 'ACCEPTED',
    reviewer: 'Rita Reviewer',
    reviewedAt: '2025-05-02T14:00:00.000Z',
    freshness: 'FRESH',
    coversFrom: '2025-01-01',
    coversTo: '2025-06-30',
    validUntil: '2026-06-30',
    counts: true,
    via: null,
    ...fields,
  };
}

function evidenceFile(
  index: number,
  title: string,
  sha256: string,
  filePath: string,
  status: PackEvidenceFile['status'] = 'INCLUDED',
): PackEvidenceFile {
  return {
    evidenceId: `evidence-${index}`,
    versionId: versionId(index),
    title,
    fileName: filePath.split('/').pop()!,
    contentType: filePath.endsWith('.pdf') ? 'application/pdf' : null,
    sha256,
    sizeBytes: 1000 * index,
    path: filePath,
    status,
  };
}

function exception(
  reason: PackException['reason'],
  framework: string | null,
  reference: string | null,
  title: string,
  version?: number,
): PackException {
  return {
    framework,
    reference,
    evidenceId: version ? `evidence-${version}` : null,
    versionId: version ? versionId(version) : null,
    title,
    reason,
    detail: `${reason.toLowerCase().replace(/_/g, ' ')}: ${title}`,
  };
}

// ---- reading the outputs back ----

function expectedMatrixRowCount(pack: PackModel): number {
  return pack.requirements.reduce((sum, item) => sum + Math.max(1, item.evidence.length), 0);
}

function csvRecords(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true });
}

async function readWorkbook(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs types its input as its own ArrayBuffer-like `Buffer`; a Node Buffer is what it reads.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);

  return workbook;
}

function rowTexts(row: { cellCount: number; getCell(column: number): { value: CellValue } }) {
  return Array.from({ length: row.cellCount }, (_, index) => String(row.getCell(index + 1).value));
}

function cellsMatching(
  workbook: Workbook,
  pattern: RegExp,
): { type: ValueType; value: CellValue }[] {
  const cells: { type: ValueType; value: CellValue }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && pattern.test(cell.value)) {
          cells.push({ type: cell.type, value: cell.value });
        }
      }),
    ),
  );

  return cells;
}

let compiledValidator: ValidateFunction | undefined;

/** Compiling the OSCAL schema takes about a second; it is done once per run. */
function oscalValidator(): ValidateFunction {
  if (!compiledValidator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiledValidator = ajv.compile(JSON.parse(readFileSync(OSCAL_SCHEMA_PATH, 'utf8')));
  }

  return compiledValidator;
}
