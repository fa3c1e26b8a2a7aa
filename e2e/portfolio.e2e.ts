import { expect, test } from '@playwright/test';

const PASSWORD = 'portal-demo-2026';

test('an account lead opens the portfolio and the notifications, with nothing blocked by the content policy', async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });

  await page.goto('/sign-in');
  await expect(page.getByRole('complementary', { name: 'Demo accounts' })).toBeVisible();
  await page.getByLabel('Email').fill('lead@kestrel.example');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/engagements/);

  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Headcount, next twelve weeks' })).toBeVisible();
  const engagements = page.getByRole('table', { name: 'Engagements in the portfolio' });
  await expect(engagements.getByRole('link', { name: 'Payments API modernisation' })).toBeVisible();
  const payments = engagements.getByRole('row').filter({ hasText: 'Payments API modernisation' });
  await expect(payments.getByTestId('health-badge')).toBeVisible();
  await expect(engagements.getByRole('columnheader', { name: 'Open seats' })).toBeVisible();
  // Another lead's engagement is not in this lead's portfolio.
  await expect(engagements.getByRole('link', { name: 'Clinical data lakehouse' })).toHaveCount(0);
  const weeks = page.getByRole('table', { name: 'Headcount per week' });
  await expect(weeks.getByRole('columnheader')).toHaveCount(13);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
  const notifications = page.getByRole('dialog', { name: /^Notifications/ });
  await expect(notifications.getByRole('button', { name: 'Mark all read' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(notifications).toBeHidden();

  expect(blocked).toEqual([]);
});
