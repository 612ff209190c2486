import { expect, test, type Page } from '@playwright/test';
import { previewText, shareLink } from './support/share-link';

/** A link whose payload is these exact bytes, base64url-encoded. */
const rawLink = (bytes: Buffer | string) => `./#config=${Buffer.from(bytes).toString('base64url')}`;

const validPayload = Buffer.from(
  JSON.stringify({ S3OutputLocation: 's3://bucket/out', TargetDevice: 'ml_c5' }),
).toString('base64url');

/** The app still works after a bad link: the heading is there and typing updates the preview. */
async function expectWorkingApp(page: Page) {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Neo Target Configurator' }),
  ).toBeVisible();
  await page.getByLabel(/S3OutputLocation/).fill('s3://bucket/after');
  await expect(page.getByTestId('json-preview')).toContainText(
    '"S3OutputLocation": "s3://bucket/after"',
  );
}

const UNREADABLE: { name: string; link: string; message: RegExp }[] = [
  { name: 'invalid base64', link: './#config=%%%', message: /not valid base64url/ },
  {
    name: 'truncated payload',
    // Cut on a 4-character boundary: whole bytes, but the JSON ends half way.
    link: `./#config=${validPayload.slice(0, Math.floor((validPayload.length - 8) / 4) * 4)}`,
    message: /not valid JSON \(line 1, column \d+: .*\); it may have been cut off/,
  },
  {
    name: 'payload cut mid-character',
    link: `./#config=${validPayload.slice(0, 5)}`,
    message: /not valid base64url/,
  },
  {
    name: 'invalid UTF-8',
    link: rawLink(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
    message: /not UTF-8 text/,
  },
  {
    name: 'invalid JSON',
    link: rawLink('{"S3OutputLocation": s3://bucket}'),
    message: /not valid JSON \(line 1, column 22/,
  },
  {
    name: 'a JSON array',
    link: rawLink('[{"S3OutputLocation": "s3://bucket/out"}]'),
    message: /must be a JSON object .* not an array/,
  },
  {
    name: 'a JSON string',
    link: rawLink('"s3://bucket/out"'),
    message: /must be a JSON object .* not a string/,
  },
  {
    name: 'a payload over 32 KiB',
    link: rawLink(JSON.stringify({ S3OutputLocation: `s3://bucket/${'x'.repeat(40 * 1024)}` })),
    message: /over 32 KiB/,
  },
  {
    name: 'a __proto__ key',
    link: rawLink('{"S3OutputLocation": "s3://bucket/out", "__proto__": {"polluted": true}}'),
    message: /"__proto__" is not allowed/,
  },
];

for (const { name, link, message } of UNREADABLE) {
  test(`${name}: a clear message and a working, empty app`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(link);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The link could not be opened:');
    await expect(alert).toContainText(message);
    await expect(page.getByTestId('json-preview')).toHaveText('{}');
    await expectWorkingApp(page);
    expect(
      await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')),
    ).toBe(false);
    expect(errors).toEqual([]);
  });
}

test('markup in strings is shown as text and never runs', async ({ page }) => {
  const config = {
    S3OutputLocation: 's3://bucket/<img src=x onerror="window.xssRan=1">',
    TargetDevice: '<script>window.xssRan=2</script>',
    KmsKeyId: '<svg onload="window.xssRan=3">',
  };
  await page.goto(shareLink(config));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));
  await expect(page.getByTestId('validation-summary')).toContainText('TargetDevice');
  // The page's own JSON data block (the prerendered catalogue) is data, never run.
  const executable = 'script:not([src]):not([type="application/json"])';
  expect(await page.locator(`img[src="x"], svg[onload], ${executable}`).count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { xssRan?: number }).xssRan),
  ).toBeUndefined();
  await expectWorkingApp(page);
});

/** SPEC §5.1: what a link carries stays exactly as given and is flagged. */
const SHOWN_AS_GIVEN: {
  name: string;
  config: Record<string, unknown>;
  flagged: string;
  summary?: RegExp;
}[] = [
  {
    name: 'wrong types',
    config: { S3OutputLocation: 123, TargetDevice: 'ml_c5' },
    flagged: 'S3OutputLocation',
  },
  {
    name: 'an unknown TargetDevice',
    config: { S3OutputLocation: 's3://bucket/out', TargetDevice: 'ml_c7g' },
    flagged: 'TargetDevice',
  },
  {
    name: 'an enum value in the wrong case',
    config: { S3OutputLocation: 's3://bucket/out', TargetPlatform: { Os: 'linux', Arch: 'arm64' } },
    flagged: 'TargetPlatform.Os',
  },
  {
    name: 'both TargetDevice and TargetPlatform',
    config: {
      S3OutputLocation: 's3://bucket/out',
      TargetDevice: 'jetson_nano',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    },
    flagged: 'TargetPlatform',
  },
  {
    name: 'an out-of-range ANDROID_PLATFORM',
    config: {
      S3OutputLocation: 's3://bucket/out',
      TargetPlatform: { Os: 'ANDROID', Arch: 'ARM64' },
      CompilerOptions: '{"ANDROID_PLATFORM":35}',
    },
    flagged: 'ANDROID_PLATFORM',
  },
  {
    name: 'Inferentia flags in their own order',
    config: {
      S3OutputLocation: 's3://bucket/out',
      TargetDevice: 'ml_inf1',
      CompilerOptions: '"-O2 --num-neuroncores 2 --verbose 1"',
    },
    flagged: 'CompilerOptions',
    // Flags outside the neuron-cc reference are warnings, not errors.
    summary: /^Valid — \d+ warnings?/,
  },
];

for (const { name, config, flagged, summary: expectedSummary = /^\d+ errors?/ } of SHOWN_AS_GIVEN) {
  test(`${name}: shown exactly as given and flagged`, async ({ page }) => {
    await page.goto(shareLink(config));
    await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));
    const summary = page.getByTestId('validation-summary');
    await expect(summary).toHaveText(expectedSummary);
    await expect(summary).toContainText(flagged);
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Nothing is rewritten while the user has not changed anything, not even the link.
    await expect(page).toHaveURL(
      new RegExp(
        `${shareLink(config)
          .slice(2)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      ),
    );
  });
}
