import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { configInAddress, previewText, shareLink } from './support/share-link';

const S3 = 's3://my-bucket/compiled';

/** The API reference's TargetPlatform examples, as given there (SPEC §4.2), and a few devices. */
const CONFIGURATIONS: { name: string; config: Record<string, unknown> }[] = [
  {
    name: 'Raspberry Pi 3 Model B+',
    config: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
      CompilerOptions: '{"mattr":["+neon"]}',
    },
  },
  {
    name: 'Jetson TX2',
    config: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      CompilerOptions: '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
    },
  },
  {
    // Exactly as the reference prints it: NVIDIA without gpu-code & co. is an error, and a
    // draft with errors is shared as it is (SPEC §4.6).
    name: 'EC2 m5.2xlarge',
    config: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64', Accelerator: 'NVIDIA' },
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    },
  },
  {
    name: 'RK3399',
    config: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'MALI' },
    },
  },
  {
    name: 'ARMv7 phone',
    config: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'ANDROID', Arch: 'ARM_EABI' },
      CompilerOptions: '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}',
    },
  },
  {
    name: 'ARMv8 phone',
    config: {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'ANDROID', Arch: 'ARM64' },
      CompilerOptions: '{"ANDROID_PLATFORM":29}',
    },
  },
  {
    name: 'ml_inf1 flags',
    config: {
      S3OutputLocation: S3,
      TargetDevice: 'ml_inf1',
      CompilerOptions: '"--verbose 1 --num-neuroncores 2 -O2"',
    },
  },
  {
    name: 'jetson_nano',
    config: {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
      KmsKeyId: 'alias/neo-output',
    },
  },
  {
    name: 'coreml',
    config: {
      S3OutputLocation: S3,
      TargetDevice: 'coreml',
      CompilerOptions: '{"class_labels":"imagenet_labels_1000.txt"}',
    },
  },
];

async function openPage(
  browser: Browser,
  baseURL: string | undefined,
  path: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const { name, config } of CONFIGURATIONS) {
  test(`${name}: Copy link reopens the same configuration in a fresh browser`, async ({
    browser,
    baseURL,
  }) => {
    const first = await openPage(browser, baseURL, shareLink(config));
    await expect(first.getByTestId('json-preview')).toHaveText(previewText(config));
    await first.getByRole('button', { name: 'Copy link' }).click();
    await expect(first.getByRole('status').filter({ hasText: 'Copied the link' })).toBeVisible();
    const link = await clipboardText(first);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#config=[A-Za-z0-9_-]+/);
    await first.context().close();

    const second = await openPage(browser, baseURL, link);
    await expect(second.getByTestId('json-preview')).toHaveText(previewText(config));
    await second.context().close();
  });
}

test('reload keeps the work, and typing adds no history entries', async ({ page }) => {
  await page.goto('./');
  const historyLength = await page.evaluate(() => history.length);
  await page.getByLabel(/S3OutputLocation/).pressSequentially('s3://bucket/typed');
  await page.getByRole('option', { name: /ml_c5/ }).click();
  const expected = previewText({ S3OutputLocation: 's3://bucket/typed', TargetDevice: 'ml_c5' });
  await expect(page.getByTestId('json-preview')).toHaveText(expected);
  // The address holds the configuration on screen (written once the click's frame is shown).
  await expect
    .poll(() => configInAddress(page))
    .toEqual({ S3OutputLocation: 's3://bucket/typed', TargetDevice: 'ml_c5' });
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.reload();
  await expect(page.getByTestId('json-preview')).toHaveText(expected);
});

test('an edit made just before leaving is still in the URL (flushed on pagehide)', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel(/S3OutputLocation/).fill('s3://bucket/at-once');
  await page.reload();
  await expect(page.getByTestId('json-preview')).toHaveText(
    previewText({ S3OutputLocation: 's3://bucket/at-once' }),
  );
});

test('Copy JSON puts exactly the preview text on the clipboard', async ({ browser, baseURL }) => {
  const config = {
    S3OutputLocation: S3,
    TargetDevice: 'ml_trn1',
    CompilerOptions: '"--target trn1"',
  };
  const page = await openPage(browser, baseURL, shareLink(config));
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the JSON.' })).toBeVisible();
  expect(await clipboardText(page)).toBe(await page.getByTestId('json-preview').textContent());
  expect(await clipboardText(page)).toBe(previewText(config));

  await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied the AWS CLI command.' }),
  ).toBeVisible();
  const command = await clipboardText(page);
  expect(command).toContain('aws sagemaker create-compilation-job');
  expect(command).toContain('--region us-east-1');
  await page.context().close();
});

test('copying works without the async clipboard API (execCommand fallback)', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(() => {
    const real = navigator.clipboard;
    Object.defineProperty(window, 'realClipboard', { value: real });
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  const page = await context.newPage();
  const config = { S3OutputLocation: S3, TargetDevice: 'ml_c5' };
  await page.goto(shareLink(config));
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the JSON.' })).toBeVisible();
  const copied = await page.evaluate(() =>
    (window as unknown as { realClipboard: Clipboard }).realClipboard.readText(),
  );
  expect(copied).toBe(previewText(config));
  await context.close();
});

test('Download JSON saves exactly the preview text', async ({ page }) => {
  const config = {
    S3OutputLocation: S3,
    TargetDevice: 'jetson_nano',
    CompilerOptions: '{"gpu-code":"sm_53"}',
  };
  await page.goto(shareLink(config));
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('outputconfig-jetson_nano.json');
  expect(await readFile(await download.path(), 'utf8')).toBe(previewText(config));
});

test('a link pasted into the address bar replaces the configuration', async ({ page }) => {
  await page.goto(shareLink({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }));
  const pasted = { S3OutputLocation: 's3://other/place', TargetDevice: 'coreml' };
  await page.goto(shareLink(pasted));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(pasted));
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened the configuration from the link.' }),
  ).toBeVisible();

  await page.goto('./#config=%%%');
  await expect(page.getByRole('alert')).toContainText('Your configuration is unchanged.');
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(pasted));
});

test('a link put into the address bar while a fresh page is still starting is opened', async ({
  page,
}) => {
  const pasted = { S3OutputLocation: 's3://other/place', TargetDevice: 'coreml' };
  await page.goto('./', { waitUntil: 'commit' });
  await page.goto(shareLink(pasted));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(pasted));
});

test('the open Platform tab survives a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel(/S3OutputLocation/).fill('s3://bucket/out');
  await page.getByRole('tab', { name: 'Platform' }).click();
  await expect(page).toHaveURL(/#config=[A-Za-z0-9_-]+&tab=platform$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Platform' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('json-preview')).toHaveText(
    previewText({ S3OutputLocation: 's3://bucket/out' }),
  );
});
