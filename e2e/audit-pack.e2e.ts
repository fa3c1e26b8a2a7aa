import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import { expect, type Locator, type Page, test } from '@playwright/test';
import yauzl from 'yauzl';
import yazl from 'yazl';

const PASSWORD = 'portal-demo-2026';
const ENGAGEMENT = 'Payments API modernisation';
const AUDITOR = 'auditor@veritas.example';
// The demo data scopes DORA, ISO 27001 and GDPR on this engagement, with some evidence.
const ISO27001 = 'ISO/IEC 27001:2022';
const DORA = 'DORA (Digital Operational Resilience Act)';
const PERIOD_FROM = '2025-01-01';
const PERIOD_TO = '2027-12-31';
const EXPORT_TIMEOUT_MS = 60_000;

// The e2e suite runs after `npm run build`, so the verify command is compiled under dist/server.
const REPO_ROOT = path.resolve(__dirname, '..');
const VERIFY_CLI = path.join(REPO_ROOT, 'dist/server/libs/pack/src/verify.cli.js');

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

async function openAuditPacks(page: Page) {
  await page.getByRole('link', { name: 'Engagements' }).click();
  await page.getByRole('link', { name: ENGAGEMENT }).click();
  await page.getByRole('link', { name: 'Audit packs' }).click();
  await expect(page).toHaveURL(/\/engagements\/[^/]+\/audit-packs$/);
  await expect(page.getByRole('heading', { name: 'Audit packs', level: 1 })).toBeVisible();
}

async function chooseFrameworks(page: Page, scope: Locator, names: string[]) {
  await scope.getByLabel('Frameworks').click();
  for (const name of names) await page.getByRole('option', { name, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Exports a pack and waits until it is ready; returns its row in the list (newest first). */
async function exportPack(page: Page, frameworks: string[]): Promise<Locator> {
  const form = page.getByRole('region', { name: 'Export an audit pack' });
  await chooseFrameworks(page, form, frameworks);
  await form.getByLabel('Period from').fill(PERIOD_FROM);
  await form.getByLabel('Period to').fill(PERIOD_TO);

  // Count the packs only once the list has loaded, so the new one is told apart.
  const list = page.getByRole('region', { name: 'Packs', exact: true });
  await expect(list.getByRole('status')).toHaveCount(0);
  const packs = list.getByRole('table', { name: 'Audit packs' }).locator('tbody tr');
  const before = await packs.count();
  await form.getByRole('button', { name: 'Export pack' }).click();
  await expect(packs).toHaveCount(before + 1);

  const row = packs.first();
  await expect(row).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: EXPORT_TIMEOUT_MS });
  await expect(row.getByRole('progressbar')).toHaveCount(0);
  await expect(row.getByText('Ready', { exact: true })).toBeVisible();

  return row;
}

async function signingKeyFingerprint(page: Page): Promise<string> {
  const fingerprint = page.getByTestId('signing-key-fingerprint');
  await expect(fingerprint).toHaveText(/^[0-9a-f]{64}$/);

  return ((await fingerprint.textContent()) ?? '').trim();
}

/** Clicks the row's "Download" and saves the ZIP under the name the browser was given. */
async function downloadPack(page: Page, row: Locator): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Download' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^audit-pack-${PERIOD_FROM}-${PERIOD_TO}.*\\.zip$`),
  );

  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-pack-')),
    download.suggestedFilename(),
  );
  await download.saveAs(file);

  return file;
}

function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function verifyPack(file: string, keyFingerprint: string) {
  const result = spawnSync(
    process.execPath,
    [VERIFY_CLI, file, '--key-fingerprint', keyFingerprint],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );

  return { exitCode: result.status, output: `${result.stdout}${result.stderr}` };
}

function readZipEntries(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error(`Cannot open ${file}`));

      const entries = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);

          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** A copy of the pack with one entry's content changed and everything else as it was. */
async function tamperedCopy(
  file: string,
  entryName: string,
  change: (content: string) => string,
): Promise<string> {
  const entries = await readZipEntries(file);
  const original = entries.get(entryName);
  if (!original) throw new Error(`${entryName} is not in the pack`);

  const changed = change(original.toString('utf8'));
  expect(changed).not.toBe(original.toString('utf8'));

  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) {
    zip.addBuffer(name === entryName ? Buffer.from(changed, 'utf8') : content, name);
  }
  zip.end();

  const target = path.join(path.dirname(file), `tampered-${path.basename(file)}`);
  await pipeline(zip.outputStream, fs.createWriteStream(target));

  return target;
}

/** The value a date-time input expects, in the browser's (this machine's) time zone. */
function localDateTimeInDays(days: number): string {
  const instant = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');

  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  );
}

