import { expect, Page, test } from '@playwright/test';

const PASSWORD = 'portal-demo-2026';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/engagements/);
}

test('a client manager signs in, opens an engagement, and the next user never sees it', async ({
  page,
}) => {
  await signIn(page, 'manager@balticmutual.example');
  await expect(page.getByText('Ilze Kalnina')).toBeVisible();

  await expect(page.getByRole('link', { name: 'Clinical data lakehouse' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Payments API modernisation' }).click();

  await expect(page.getByRole('heading', { name: 'Payments API modernisation' })).toBeVisible();
  const team = page.getByRole('heading', { name: 'Team' });
  await expect(team).toBeVisible();
  await expect(page.getByText('Tomás Herrera')).toBeVisible();
  await expect(page.getByText('Urs Meier')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deliverables' })).toBeVisible();
  await expect(page.getByText('Payments API v2 contract (OpenAPI 3.1)')).toBeVisible();
  // Engineers' contact details are agency-only.
  await expect(page.getByText('tomas@kestrel.example')).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, 'manager@helvia.example');
  await expect(page.getByRole('link', { name: 'Clinical data lakehouse' })).toBeVisible();
  await expect(page.getByText('Payments API modernisation')).toHaveCount(0);
  await expect(page.getByText('Ilze Kalnina')).toHaveCount(0);
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('admin@kestrel.example');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText('Email or password is incorrect')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an agency admin sees every client and the engineers list', async ({ page }) => {
  await signIn(page, 'admin@kestrel.example');

  for (const name of [
    'Payments API modernisation',
    'Clinical data lakehouse',
    'Grid telemetry platform',
  ]) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Engineers' }).click();
  await expect(page.getByText('Chiara Russo')).toBeVisible();
});
