/**
 * SPEC §4.12: one undo history. An Undo names its change and never reverts past a later change;
 * a notice that describes a state goes when the state changes.
 */
import { expect, test, type Page } from '@playwright/test';
import { PROBE_SAMPLES } from '../src/testing/probe-samples';
import { previewText } from './support/share-link';

const preview = (page: Page) => page.getByTestId('json-preview');
const undoButtons = (page: Page) => page.getByRole('button', { name: /^Undo/ });
const nano = PROBE_SAMPLES.find((sample) =>
  sample.name.startsWith('Jetson Nano: uname, nv_tegra_release'),
)!;

test.beforeEach(() => test.setTimeout(90_000));

test('after a detection then an import, the detection has no Undo left', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('textbox', { name: /S3OutputLocation/ }).fill('s3://bucket/typed');
  await page.getByRole('button', { name: 'Detect from board' }).click();
  const detect = page.getByRole('dialog', { name: 'Detect from board' });
  await detect.getByRole('textbox', { name: /Board output/ }).fill(nano.text);
  await detect.getByRole('button', { name: 'Apply' }).click();
  await expect(preview(page)).toContainText('"TargetDevice": "jetson_nano"');
  await expect(undoButtons(page)).toHaveText(['Undo detection']);

  const imported = { S3OutputLocation: 's3://bucket/imported', TargetDevice: 'coreml' };
  await page.getByRole('button', { name: 'Import JSON' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import JSON' });
  await dialog.getByLabel('JSON to import').fill(JSON.stringify(imported));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(preview(page)).toHaveText(previewText(imported));
  // Only the import's Undo: the detection's would wipe the imported target.
  await expect(undoButtons(page)).toHaveText(['Undo import']);

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(preview(page)).toContainText('"TargetDevice": "jetson_nano"');
  await expect(page.getByRole('status').filter({ hasText: 'Undone import' })).toBeVisible();
  // A later change: the "undone" notice no longer describes the page, so it goes.
  await page.getByRole('textbox', { name: /S3OutputLocation/ }).fill('s3://bucket/later');
  await expect(page.getByText('Undone import')).toHaveCount(0);
  await expect(undoButtons(page)).toHaveCount(0);
});
