import { expect, test } from '@playwright/test';
import { previewText, shareLink } from './support/share-link';

test('a #config link opens with its exact preview and a Valid summary', async ({ page }) => {
  const config = {
    S3OutputLocation: 's3://my-bucket/compiled',
    TargetDevice: 'jetson_nano',
    CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
  };
  await page.goto(shareLink(config));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));
  await expect(page.getByTestId('validation-summary')).toHaveText(/^Valid/);
  await expect(page.getByRole('option', { name: /jetson_nano/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('a link with errors is shown as given and its errors are counted', async ({ page }) => {
  const config = {
    S3OutputLocation: 'my-bucket/compiled',
    TargetDevice: 'ML_C5',
    TargetPlatform: { Os: 'linux', Arch: 'ARM64' },
  };
  await page.goto(shareLink(config));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));
  const summary = page.getByTestId('validation-summary');
  await expect(summary).toHaveText(/^\d+ errors?/);
  await expect(summary).toContainText('S3OutputLocation');
  await expect(summary).toContainText('TargetDevice');
  await expect(summary).toContainText('TargetPlatform.Os');
});

test('typing an S3 location updates the preview live', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel(/S3OutputLocation/).fill('s3://bucket/out');
  await expect(page.getByTestId('json-preview')).toHaveText(
    previewText({ S3OutputLocation: 's3://bucket/out' }),
  );
  await page.getByRole('option', { name: /ml_c5/ }).click();
  await expect(page.getByTestId('json-preview')).toHaveText(
    previewText({ S3OutputLocation: 's3://bucket/out', TargetDevice: 'ml_c5' }),
  );
});
