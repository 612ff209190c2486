import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';
import { previewText, shareLink } from './support/share-link';

const S3 = 's3://my-bucket/compiled';
const preview = (page: Page) => page.getByTestId('json-preview');
const summary = (page: Page) => page.getByTestId('validation-summary');

async function openPlatformTab(page: Page) {
  await page.goto('./');
  await page.getByLabel(/S3OutputLocation/).fill(S3);
  await page.getByRole('tab', { name: 'Platform' }).click();
  await expect(page.getByRole('tab', { name: 'Platform' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

test('Os, Arch and Accelerator chosen with the keyboard land in the preview', async ({ page }) => {
  await openPlatformTab(page);
  const os = page.getByLabel(/Os/);
  await os.focus();
  await page.keyboard.press('ArrowDown');
  await expect(os).toHaveValue('LINUX');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Arch/)).toBeFocused();
  // Choose…, X86_64, X86, ARM64
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(/Arch/)).toHaveValue('ARM64');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Accelerator/)).toBeFocused();
  await page.getByLabel(/Accelerator/).selectOption('NVIDIA');
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
    }),
  );
  // NVIDIA needs its three options: the summary says so on the option fields.
  await expect(summary(page)).toHaveText(/^\d+ errors?/);
  await expect(summary(page)).toContainText('gpu-code');
});

const PRESETS: [string, object, string | undefined][] = [
  ['Raspberry Pi 3 Model B+', { Os: 'LINUX', Arch: 'ARM_EABIHF' }, '{"mattr":["+neon"]}'],
  [
    'Jetson TX2',
    { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
    '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
  ],
  ['EC2 m5.2xlarge', { Os: 'LINUX', Arch: 'X86_64' }, '{"mcpu":"skylake-avx512"}'],
  ['RK3399', { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'MALI' }, undefined],
  ['ARMv7 phone', { Os: 'ANDROID', Arch: 'ARM_EABI' }, '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}'],
  ['ARMv8 phone', { Os: 'ANDROID', Arch: 'ARM64' }, '{"ANDROID_PLATFORM":29}'],
];

test('each preset gives its exact configuration and a Valid summary', async ({ page }) => {
  await openPlatformTab(page);
  for (const [label, platform, options] of PRESETS) {
    await page
      .getByRole('button', { name: new RegExp(`^${label.replace(/[.+]/g, '\\$&')}`) })
      .click();
    const config = options
      ? { S3OutputLocation: S3, TargetPlatform: platform, CompilerOptions: options }
      : { S3OutputLocation: S3, TargetPlatform: platform };
    await expect(preview(page)).toHaveText(previewText(config));
    await expect(summary(page)).toHaveText(/^Valid/);
  }
});

test('the EC2 m5.2xlarge preset says why it has no accelerator', async ({ page }) => {
  await openPlatformTab(page);
  const ec2 = page.getByRole('button', { name: /^EC2 m5\.2xlarge/ });
  await expect(ec2).toHaveAccessibleDescription(/an m5 has no GPU/);
  await ec2.click();
  await expect(page.getByText(/EC2 m5\.2xlarge differs from the reference/)).toBeVisible();
});

test('an unusual combination stays selectable and says why', async ({ page }) => {
  await openPlatformTab(page);
  await page.getByLabel(/Os/).selectOption('LINUX');
  await expect(page.getByLabel(/Arch/).getByRole('option', { name: /^X86 / })).toHaveText(
    "X86 (32-bit x86) — not in Neo's Linux support table",
  );
  await page.getByLabel(/Arch/).selectOption('X86');
  await expect(page.getByLabel(/Arch/)).toHaveAccessibleDescription(
    /Linux X86 is not in Neo's support table/,
  );
  await expect(summary(page)).toHaveText(/^Valid — \d+ warnings?/);
  await expect(summary(page)).toContainText('TargetPlatform.Arch');
});

test('a link value in the wrong case stays visible in the Os select', async ({ page }) => {
  const config = { S3OutputLocation: S3, TargetPlatform: { Os: 'linux', Arch: 'ARM64' } };
  await page.goto(shareLink(config));
  await expect(page.getByRole('tab', { name: 'Platform' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const os = page.getByLabel(/Os/);
  await expect(os.locator('option:checked')).toHaveText('linux (not a valid Os)');
  await expect(preview(page)).toHaveText(previewText(config));
  await expect(os).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('"Use as platform" turns jetson_nano into LINUX/ARM64/NVIDIA with its GPU options', async ({
  page,
}) => {
  const config = { S3OutputLocation: S3, TargetDevice: 'jetson_nano' };
  await page.goto(shareLink(config));
  const details = page.getByRole('region', { name: 'Selected device jetson_nano' });
  await details.getByRole('button', { name: 'Use as platform' }).click();
  await expect(page.getByRole('tab', { name: 'Platform' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(preview(page)).toHaveText(
    previewText({
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid/);
});

test('Device ↔ Platform keeps the options of both sides, edits included', async ({ page }) => {
  const device = {
    S3OutputLocation: S3,
    TargetDevice: 'ml_c5',
    CompilerOptions: '{"dtype":"int64","mcpu":"cascadelake"}',
    KmsKeyId: 'alias/ExampleAlias',
  };
  await page.goto(shareLink(device));
  await expect(preview(page)).toHaveText(previewText(device));
  await page.getByRole('tab', { name: 'Platform' }).click();
  await expect(preview(page)).toHaveText(
    previewText({ S3OutputLocation: S3, KmsKeyId: 'alias/ExampleAlias' }),
  );
  await page.getByRole('button', { name: /^Raspberry Pi 3 Model B\+/ }).click();
  await page.getByRole('combobox', { name: /mcpu$/ }).fill('cortex-a53');
  await page.keyboard.press('Escape');
  const platform = {
    S3OutputLocation: S3,
    TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
    CompilerOptions: '{"mcpu":"cortex-a53","mattr":["+neon"]}',
    KmsKeyId: 'alias/ExampleAlias',
  };
  await expect(preview(page)).toHaveText(previewText(platform));

  await page.getByRole('tab', { name: 'Device' }).click();
  await expect(preview(page)).toHaveText(previewText(device));
  await expect(page.getByRole('option', { name: /ml_c5/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('combobox', { name: /mcpu$/ })).toHaveValue('cascadelake');
  await page.getByRole('combobox', { name: /dtype$/ }).selectOption('long');
  const editedDevice = { ...device, CompilerOptions: '{"dtype":"long","mcpu":"cascadelake"}' };
  await expect(preview(page)).toHaveText(previewText(editedDevice));

  await page.getByRole('tab', { name: 'Platform' }).click();
  await expect(preview(page)).toHaveText(previewText(platform));
  await expect(page.getByRole('switch', { name: /NEON/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('combobox', { name: /mcpu$/ })).toHaveValue('cortex-a53');
  await page.getByRole('tab', { name: 'Device' }).click();
  await expect(preview(page)).toHaveText(previewText(editedDevice));
});

test('platform mode has no serious accessibility violations', async ({ page }) => {
  await openPlatformTab(page);
  await page.getByRole('button', { name: /^EC2 m5\.2xlarge/ }).click();
  await expect(page.getByText(/differs from the reference/)).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByLabel(/Arch/).selectOption('X86');
  await expect(page.getByTestId('platform-explanation')).toContainText('Unusual');
  expect(await seriousAxeViolations(page)).toEqual([]);
});
