import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

const PASSWORD = 'portal-demo-2026';
const ENGAGEMENT = 'Payments API modernisation';
// The demo data scopes DORA, ISO 27001 and GDPR on this engagement, with some evidence.
const FRAMEWORK = 'ISO27001';
const FRAMEWORK_NAME = 'ISO/IEC 27001:2022';
// Steps that wait on the server get longer than the default: CI machines run other suites too.
const SERVER_WAIT = { timeout: 20_000 };

interface Coverage {
  percent: number;
  covered: number;
  applicable: number;
}

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, SERVER_WAIT);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

async function openCompliance(page: Page) {
  await page.getByRole('link', { name: 'Engagements' }).click();
  await page.getByRole('link', { name: ENGAGEMENT }).click();
  await page.getByRole('link', { name: 'Compliance' }).click();
  await expect(page.getByRole('heading', { name: 'Compliance', level: 1 })).toBeVisible(
    SERVER_WAIT,
  );
}

/** Reads "ISO/IEC 27001:2022 — 3.4% covered (4 of 117)". */
async function readCoverage(page: Page): Promise<Coverage> {
  const line = page.getByTestId(`coverage-${FRAMEWORK}`);
  await expect(line).toContainText(FRAMEWORK_NAME, SERVER_WAIT);
  const text = (await line.textContent()) ?? '';
  const match = /([\d.]+)% covered \((\d+) of (\d+)\)/.exec(text);
  if (!match) throw new Error(`No coverage in "${text}"`);

  return { percent: Number(match[1]), covered: Number(match[2]), applicable: Number(match[3]) };
}

/** A small but well-formed one-page PDF, with a correct cross-reference table. */
function onePagePdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 72 770 Td (${text}) Tj ET`.length} >>\nstream\n` +
      `BT /F1 12 Tf 72 770 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;

    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;

  return Buffer.from(body, 'latin1');
}

function calendarDateInDays(days: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);

  return date.toISOString().slice(0, 10);
}

test('an engineer uploads evidence for a missing requirement and the accepted version raises coverage', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Audit log retention export ${Date.now()}`;
  const pdf = onePagePdf(title);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const filePath = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-')),
    'log-export.pdf',
  );
  fs.writeFileSync(filePath, pdf);

  await signIn(page, 'engineer@kestrel.example');
  await openCompliance(page);
  const before = await readCoverage(page);

  // A requirement of the framework that has no evidence yet.
  await page.getByRole('tab', { name: FRAMEWORK_NAME }).click();
  await page.getByRole('combobox', { name: 'Evidence status' }).click();
  await page.getByRole('option', { name: 'Missing', exact: true }).click();
  const missingRow = page.locator('table[aria-label="Requirements"] tbody tr').first();
  await expect(missingRow).toHaveAttribute('data-evidence-status', 'MISSING', SERVER_WAIT);
  const reference = (await missingRow.getAttribute('data-reference')) ?? '';
  const requirementTitle = ((await missingRow.locator('td').nth(1).textContent()) ?? '').trim();
  expect(reference).not.toBe('');

  await page.getByRole('button', { name: 'Upload file' }).click();
  const upload = page.getByRole('dialog', { name: 'Upload file' });
  await upload.getByLabel('Title').fill(title);
  await upload.getByLabel('Valid until').fill(calendarDateInDays(365));
  await upload.getByLabel('Requirements').fill(`${FRAMEWORK} ${reference}`);
  await page
    .getByRole('option', { name: `${FRAMEWORK} ${reference} — ${requirementTitle}`, exact: true })
    .click();
  await upload.locator('input[type="file"]').setInputFiles(filePath);
  await upload.getByRole('button', { name: 'Upload', exact: true }).click();

  await expect(upload.getByText('Upload complete')).toBeVisible(SERVER_WAIT);
  await expect(upload.getByText(sha256)).toBeVisible();
  await upload.getByRole('button', { name: 'Done' }).click();
  await signOut(page);

  await signIn(page, 'compliance@balticmutual.example');
  await page.getByRole('link', { name: 'Reviews' }).click();
  const queued = page.getByRole('article', { name: `${title}, version 1` });
  await expect(queued).toBeVisible(SERVER_WAIT);
  await expect(queued).toContainText(`${FRAMEWORK} ${reference}`);
  await queued.getByRole('button', { name: 'Accept' }).click();
  const decision = page.getByRole('dialog', { name: `Accept version 1 of “${title}”` });
  await decision
    .getByLabel('Comment')
    .fill('Retention period matches the policy; export is complete.');
  await decision.getByRole('button', { name: 'Accept' }).click();
  await expect(queued).toHaveCount(0, SERVER_WAIT);

  await openCompliance(page);
  const after = await readCoverage(page);
  expect(after.covered).toBe(before.covered + 1);
  expect(after.percent).toBeGreaterThan(before.percent);
});
