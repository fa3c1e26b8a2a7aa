import { expect, Page, test } from '@playwright/test';

const PASSWORD = 'portal-demo-2026';
const DELIVERABLE = 'Consumer-driven contract test suite';
const COMMIT = '4b8e1f2a9c3d5e7f6a0b1c2d3e4f5a6b7c8d9e0f';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/engagements/);
}

async function openPayments(page: Page) {
  await page.getByRole('link', { name: 'Payments API modernisation' }).click();
  await expect(page.getByRole('heading', { name: 'Payments API modernisation' })).toBeVisible();
}

const deliverableRow = (page: Page) => page.getByRole('row', { name: DELIVERABLE, exact: true });

test('an engineer submits a deliverable pinned to a commit, the client manager accepts it, and the history shows both steps', async ({
  page,
}) => {
  await signIn(page, 'engineer@kestrel.example');
  await openPayments(page);
  await expect(deliverableRow(page).getByText('In progress')).toBeVisible();
  await expect(deliverableRow(page).getByRole('button', { name: 'Accept' })).toHaveCount(0);

  await deliverableRow(page).getByRole('button', { name: 'Submit', exact: true }).click();
  const submitDialog = page.getByRole('dialog', { name: `Submit “${DELIVERABLE}” for sign-off` });
  await submitDialog.getByLabel('Version kind').click();
  await page.getByRole('option', { name: 'Commit' }).click();
  await submitDialog.getByLabel('Version delivered').fill('abc');
  await submitDialog
    .getByLabel('Link to the version')
    .fill(`https://git.example/payments/commit/${COMMIT}`);
  await submitDialog.getByRole('button', { name: 'Submit for sign-off' }).click();
  await expect(
    submitDialog.getByText('must be 7 to 40 lower-case hexadecimal digits'),
  ).toBeVisible();

  await submitDialog.getByLabel('Version delivered').fill(COMMIT);
  await submitDialog.getByLabel('Note for the reviewer').fill('Refunds and reversals covered');
  await submitDialog.getByRole('button', { name: 'Submit for sign-off' }).click();
  await expect(submitDialog).toBeHidden();
  await expect(deliverableRow(page).getByText('Submitted')).toBeVisible();
  await expect(deliverableRow(page).getByRole('link', { name: COMMIT })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'manager@balticmutual.example');
  // The manager is told in the portal, and the notification leads to the engagement.
  await page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
  await page.getByRole('button', { name: `${DELIVERABLE} awaits your sign-off` }).click();
  await expect(page.getByRole('heading', { name: 'Payments API modernisation' })).toBeVisible();
  await expect(deliverableRow(page).getByRole('button', { name: /^Submit/ })).toHaveCount(0);

  await deliverableRow(page).getByRole('button', { name: 'Accept' }).click();
  const acceptDialog = page.getByRole('dialog', { name: `Accept “${DELIVERABLE}”` });
  await expect(acceptDialog.getByText(COMMIT)).toBeVisible();
  await acceptDialog.getByRole('button', { name: 'Accept this version' }).click();
  await expect(acceptDialog).toBeHidden();
  await expect(deliverableRow(page).getByText('Accepted')).toBeVisible();

  await deliverableRow(page).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('table', { name: 'Status history' });
  await expect(history.getByRole('row').nth(1)).toContainText('Accepted');
  await expect(history.getByRole('row').nth(1)).toContainText('Ilze Kalnina');
  await expect(history.getByRole('row').nth(1)).toContainText(COMMIT);
  await expect(history.getByRole('row').nth(2)).toContainText('Submitted');
  await expect(history.getByRole('row').nth(2)).toContainText('Refunds and reversals covered');

  // The DORA milestone holds the contract tests and the (still submitted) runbook.
  await expect(
    page
      .getByRole('region', { name: 'Milestones' })
      .getByLabel('DORA operational readiness', { exact: true }),
  ).toContainText('1 of 2 accepted');
});

