import { expect, test } from '@playwright/test';
import { shareLink } from './support/share-link';

test('once loaded, the app keeps working offline: tabs, option fields, dialogs and snippets', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(shareLink({ S3OutputLocation: 's3://bucket/out' }), {
    waitUntil: 'networkidle',
  });
  await expect(page.getByTestId('validation-summary')).toBeVisible();
  // The Request fields appear once the preload, one chunk at a time, has brought all the code.
  await expect(page.getByRole('combobox', { name: /InputConfig\.Framework$/ })).toBeVisible();
  await context.setOffline(true);

  await page.getByRole('tab', { name: 'Platform' }).click();
  await page.getByLabel(/\bOs\b/).selectOption('LINUX');
  await page.getByLabel(/\bArch\b/).selectOption('X86_64');
  await page.getByRole('combobox', { name: /mcpu/ }).fill('skylake-avx512');
  await expect(page.getByTestId('json-preview')).toContainText('skylake-avx512');
  await expect(page.getByTestId('validation-summary')).toHaveText(/^Valid/);

  await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('aws sagemaker create-compilation-job');

  await page.getByRole('button', { name: 'Import JSON' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});
