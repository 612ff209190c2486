import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';
import {
  API_TARGET_DEVICES,
  apiField,
  deviceList,
  deviceOption,
  openWithLocation,
  optionsRegion,
  preview,
  S3,
  summary,
} from './support/configurator';
import { previewText, shareLink } from './support/share-link';

test('every one of the 37 API devices reaches a valid configuration from an empty page', async ({
  page,
}) => {
  // 37 selections, each checked in the preview and the summary: more than one test's worth of time.
  test.setTimeout(120_000);
  await openWithLocation(page);
  await expect(deviceList(page).getByRole('option')).toHaveCount(37);
  expect(API_TARGET_DEVICES).toHaveLength(37);
  for (const id of API_TARGET_DEVICES) {
    const option = deviceOption(page, id);
    await option.click();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(preview(page)).toHaveText(previewText({ S3OutputLocation: S3, TargetDevice: id }));
    await expect(summary(page)).toHaveText(/^Valid/);
  }
  await expect(deviceList(page).getByRole('option', { selected: true })).toHaveCount(1);
});

/** The option inputs a device shows, by the API key at the end of their labels. */
const PLANNED_FIELDS: [string, string[]][] = [
  ['jetson_nano', ['gpu-code', 'trt-ver', 'cuda-ver', 'JETPACK_VERSION']],
  ['jetson_xavier', ['gpu-code', 'trt-ver', 'cuda-ver']],
  ['ml_m5', ['dtype', 'mcpu', 'mattr']],
  ['ml_p3', ['dtype', 'gpu-code', 'trt-ver', 'cuda-ver']],
  ['qcs605', ['ANDROID_PLATFORM', 'mcpu', 'mattr']],
  ['coreml', ['class_labels']],
  ['ml_eia2', ['precision_mode', 'signature_def_key', 'output_names']],
];
const ALL_OPTION_KEYS = [
  'dtype',
  'mcpu',
  'mattr',
  'gpu-code',
  'trt-ver',
  'cuda-ver',
  'JETPACK_VERSION',
  'ANDROID_PLATFORM',
  'class_labels',
  'precision_mode',
  'signature_def_key',
  'output_names',
];

test('a device shows exactly the option fields planned for it', async ({ page }) => {
  await openWithLocation(page);
  const inputs = optionsRegion(page)
    .getByRole('combobox')
    .or(optionsRegion(page).getByRole('textbox'));
  for (const [id, keys] of PLANNED_FIELDS) {
    await deviceOption(page, id).click();
    for (const key of ALL_OPTION_KEYS) {
      await expect(apiField(page, key), `${id} ${key}`).toHaveCount(keys.includes(key) ? 1 : 0);
    }
    // Nothing else: no other input in the options panel (the advanced editor is closed).
    await expect(inputs).toHaveCount(keys.length);
  }
  await deviceOption(page, 'ml_inf1').click();
  for (const key of ALL_OPTION_KEYS) await expect(apiField(page, key)).toHaveCount(0);
  await expect(optionsRegion(page).getByRole('textbox', { name: '--verbose' })).toBeVisible();
});

test.describe('search and filters', () => {
  test('"jetson" finds the four Jetsons and says so', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByText('37 of 37 devices')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search devices' }).fill('jetson');
    await expect(deviceList(page).getByRole('option')).toHaveCount(4);
    for (const id of ['jetson_tx1', 'jetson_tx2', 'jetson_nano', 'jetson_xavier']) {
      await expect(deviceOption(page, id)).toBeVisible();
    }
    await expect(page.getByText('4 of 37 devices')).toBeVisible();
  });

  test('the Arch filter keeps only ARM_EABIHF devices', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Arch filter' }).selectOption('ARM_EABIHF');
    const shown = deviceList(page).getByRole('option');
    await expect(shown.first()).toBeVisible();
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(37);
    await expect(page.getByText(`${count} of 37 devices`)).toBeVisible();
    await expect(deviceOption(page, 'rasp3b')).toBeVisible();
    await expect(deviceOption(page, 'ml_c5')).toHaveCount(0);
    await expect(deviceOption(page, 'jetson_nano')).toHaveCount(0);
    for (const option of await shown.all()) {
      await expect(option).toHaveAccessibleDescription(/Arch ARM_EABIHF/);
    }
  });

  test('a query with no match shows the empty state; "Clear filters" brings all 37 back', async ({
    page,
  }) => {
    await page.goto('./');
    const search = page.getByRole('searchbox', { name: 'Search devices' });
    await page.getByRole('combobox', { name: 'Category filter' }).selectOption('Edge GPU');
    await search.fill('no-such-board');
    await expect(deviceList(page)).toHaveCount(0);
    await expect(page.getByText('0 of 37 devices')).toBeVisible();
    await expect(page.getByText('No device matches this search and these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(deviceList(page).getByRole('option')).toHaveCount(37);
    await expect(page.getByText('37 of 37 devices')).toBeVisible();
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Category filter' })).toHaveValue('');
  });
});

