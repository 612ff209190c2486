import { expect, test, type Page } from '@playwright/test';
import {
  apiField,
  deviceOption,
  openWithLocation,
  optionsRegion,
  preview,
  S3,
  summary,
} from './support/configurator';
import { previewText } from './support/share-link';

/** Types into a combobox option and closes its suggestions, as a user who knows the value. */
async function typeOption(page: Page, apiName: string, value: string) {
  await apiField(page, apiName).fill(value);
  await page.keyboard.press('Escape');
}

async function openPlatform(page: Page, os: string, arch: string, accelerator?: string) {
  await openWithLocation(page);
  await page.getByRole('tab', { name: 'Platform' }).click();
  await page.getByRole('combobox', { name: /Os/ }).selectOption(os);
  await page.getByRole('combobox', { name: /Arch/ }).selectOption(arch);
  if (accelerator)
    await page.getByRole('combobox', { name: /Accelerator/ }).selectOption(accelerator);
}

test('dtype and mcpu on ml_m5', async ({ page }) => {
  await openWithLocation(page);
  await deviceOption(page, 'ml_m5').click();
  await apiField(page, 'dtype').selectOption('int64');
  await typeOption(page, 'mcpu', 'skylake-avx512');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'ml_m5',
      CompilerOptions: '{"dtype":"int64","mcpu":"skylake-avx512"}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid$/);
});

test('mcpu on a LINUX/X86_64 platform', async ({ page }) => {
  await openPlatform(page, 'LINUX', 'X86_64');
  await expect(apiField(page, 'dtype')).toHaveCount(0);
  await typeOption(page, 'mcpu', 'skylake-avx512');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' },
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid$/);
});

test('gpu-code, trt-ver and cuda-ver on jetson_xavier', async ({ page }) => {
  await openWithLocation(page);
  await deviceOption(page, 'jetson_xavier').click();
  await typeOption(page, 'gpu-code', 'sm_72');
  await typeOption(page, 'trt-ver', '5.1.6');
  await typeOption(page, 'cuda-ver', '10.0');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'jetson_xavier',
      CompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.1.6","cuda-ver":"10.0"}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid$/);
});

test('LINUX/ARM64/NVIDIA needs all three NVIDIA options: errors before, Valid after', async ({
  page,
}) => {
  await openPlatform(page, 'LINUX', 'ARM64', 'NVIDIA');
  await expect(summary(page)).toHaveText(/^3 errors/);
  for (const key of ['gpu-code', 'trt-ver', 'cuda-ver']) {
    await expect(summary(page).getByRole('button', { name: new RegExp(`^${key}: `) })).toHaveText(
      new RegExp(`is required for a TargetPlatform with Accelerator NVIDIA`),
    );
  }
  await typeOption(page, 'gpu-code', 'sm_62');
  await expect(summary(page)).toHaveText(/^2 errors/);
  await typeOption(page, 'trt-ver', '6.0.1');
  await expect(summary(page)).toHaveText(/^1 error/);
  await expect(summary(page)).toContainText('cuda-ver');
  await typeOption(page, 'cuda-ver', '10.0');
  await expect(summary(page)).toHaveText(/^Valid/);
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      CompilerOptions: '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
    }),
  );
});

test('ANDROID_PLATFORM on qcs605', async ({ page }) => {
  await openWithLocation(page);
  await deviceOption(page, 'qcs605').click();
  await apiField(page, 'ANDROID_PLATFORM').fill('27');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'qcs605',
      CompilerOptions: '{"ANDROID_PLATFORM":27}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid$/);
});

test('ANDROID/ARM_EABI: ANDROID_PLATFORM and the NEON switch give the reference example', async ({
  page,
}) => {
  await openPlatform(page, 'ANDROID', 'ARM_EABI');
  const neon = optionsRegion(page).getByRole('switch', { name: /NEON/ });
  await expect(neon).toHaveAttribute('aria-checked', 'false');
  await neon.click();
  await expect(neon).toHaveAttribute('aria-checked', 'true');
  await apiField(page, 'ANDROID_PLATFORM').fill('25');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'ANDROID', Arch: 'ARM_EABI' },
      CompilerOptions: '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid/);
});

