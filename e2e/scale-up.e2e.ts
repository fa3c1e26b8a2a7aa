import { expect, Page, test } from '@playwright/test';

const PASSWORD = 'portal-demo-2026';
const ENGAGEMENT = 'Transaction monitoring stream';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/engagements/);
  await page.getByRole('link', { name: ENGAGEMENT }).click();
  await expect(page.getByRole('heading', { name: ENGAGEMENT })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** A calendar day some weeks ahead, as the date inputs take it. */
function daysAhead(days: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + days);

  return day.toISOString().slice(0, 10);
}

test('a scale-up goes from the client’s request to a confirmed engineer on the team', async ({
  page,
}) => {
  const effectiveDate = daysAhead(35);
  const startDate = daysAhead(42);

  await signIn(page, 'manager@balticmutual.example');
  await page.getByRole('button', { name: 'Request a change' }).click();
  const request = page.getByRole('dialog', { name: 'Request a staffing change' });
  await request.getByLabel('Effective date').fill(effectiveDate);
  await request.getByLabel('Role', { exact: true }).click();
  await page.getByRole('option', { name: 'Platform engineer' }).click();
  await request.getByLabel('Allocation %').fill('60');
  await request.getByLabel('Reason').fill('Platform work for the new fraud models');
  await request.getByRole('button', { name: 'Send request' }).click();
  await expect(request).toBeHidden();
  const change = page
    .getByTestId('staffing-change')
    .filter({ hasText: 'Platform engineer at 60%' });
  await expect(change.getByText('Pending')).toBeVisible();
  // The client manager asked, so only the agency's approval is missing; no Approve button here.
  await expect(change.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'lead@kestrel.example');
  // The account lead is told the request waits for them.
  await page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
  await expect(
    page.getByRole('button', { name: `Scale up on ${ENGAGEMENT} awaits your approval` }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await change.getByRole('button', { name: 'Approve' }).click();
  await expect(change.getByText('Applied')).toBeVisible();
  const seat = page.getByTestId('seat').filter({ hasText: 'Platform engineer · Senior · 60%' });
  await expect(seat.getByText('Open')).toBeVisible();
  await seat.getByRole('button', { name: 'Propose candidate' }).click();
  const propose = page.getByRole('dialog', { name: 'Propose a candidate' });
  await propose.getByRole('combobox', { name: 'Engineer' }).fill('Niels');
  await page.getByRole('option', { name: /Niels Bakker/ }).click();
  await propose.getByLabel('Why this engineer').fill('Runs our Terraform platform practice');
  await propose.getByRole('button', { name: 'Propose' }).click();
  await expect(propose).toBeHidden();
  await expect(seat.getByTestId('candidate').filter({ hasText: 'Niels Bakker' })).toContainText(
    'Proposed',
  );
  await signOut(page);

  await signIn(page, 'manager@balticmutual.example');
  const candidate = seat.getByTestId('candidate').filter({ hasText: 'Niels Bakker' });
  await candidate.getByRole('button', { name: 'Schedule interview' }).click();
  const schedule = page.getByRole('dialog', { name: /Schedule an interview/ });
  await schedule.getByLabel('Video link').fill('https://meet.example/niels');
  await schedule.getByRole('button', { name: 'Schedule' }).click();
  await expect(schedule).toBeHidden();
  await expect(seat.getByText('Interviewing').first()).toBeVisible();

  await candidate.getByRole('button', { name: 'Record outcome' }).click();
  const outcome = page.getByRole('dialog', { name: /Interview outcome/ });
  await outcome
    .getByRole('textbox', { name: 'Feedback' })
    .fill('Clear on Terraform state and drift');
  await outcome.getByRole('button', { name: 'Record outcome' }).click();
  await expect(outcome).toBeHidden();
  await expect(candidate).toContainText('Approved');

  await candidate.getByRole('button', { name: 'Confirm' }).click();
  const confirm = page.getByRole('dialog', { name: /Confirm Niels Bakker/ });
  await confirm.getByLabel('Start date').fill(startDate);
  await confirm.getByRole('button', { name: 'Confirm in seat' }).click();
  await expect(confirm).toBeHidden();

  await expect(seat.getByText('Filled')).toBeVisible();
  const member = page.getByTestId('team-member').filter({ hasText: 'Niels Bakker' });
  await expect(member).toContainText('Platform engineer');
  await expect(member).toContainText('60%');
  const [year, month, day] = startDate.split('-').map(Number);
  const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en', {
    month: 'short',
    timeZone: 'UTC',
  });
  await expect(member).toContainText(`From ${day} ${monthName} ${year}`);
  await expect(member).toContainText('Upcoming');
});
