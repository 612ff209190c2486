import { expect, test, type Page } from '@playwright/test';
import { PROBE_SAMPLES, UNRECOGNISED_SAMPLES } from '../src/testing/probe-samples';
import { seriousAxeViolations } from './support/axe';
import { preview, S3 } from './support/configurator';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Detect from board' });
const boardOutput = (page: Page) => dialog(page).getByRole('textbox', { name: /Board output/ });

async function openDetection(page: Page) {
  await page.getByRole('button', { name: 'Detect from board' }).click();
  await expect(boardOutput(page)).toBeVisible();
}

/** What the preview should show once a sample's target is applied. */
function expectedOutputConfig(expected: NonNullable<(typeof PROBE_SAMPLES)[number]['expected']>) {
  const options =
    Object.keys(expected.options).length > 0
      ? { CompilerOptions: JSON.stringify(expected.options) }
      : {};
  if (expected.kind === 'device') {
    return { S3OutputLocation: S3, TargetDevice: expected.device, ...options };
  }
  const platform = {
    Os: expected.os,
    Arch: expected.arch,
    ...(expected.accelerator ? { Accelerator: expected.accelerator } : {}),
  };
  return { S3OutputLocation: S3, TargetPlatform: platform, ...options };
}

const applicable = PROBE_SAMPLES.filter((sample) => sample.expected !== null);

test('each real board sample becomes its expected target', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByLabel(/S3OutputLocation/).fill(S3);
  for (const sample of applicable) {
    await openDetection(page);
    await boardOutput(page).fill(sample.text);
    // Before Apply, each inferred value is listed with the line it came from.
    const values = dialog(page).getByRole('list', { name: 'Inferred values' });
    await expect(values.getByRole('listitem').first()).toContainText(/line \d+/);
    await dialog(page).getByRole('button', { name: 'Apply' }).click();
    await expect(dialog(page)).toBeHidden();
    const shown: unknown = JSON.parse((await preview(page).textContent()) ?? '');
    expect(shown, sample.name).toEqual(expectedOutputConfig(sample.expected!));
  }
});

test('the dialog shows the line and the confidence of each value, and the warnings', async ({
  page,
}) => {
  await page.goto('./');
  await openDetection(page);
  const android13 = PROBE_SAMPLES.find((sample) => sample.name.startsWith('Android 13'))!;
  await boardOutput(page).fill(android13.text);
  const values = dialog(page).getByRole('list', { name: 'Inferred values' });
  const platformLevel = values.getByRole('listitem').filter({ hasText: 'ANDROID_PLATFORM' });
  await expect(platformLevel).toContainText('29');
  await expect(platformLevel).toContainText('line 2');
  await expect(platformLevel).toContainText('[ro.build.version.sdk]: [33]');
  await expect(platformLevel).toContainText(/medium confidence/i);
  await expect(dialog(page).getByRole('list', { name: 'Warnings' })).toContainText(
    'Android API 33 is newer than Neo accepts',
  );
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('text that is no probe output is answered with "nothing recognised" and no Apply', async ({
  page,
}) => {
  await page.goto('./');
  await openDetection(page);
  for (const text of UNRECOGNISED_SAMPLES.filter(Boolean)) {
    await boardOutput(page).fill(text);
    await expect(dialog(page).getByText(/^Nothing recognised/)).toBeVisible();
    await expect(dialog(page).getByRole('button', { name: 'Apply' })).toBeDisabled();
  }
  expect(await page.evaluate(() => document.querySelector('img[src=x]'))).toBeNull();
});

test('Apply can be undone', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel(/S3OutputLocation/).fill(S3);
  await page.getByRole('option', { name: / ml_c5$/ }).click();
  await openDetection(page);
  await boardOutput(page).fill(PROBE_SAMPLES[1]!.text);
  await dialog(page).getByRole('button', { name: 'Apply' }).click();
  await expect(preview(page)).toContainText('jetson_nano');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(preview(page)).toContainText('ml_c5');
  await expect(preview(page)).not.toContainText('jetson_nano');
});