test('the Inferentia flags builder writes the JSON-string form on ml_inf1', async ({ page }) => {
  await openWithLocation(page);
  await deviceOption(page, 'ml_inf1').click();
  await optionsRegion(page).getByRole('textbox', { name: '--verbose' }).fill('1');
  await optionsRegion(page).getByRole('textbox', { name: '--num-neuroncores' }).fill('2');
  await optionsRegion(page).getByRole('radio', { name: '-O2' }).check();
  await expect(preview(page)).toContainText(
    '"CompilerOptions": "\\"--verbose 1 --num-neuroncores 2 -O2\\""',
  );
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'ml_inf1',
      CompilerOptions: '"--verbose 1 --num-neuroncores 2 -O2"',
    }),
  );
  await expect(
    optionsRegion(page).getByRole('status', { name: 'Resulting CompilerOptions' }),
  ).toHaveText('"--verbose 1 --num-neuroncores 2 -O2"');
  // The API example's flags differ from the neuron-cc reference: warnings, not errors.
  await expect(summary(page)).toHaveText(/^Valid/);
});

test('class_labels on coreml', async ({ page }) => {
  await openWithLocation(page);
  await deviceOption(page, 'coreml').click();
  await apiField(page, 'class_labels').fill('imagenet_labels_1000.txt');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'coreml',
      CompilerOptions: '{"class_labels":"imagenet_labels_1000.txt"}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid$/);
});

test('EIA: precision_mode and output_names; adding signature_def_key too is an error', async ({
  page,
}) => {
  await openWithLocation(page);
  await deviceOption(page, 'ml_eia2').click();
  await apiField(page, 'precision_mode').selectOption('FP16');
  await apiField(page, 'output_names').fill('output:0');
  await page.keyboard.press('Enter');
  await expect(optionsRegion(page).getByRole('list', { name: 'output_names tokens' })).toHaveText(
    /output:0/,
  );
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'ml_eia2',
      CompilerOptions: '{"precision_mode":"FP16","output_names":["output:0"]}',
    }),
  );
  // ml_eia2 is retired: a warning, never an error.
  await expect(summary(page)).toHaveText(/^Valid — 1 warning/);

  await apiField(page, 'signature_def_key').fill('serving_default');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'ml_eia2',
      CompilerOptions:
        '{"precision_mode":"FP16","signature_def_key":"serving_default","output_names":["output:0"]}',
    }),
  );
  await expect(summary(page)).toHaveText(/^1 error/);
  await expect(summary(page)).toContainText(
    'Set signature_def_key (for a SavedModel) or output_names (for a FrozenGraph), not both',
  );
  await apiField(page, 'signature_def_key').fill('');
  await expect(summary(page)).toHaveText(/^Valid/);
});

test('the advanced JSON editor keeps a key the app has no field for', async ({ page }) => {
  await openWithLocation(page);
  await deviceOption(page, 'ml_m5').click();
  // A closed <details> (role group, unnamed) shows only its summary: a click there opens it.
  await optionsRegion(page)
    .getByRole('group')
    .filter({ hasText: /^Advanced: all options as JSON$/ })
    .click();
  const editor = optionsRegion(page).getByRole('textbox', { name: /CompilerOptions/ });
  await editor.fill('{"mcpu": "skylake-avx512", "my_flag": {"level": 2}}');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetDevice: 'ml_m5',
      CompilerOptions: '{"mcpu":"skylake-avx512","my_flag":{"level":2}}',
    }),
  );
  await expect(apiField(page, 'mcpu')).toHaveValue('skylake-avx512');

  // Editing a field afterwards keeps the unknown key, in place.
  await apiField(page, 'dtype').selectOption('float32');
  const expected = previewText({
    S3OutputLocation: S3,
    TargetDevice: 'ml_m5',
    CompilerOptions: '{"dtype":"float32","mcpu":"skylake-avx512","my_flag":{"level":2}}',
  });
  await expect(preview(page)).toHaveText(expected);
  await expect(editor).toHaveValue(
    JSON.stringify({ dtype: 'float32', mcpu: 'skylake-avx512', my_flag: { level: 2 } }, null, 2),
  );
  await expect(summary(page)).toHaveText(/^Valid/);

  // Text that does not parse is not applied: the last readable value stays.
  await editor.fill('{"mcpu": ');
  await expect(optionsRegion(page).getByRole('alert')).toContainText('Not applied: line 1');
  await expect(preview(page)).toHaveText(expected);
});