test.describe('keyboard only', () => {
  test('Tab into the device list, move with the arrows and Home/End, select with Enter', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Accelerator filter' }).focus();
    await page.keyboard.press('Tab');
    await expect(deviceOption(page, 'lambda')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(deviceOption(page, 'ml_m4')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(deviceOption(page, 'ml_m5')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(deviceOption(page, 'ml_m4')).toBeFocused();
    await page.keyboard.press('End');
    await expect(deviceOption(page, 'imx8mplus')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(deviceOption(page, 'imx8mplus')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(deviceOption(page, 'lambda')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(deviceOption(page, 'lambda')).toBeFocused();
    // Focus alone selects nothing: selecting changes the configuration.
    await expect(preview(page)).toHaveText('{}');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(deviceOption(page, 'ml_m5')).toHaveAttribute('aria-selected', 'true');
    await expect(deviceOption(page, 'ml_m5')).toBeFocused();
    await expect(preview(page)).toHaveText(previewText({ TargetDevice: 'ml_m5' }));

    // Leaving the list and coming back lands on the active option, not the first.
    await page.keyboard.press('Shift+Tab');
    await expect(deviceOption(page, 'ml_m5')).not.toBeFocused();
    await page.keyboard.press('Tab');
    await expect(deviceOption(page, 'ml_m5')).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    await expect(deviceOption(page, 'imx8mplus')).toHaveAttribute('aria-selected', 'true');
    await expect(deviceOption(page, 'ml_m5')).toHaveAttribute('aria-selected', 'false');
    await expect(preview(page)).toHaveText(previewText({ TargetDevice: 'imx8mplus' }));
  });

  test('the Device and Platform tabs switch with the arrow keys', async ({ page }) => {
    await openWithLocation(page);
    const deviceTab = page.getByRole('tab', { name: 'Device' });
    const platformTab = page.getByRole('tab', { name: 'Platform' });
    await deviceOption(page, 'ml_c5').click();
    await deviceTab.focus();
    await page.keyboard.press('ArrowRight');
    await expect(platformTab).toBeFocused();
    await expect(platformTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Platform' })).toBeVisible();
    await expect(preview(page)).toHaveText(previewText({ S3OutputLocation: S3 }));
    // The single tab stop is the selected tab.
    await expect(deviceTab).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('ArrowLeft');
    await expect(deviceTab).toBeFocused();
    await expect(deviceTab).toHaveAttribute('aria-selected', 'true');
    await expect(preview(page)).toHaveText(
      previewText({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }),
    );
    await page.keyboard.press('ArrowLeft');
    await expect(platformTab).toHaveAttribute('aria-selected', 'true');
    await expect(platformTab).toBeFocused();
  });
});

test.describe('inline validation', () => {
  test('an invalid S3OutputLocation shows its message under the field while typing', async ({
    page,
  }) => {
    await page.goto('./');
    const location = page.getByLabel(/S3OutputLocation/);
    await location.pressSequentially('my-bucket/out');
    await expect(location).toHaveAttribute('aria-invalid', 'true');
    const message = /^Error: S3OutputLocation .*s3:\/\//;
    await expect(location).toHaveAccessibleDescription(message);
    await expect(summary(page)).toContainText('S3OutputLocation');

    await location.fill('s3://my-bucket/out');
    await expect(location).toHaveAttribute('aria-invalid', 'false');
    await expect(location).toHaveAccessibleDescription('');
  });

  test("the preview's gutter marks the line of a field with an error, and no other line", async ({
    page,
  }) => {
    const config = { TargetDevice: 'ml_m5', S3OutputLocation: S3, KmsKeyId: 'not a key' };
    await page.goto(shareLink(config));
    await expect(preview(page)).toHaveText(previewText(config));
    await expect(page.getByLabel(/KmsKeyId/)).toHaveAttribute('aria-invalid', 'true');
    // The mark is drawn by the line's ::before (its background), which no locator reaches.
    const marked = await preview(page).evaluate((code) =>
      [...code.children]
        .filter((line) => getComputedStyle(line, '::before').backgroundImage !== 'none')
        .map((line) => line.textContent?.trim()),
    );
    expect(marked).toEqual(['"KmsKeyId": "not a key"']);
  });

  test('untouched fields show no message on a fresh page', async ({ page }) => {
    await page.goto('./');
    // The summary lists what is missing, but the fields stay quiet until they are used.
    await expect(summary(page)).toHaveText(/^2 errors/);
    await expect(summary(page)).toContainText('S3OutputLocation');
    for (const label of [/S3OutputLocation/, /KmsKeyId/]) {
      await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'false');
      await expect(page.getByLabel(label)).toHaveAccessibleDescription('');
    }
    await expect(page.getByRole('region', { name: 'Output and options' })).not.toContainText(
      'Error:',
    );
  });

  test('clicking a problem in the summary focuses its field', async ({ page }) => {
    await page.goto('./');
    await summary(page)
      .getByRole('button', { name: /^S3OutputLocation: / })
      .click();
    await expect(page.getByLabel(/S3OutputLocation/)).toBeFocused();

    await page.goto(
      shareLink({
        S3OutputLocation: S3,
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
        CompilerOptions: '{"trt-ver":"6.0.1","cuda-ver":"10.0"}',
      }),
    );
    // Once the field is on screen (its widget may still be loading), the summary leads there.
    await expect(apiField(page, 'gpu-code')).toBeVisible();
    await summary(page)
      .getByRole('button', { name: /^gpu-code: / })
      .click();
    await expect(apiField(page, 'gpu-code')).toBeFocused();

    await page.goto(shareLink({ S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX' } }));
    await summary(page)
      .getByRole('button', { name: /^TargetPlatform\.Arch: / })
      .click();
    await expect(page.getByRole('combobox', { name: /Arch/ })).toBeFocused();
  });
});

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** A link with errors of every kind: a location, a TargetDevice, an option, a key. */
const INVALID = {
  S3OutputLocation: 'my-bucket',
  TargetDevice: 'Jetson_Nano',
  CompilerOptions: '{"gpu-code":"sm72","dtype":"float16"}',
  KmsKeyId: 'not a key!',
};

// accessibility.spec.ts runs the main states at desktop width in light and dark; these are the
// phone width and the theme switch itself.
test.describe('accessibility (axe-core, serious and critical)', () => {
  test('at 390 px wide: the start page, a device with options, a link with errors', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const fitsTheWidth = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    await page.goto('./');
    await expect(deviceList(page).getByRole('option')).toHaveCount(37);
    await expectNoSeriousViolations(page);
    expect(await fitsTheWidth()).toBe(true);

    await page.getByLabel(/S3OutputLocation/).fill(S3);
    await deviceOption(page, 'jetson_nano').click();
    await apiField(page, 'gpu-code').fill('sm_72');
    await page.keyboard.press('Escape');
    // gpu-code alone on a Jetson also says trt-ver and cuda-ver are missing (issue 12 §1).
    await expect(summary(page)).toHaveText(/^Valid — 2 warnings/);
    await expect(optionsRegion(page).getByRole('button', { name: 'Use sm_53' })).toBeVisible();
    await expectNoSeriousViolations(page);
    expect(await fitsTheWidth()).toBe(true);

    await page.goto(shareLink(INVALID));
    await expect(summary(page)).toHaveText(/^\d+ errors/);
    await expect(page.getByLabel(/S3OutputLocation/)).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousViolations(page);
    expect(await fitsTheWidth()).toBe(true);
  });

  test('the dark theme, from the system and from the "Dark" switch', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(shareLink(INVALID));
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(summary(page)).toHaveText(/^\d+ errors/);
    await expectNoSeriousViolations(page);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    // The radios are visually hidden behind their labels: choose with the keyboard.
    await page.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expectNoSeriousViolations(page);

    await page.getByRole('tab', { name: 'Platform' }).click();
    await page.getByRole('button', { name: /^Jetson TX2/ }).click();
    await expect(apiField(page, 'gpu-code')).toHaveValue('sm_62');
    await expectNoSeriousViolations(page);
    // The choice outlives a reload, whatever the system says.
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  });
});
