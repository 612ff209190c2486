/**
 * SPEC §4.12, §5.8: after every path that writes the draft or the request (an import, a link
 * pasted into the address bar, a fix, an undo, a detection, a preset, a change of tab) every
 * visible field labelled with an API name shows what the previews hold, and typing in a field
 * afterwards still reaches the previews.
 */
import { expect, test, type Page } from '@playwright/test';
import { PROBE_SAMPLES } from '../src/testing/probe-samples';
import { expectFieldsFollowPreviews } from './support/fields-follow';
import { previewText, shareLink } from './support/share-link';

const preview = (page: Page) => page.getByTestId('json-preview');
const requestPreview = (page: Page) => page.getByTestId('request-preview');
const s3Field = (page: Page) => page.getByRole('textbox', { name: /S3OutputLocation/ });

const IMPORTED_REQUEST = {
  CompilationJobName: 'imported-job',
  RoleArn: 'arn:aws:iam::111122223333:role/service-role/SageMakerRole',
  InputConfig: {
    S3Uri: 's3://bucket/model.tar.gz',
    DataInputConfig: '{"data":[1,3,224,224]}',
    Framework: 'MXNET',
  },
  OutputConfig: {
    S3OutputLocation: 's3://bucket/imported',
    KmsKeyId: 'alias/imported',
    TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
    CompilerOptions: '{"mattr":["+neon"]}',
  },
  StoppingCondition: { MaxRuntimeInSeconds: 1200 },
};

/** The page is ready: the request fields (loaded after the first screen) are there. */
async function ready(page: Page) {
  await expect(page.getByRole('textbox', { name: /CompilationJobName/ })).toBeVisible({
    timeout: 20_000,
  });
}

test.beforeEach(() => test.setTimeout(90_000));