test('the engagement list and page show health with its reasons', async ({ page }) => {
  await signIn(page, 'admin@kestrel.example');

  const row = page.getByRole('row').filter({ hasText: 'Clinical data lakehouse' });
  await expect(row.getByTestId('health-badge')).toBeVisible();
  await expect(row.getByText(/milestone is past due/)).toBeVisible();

  await row.getByRole('link', { name: 'Clinical data lakehouse' }).click();
  await expect(page.getByTestId('health-badge').first()).toHaveText('Off track');
  await expect(page.getByRole('heading', { name: 'RAID log' })).toBeVisible();
  await expect(page.getByText('VACUUM retention conflicts with audit trail')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Status reports' })).toBeVisible();
});

test('a client manager sees shared RAID entries and published reports, never the agency’s internal ones or drafts', async ({
  page,
}) => {
  await signIn(page, 'manager@balticmutual.example');
  await openPayments(page);

  const raid = page.getByRole('region', { name: 'RAID log' });
  await expect(raid.getByText('Card scheme certification window may slip')).toBeVisible();
  await expect(raid.getByText('2027 budget for the gateway team not yet approved')).toBeVisible();
  await expect(raid.getByText('Tech lead rotation in February')).toHaveCount(0);

  const reports = page.getByRole('region', { name: 'Status reports' });
  await expect(reports.getByText(/^Published/)).toHaveCount(1);
  await expect(reports.getByText('Draft', { exact: true })).toHaveCount(0);
  await expect(reports.getByRole('button', { name: 'New draft' })).toHaveCount(0);

  await reports.getByRole('button', { name: 'View' }).click();
  // The demo data is dated from the day the portal started, so the period is matched loosely.
  const report = page.getByRole('dialog', { name: /^Status report \d{4}-\d{2}-\d{2}/ });
  await expect(report.getByText('Tech lead rotation in February')).toHaveCount(0);
  await expect(report.getByText(/Card scheme certification window may slip/)).toBeVisible();
});

test('a client manager logs a risk about an open seat and the RAID log names the seat', async ({
  page,
}) => {
  const openSeat = /Seat: Backend engineer · Senior from .+ \(Open\)/;
  await signIn(page, 'manager@balticmutual.example');
  await openPayments(page);
  const raid = page.getByRole('region', { name: 'RAID log' });
  await expect(
    raid.getByRole('row', { name: /Second instant-payments seat has no candidate yet/ }),
  ).toContainText(openSeat);

  await raid.getByRole('button', { name: 'New entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'New RAID entry' });
  await dialog.getByLabel('Title').fill('Go interviews need a second panel');
  await dialog.getByLabel('Seats it concerns').click();
  await page.getByRole('option', { name: /Backend engineer · Senior from .+ \(Open\)/ }).click();
  await dialog.getByLabel('Title').click();
  await dialog.getByRole('button', { name: 'Add entry' }).click();

  await expect(dialog).toBeHidden();
  await expect(raid.getByRole('row', { name: /Go interviews need a second panel/ })).toContainText(
    openSeat,
  );
});

test('an account lead drafts, edits and publishes a status report, then reads it frozen', async ({
  page,
}) => {
  await signIn(page, 'lead@kestrel.example');
  await page.getByRole('link', { name: 'Grid telemetry platform' }).click();
  const reports = page.getByRole('region', { name: 'Status reports' });

  await reports.getByRole('button', { name: 'New draft' }).click();
  const draft = page.getByRole('dialog', { name: 'New status report draft' });
  await draft.getByLabel('Period from').fill('2026-11-01');
  await draft.getByLabel('Period to').fill('2026-11-30');
  await draft.getByLabel('Summary').fill('Dead-letter handling waits for sign-off');
  await draft.getByRole('button', { name: 'Save draft' }).click();
  await expect(draft).toBeHidden();

  await reports.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit status report draft' });
  await edit
    .getByLabel('Summary')
    .fill('Ingestion GA on track; dead-letter handling waits for sign-off');
  await edit.getByRole('button', { name: 'Save draft' }).click();
  await expect(edit).toBeHidden();

  await reports.getByRole('button', { name: 'Publish' }).click();
  await expect(reports.getByText(/^Published/)).toBeVisible();
  await expect(reports.getByRole('button', { name: 'Edit' })).toHaveCount(0);

  await reports.getByRole('button', { name: 'View' }).click();
  const view = page.getByRole('dialog', { name: /Status report 2026-11-01/ });
  await expect(
    view.getByText('Ingestion GA on track; dead-letter handling waits for sign-off'),
  ).toBeVisible();
  await expect(view.getByText('Dead-letter queue handling')).toBeVisible();
});