test('a compliance officer exports a signed pack that verifies offline and fails once tampered with', async ({
  page,
}) => {
  await signIn(page, 'compliance@balticmutual.example');
  await openAuditPacks(page);

  const row = await exportPack(page, [ISO27001, DORA]);
  await expect(row.getByText('ISO27001', { exact: true })).toBeVisible();
  await expect(row.getByText('DORA', { exact: true })).toBeVisible();
  const fingerprint = await signingKeyFingerprint(page);
  await expect(page.getByTestId('verify-command')).toHaveText(
    `npm run pack:verify -- <pack.zip> --key-fingerprint ${fingerprint}`,
  );

  const file = await downloadPack(page, row);
  const listedSha256 = await row.getByLabel(/^SHA-256 /).getAttribute('data-value');
  expect(sha256Of(file)).toBe(listedSha256);

  const verified = verifyPack(file, fingerprint);
  expect(verified.output).toContain('OK: signature valid');
  expect(verified.exitCode).toBe(0);

  const tampered = await tamperedCopy(file, 'index.html', (html) =>
    html.replace('Baltic Mutual Bank', 'Baltic Mutual B4nk'),
  );
  const refused = verifyPack(tampered, fingerprint);
  expect(refused.exitCode).toBe(1);
  expect(refused.output).toContain('FAILED');
  expect(refused.output).toContain('index.html was changed');
});

test('an auditor granted ISO 27001 for the period sees the engagement and downloads the pack until revoked', async ({
  page,
}) => {
  test.setTimeout(120_000);

  await signIn(page, 'compliance@balticmutual.example');
  await openAuditPacks(page);
  await exportPack(page, [ISO27001]);

  const access = page.getByRole('region', { name: 'Auditor access' });
  const grantForm = access.getByRole('form', { name: 'Grant access' });
  await grantForm.getByLabel('Auditor email').fill(AUDITOR);
  await chooseFrameworks(page, grantForm, [ISO27001]);
  await grantForm.getByLabel('Period from').fill(PERIOD_FROM);
  await grantForm.getByLabel('Period to').fill(PERIOD_TO);
  await grantForm.getByLabel('Access expires').fill(localDateTimeInDays(1));
  await grantForm.getByRole('button', { name: 'Grant access' }).click();
  const grant = access.getByRole('table', { name: 'Audit grants' }).locator('tbody tr').first();
  await expect(grant).toHaveAttribute('data-status', 'active');
  await expect(grant.getByText('Active', { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, AUDITOR);
  await expect(page).toHaveURL(/\/audit-access$/);
  await expect(page.getByRole('link', { name: 'Engagements' })).toHaveCount(0);
  await page.getByRole('link', { name: ENGAGEMENT }).click();
  await expect(page.getByRole('heading', { name: ENGAGEMENT, level: 1 })).toBeVisible();

  // Only the granted framework, only packs within the grant, and no way to team or deliverables.
  await expect(page.getByRole('tab', { name: ISO27001 })).toBeVisible();
  await expect(page.getByRole('tab', { name: DORA })).toHaveCount(0);
  await expect(page.locator('table[aria-label="Requirements"] tbody tr').first()).toBeVisible();
  await expect(page.locator('main a[href^="/engagements"]')).toHaveCount(0);
  await expect(page.locator('main a[href^="/evidence"]')).toHaveCount(0);
  const packs = page.getByRole('table', { name: 'Audit packs' }).locator('tbody tr');
  await expect(packs).toHaveCount(1);
  await expect(packs.first().getByText('DORA', { exact: true })).toHaveCount(0);

  const fingerprint = await signingKeyFingerprint(page);
  const file = await downloadPack(page, packs.first());
  const verified = verifyPack(file, fingerprint);
  expect(verified.output).toContain('OK: signature valid');
  expect(verified.exitCode).toBe(0);
  await signOut(page);

  await signIn(page, 'compliance@balticmutual.example');
  await openAuditPacks(page);
  const activeGrant = page
    .getByRole('table', { name: 'Audit grants' })
    .locator('tbody tr[data-status="active"]')
    .first();
  await activeGrant.getByRole('button', { name: 'Revoke' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke audit access' });
  await confirm.getByRole('button', { name: 'Revoke access' }).click();
  await expect(confirm).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Audit grants' }).locator('tbody tr[data-status="revoked"]'),
  ).toHaveCount(1);
  await signOut(page);

  await signIn(page, AUDITOR);
  await expect(page.getByText('No active audit grant')).toBeVisible();
  await expect(page.getByRole('link', { name: ENGAGEMENT })).toHaveCount(0);
});