async function importJson(page: Page, json: unknown) {
  await page.getByRole('button', { name: 'Import JSON' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import JSON' });
  await dialog.getByLabel('JSON to import').fill(JSON.stringify(json, null, 2));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Every labelled field shows the previews' value, and typing in S3OutputLocation still counts. */
async function expectFieldsFollow(page: Page, mustHaveChecked: string[]) {
  const checked = await expectFieldsFollowPreviews(page);
  expect(checked).toEqual(expect.arrayContaining(mustHaveChecked));
  await s3Field(page).fill('s3://typed-after/x');
  await expect(preview(page)).toContainText('"S3OutputLocation": "s3://typed-after/x"');
  await expectFieldsFollowPreviews(page);
}

const OUTPUT_FIELDS = ['S3OutputLocation', 'KmsKeyId'];
const REQUEST_FIELDS = [
  'CompilationJobName',
  'RoleArn',
  'InputConfig.S3Uri',
  'InputConfig.Framework',
  'InputConfig.FrameworkVersion',
  'InputConfig.DataInputConfig',
  'StoppingCondition.MaxRuntimeInSeconds',
];

test('import into a fresh tab where an S3 location was typed', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await s3Field(page).fill('s3://typed/before');
  await page.getByRole('textbox', { name: /CompilationJobName/ }).fill('typed-job');
  await importJson(page, IMPORTED_REQUEST);
  await expect(preview(page)).toHaveText(previewText(IMPORTED_REQUEST.OutputConfig));
  await expect(requestPreview(page)).toContainText('"CompilationJobName": "imported-job"');
  await expectFieldsFollow(page, [...OUTPUT_FIELDS, 'Os', 'Arch', 'mattr', ...REQUEST_FIELDS]);
});

test('a link pasted into the address bar', async ({ page }) => {
  await page.goto(shareLink({ S3OutputLocation: 's3://first/link', TargetDevice: 'ml_c5' }));
  await ready(page);
  await page.getByRole('textbox', { name: /KmsKeyId/ }).fill('alias/typed');
  const second = {
    S3OutputLocation: 's3://second/link',
    TargetDevice: 'jetson_nano',
    CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"7.1.3","cuda-ver":"10.2"}',
  };
  await page.evaluate((hash) => (window.location.hash = hash), shareLink(second).slice(2));
  await expect(preview(page)).toHaveText(previewText(second));
  await expectFieldsFollow(page, [...OUTPUT_FIELDS, 'gpu-code', 'trt-ver', 'cuda-ver']);
});

test('a fix that renames a key', async ({ page }) => {
  await page.goto(
    shareLink({ S3OutputLocation: 's3://bucket/fix ', targetDevice: 'ml_c5', KmsKeyId: 'k' }),
  );
  await ready(page);
  const summary = page.getByTestId('validation-summary');
  await summary.getByRole('button', { name: 'Rename to TargetDevice' }).click();
  await expect(preview(page)).toContainText('"TargetDevice": "ml_c5"');
  await summary.getByRole('button', { name: 'Trim whitespace' }).first().click();
  await expect(preview(page)).toContainText('"S3OutputLocation": "s3://bucket/fix"');
  await expectFieldsFollow(page, OUTPUT_FIELDS);
});

test('an undo of an import', async ({ page }) => {
  const before = { S3OutputLocation: 's3://bucket/before', TargetDevice: 'ml_c5' };
  await page.goto(shareLink(before));
  await ready(page);
  await importJson(page, IMPORTED_REQUEST);
  await expect(preview(page)).toHaveText(previewText(IMPORTED_REQUEST.OutputConfig));
  await expectFieldsFollowPreviews(page);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(preview(page)).toHaveText(previewText(before));
  await expectFieldsFollow(page, [...OUTPUT_FIELDS, ...REQUEST_FIELDS]);
});

test('a detection', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await s3Field(page).fill('s3://typed/detect');
  await page.getByRole('button', { name: 'Detect from board' }).click();
  const dialog = page.getByRole('dialog', { name: 'Detect from board' });
  await dialog.getByRole('textbox', { name: /Board output/ }).fill(PROBE_SAMPLES[1]!.text);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(preview(page)).toContainText('"TargetDevice": "jetson_nano"');
  await expectFieldsFollow(page, OUTPUT_FIELDS);
});

test('a platform example', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await s3Field(page).fill('s3://typed/preset');
  await page.getByRole('tab', { name: 'Platform' }).click();
  await page.getByRole('button', { name: /Raspberry Pi 3 Model B\+/ }).click();
  await expect(preview(page)).toContainText('"Arch": "ARM_EABIHF"');
  await expectFieldsFollow(page, [...OUTPUT_FIELDS, 'Os', 'Arch', 'Accelerator', 'mattr']);
});

test('a change of tab and back', async ({ page }) => {
  const platform = {
    S3OutputLocation: 's3://bucket/tabs',
    TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' },
    CompilerOptions: '{"mcpu":"skylake-avx512"}',
  };
  await page.goto(shareLink(platform));
  await ready(page);
  await page.getByRole('tab', { name: 'Device' }).click();
  await expect(preview(page)).not.toContainText('TargetPlatform');
  await expectFieldsFollowPreviews(page);
  await page.getByRole('tab', { name: 'Platform' }).click();
  await expect(preview(page)).toHaveText(previewText(platform));
  await expectFieldsFollow(page, [...OUTPUT_FIELDS, 'Os', 'Arch', 'mcpu']);
});

test('an undo of a platform example', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await s3Field(page).fill('s3://typed/undo-example');
  await page.getByRole('tab', { name: 'Platform' }).click();
  await page.getByRole('button', { name: /Jetson TX2/ }).click();
  await expect(preview(page)).toContainText('"Accelerator": "NVIDIA"');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(preview(page)).not.toContainText('NVIDIA');
  await expectFieldsFollow(page, [...OUTPUT_FIELDS, 'Os', 'Arch', 'Accelerator']);
});
