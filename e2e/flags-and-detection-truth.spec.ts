import { expect, test, type Page } from '@playwright/test';
import { PROBE_SAMPLES } from '../src/testing/probe-samples';
import {
  apiField,
  deviceOption,
  openWithLocation,
  optionsRegion,
  preview,
  summary,
  summaryFix,
} from './support/configurator';

const tx2 = PROBE_SAMPLES.find((sample) => sample.name.startsWith('Jetson TX2'))!;
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Detect from board' });
const undocumented = /trt-ver 8\.2\.1 is not among the TensorRT versions Neo documents/;

// Each test is one long journey through on-demand code; a loaded machine needs the room.
test.describe.configure({ timeout: 120_000 });

test('a detected TensorRT Neo does not document keeps its warning at the field, and the documented options say what they replace', async ({
  page,
}) => {
  await openWithLocation(page);
  await page.getByRole('button', { name: 'Detect from board' }).click();
  await dialog(page)
    .getByRole('textbox', { name: /Board output/ })
    .fill(tx2.text);
  await expect(dialog(page).getByRole('list', { name: 'Warnings' })).toContainText(undocumented);
  await dialog(page).getByRole('button', { name: 'Apply' }).click();
  await expect(dialog(page)).toBeHidden();

  await expect(summary(page)).toHaveText(/^Valid — 1 warning/);
  await expect(summary(page)).toContainText(undocumented);
  await expect(apiField(page, 'trt-ver')).toHaveValue('8.2.1');
  await expect(apiField(page, 'trt-ver')).toHaveAccessibleDescription(undocumented);

  const replace = optionsRegion(page).getByRole('button', {
    name: 'Replace trt-ver 8.2.1, cuda-ver 10.2 with the documented 6.0.1, 10.0',
  });
  await expect(replace).toBeVisible();
  await replace.click();
  await expect(preview(page)).toContainText('\\"trt-ver\\":\\"6.0.1\\"');
  await expect(summary(page)).toHaveText(/^Valid$/);
});

test('ml_inf2: neuronx-cc flag values are judged, with "did you mean" and a fix', async ({
  page,
}) => {
  await openWithLocation(page);
  await deviceOption(page, 'ml_inf2').click();
  await optionsRegion(page)
    .getByLabel('Extra flags')
    .fill('--auto-cast matmul --auto-cast-type bf17 -O9');
  await expect(summary(page)).toHaveText(/^2 errors/);
  await expect(summary(page)).toContainText('Did you mean --auto-cast matmult?');
  await expect(summary(page)).toContainText('Did you mean --auto-cast-type bf16?');
  await expect(summary(page)).toContainText('neuronx-cc documents -O1, -O2 or -O3');
  await summaryFix(page, 'Use --auto-cast-type bf16').click();
  await expect(preview(page)).toContainText('--auto-cast matmul --auto-cast-type bf16 -O9');
  await expect(summary(page)).toHaveText(/^1 error/);
});
