/**
 * Issue 12, "Trust what you copy": what is copied is what the user believes they have. One
 * test per numbered point that needs a browser (point 8 belongs to another change).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
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

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

/** Horizontal overflow of an element: > 0 when part of a line is cut off. */
const overflowX = (locator: Locator) =>
  locator.evaluate((element) => element.scrollWidth - element.clientWidth);

test.describe('1. a suggested value never looks like a set one', () => {
  test('jetson_xavier: documented values are offered, not set, until applied', async ({ page }) => {
    await openWithLocation(page);
    await deviceOption(page, 'jetson_xavier').click();
    for (const [key, value] of [
      ['gpu-code', 'sm_72'],
      ['trt-ver', '5.1.6'],
      ['cuda-ver', '10.0'],
    ] as const) {
      await expect(apiField(page, key)).toHaveValue('');
      expect(await apiField(page, key).getAttribute('placeholder')).not.toContain(value);
      await expect(optionsRegion(page).getByText(`Suggested: ${value}`)).toBeVisible();
    }
    await expect(preview(page)).not.toContainText('CompilerOptions');

    await optionsRegion(page)
      .getByRole('button', { name: /^Apply documented options/ })
      .click();
    await expect(preview(page)).toHaveText(
      previewText({
        S3OutputLocation: S3,
        TargetDevice: 'jetson_xavier',
        CompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.1.6","cuda-ver":"10.0"}',
      }),
    );
    await expect(status(page, 'trt-ver set to 5.1.6')).toBeVisible();
    await page.getByRole('button', { name: 'Undo documented options' }).click();
    await expect(preview(page)).not.toContainText('CompilerOptions');
  });

  test('half-filled NVIDIA options on a device say what is missing', async ({ page }) => {
    await openWithLocation(page);
    await deviceOption(page, 'jetson_xavier').click();
    await optionsRegion(page).getByRole('button', { name: 'Apply gpu-code sm_72' }).click();
    await expect(preview(page)).toContainText('"CompilerOptions": "{\\"gpu-code\\":\\"sm_72\\"}"');
    await expect(summary(page)).toContainText('trt-ver and cuda-ver are not');
  });

  test('ANDROID_PLATFORM and mcpu show no value-like placeholder', async ({ page }) => {
    await openWithLocation(page);
    await deviceOption(page, 'qcs605').click();
    await expect(apiField(page, 'ANDROID_PLATFORM')).toHaveValue('');
    expect(await apiField(page, 'ANDROID_PLATFORM').getAttribute('placeholder')).not.toMatch(/\d/);
    expect(await apiField(page, 'mcpu').getAttribute('placeholder')).not.toMatch(/cortex|skylake/);
    await expect(optionsRegion(page).getByText('Suggested: 27')).toBeVisible();
  });
});

test.describe('2. a copy says when it carries errors or unapplied edits', () => {
  test('Copy as AWS CLI on an empty page names its 2 errors', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
    await expect(status(page, /Copied the AWS CLI command — has 2 errors/)).toBeVisible();
  });

  test('a syntax error in the advanced editor is an error in the summary and the copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(
      shareLink({
        S3OutputLocation: S3,
        TargetDevice: 'ml_c5',
        CompilerOptions: '{"mcpu":"skylake-avx512"}',
      }),
    );
    await expect(summary(page)).toHaveText(/^Valid/);
    const editor = optionsRegion(page).getByRole('textbox', { name: /CompilerOptions/ });
    if (!(await editor.isVisible())) {
      await optionsRegion(page)
        .getByRole('group')
        .filter({ hasText: /^Advanced: all options as JSON$/ })
        .click();
    }
    await editor.fill('{"mcpu": "cascadelake",');
    await expect(summary(page)).toHaveText(/^1 error/);
    await expect(summary(page)).toContainText('not applied');
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await expect(status(page, /Copied the JSON — 1 edit not applied/)).toBeVisible();
  });
});

test.describe('3. the Inferentia builder and its rules agree', () => {
  test('ml_inf1: a core count that is not a whole number is kept and is an error', async ({
    page,
  }) => {
    await openWithLocation(page);
    await deviceOption(page, 'ml_inf1').click();
    await optionsRegion(page).getByRole('textbox', { name: '--num-neuroncores' }).fill('four');
    await expect(preview(page)).toContainText('--num-neuroncores four');
    await expect(summary(page)).toHaveText(/^1 error/);
  });

  test('ml_inf1: the builder writes the API example without a warning', async ({ page }) => {
    await openWithLocation(page);
    await deviceOption(page, 'ml_inf1').click();
    await optionsRegion(page).getByRole('textbox', { name: '--num-neuroncores' }).fill('2');
    await optionsRegion(page).getByRole('radio', { name: '-O2' }).check();
    await expect(summary(page)).toHaveText(/^Valid$/);
  });

  test('ml_inf2 (neuronx-cc) offers no NeuronCore count', async ({ page }) => {
    await openWithLocation(page);
    await deviceOption(page, 'ml_inf2').click();
    await expect(
      optionsRegion(page).getByRole('textbox', { name: '--num-neuroncores' }),
    ).toHaveCount(0);
  });
});

test('4. warnings look like warnings, not success', async ({ page }) => {
  await page.goto(
    shareLink({
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    }),
  );
  await expect(summary(page)).toHaveText(/^Valid — 1 warning/);
  await expect(summary(page)).toHaveAttribute('data-tone', 'warning');
});

test.describe('6. every action that replaces values can be undone and says what it changed', () => {
  test('Use as platform', async ({ page }) => {
    await page.goto(
      shareLink({
        S3OutputLocation: S3,
        TargetDevice: 'jetson_nano',
        CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"7.1.3","cuda-ver":"10.2"}',
      }),
    );
    await page.getByRole('button', { name: 'Use as platform' }).click();
    await expect(status(page, 'trt-ver: 7.1.3 → 5.0.6')).toBeVisible();
    await page.getByRole('button', { name: /^Undo/ }).click();
    await page.getByRole('tab', { name: 'Device' }).click();
    await expect(preview(page)).toContainText('7.1.3');
  });

  test('an example card', async ({ page }) => {
    await page.goto(
      shareLink({
        S3OutputLocation: S3,
        TargetPlatform: { Os: 'ANDROID', Arch: 'ARM_EABI' },
        CompilerOptions: '{"ANDROID_PLATFORM":27}',
      }),
    );
    await page.getByRole('button', { name: /ARMv7 phone/ }).click();
    await expect(status(page, 'ANDROID_PLATFORM: 27 → 25')).toBeVisible();
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(preview(page)).toContainText('{\\"ANDROID_PLATFORM\\":27}');
  });

  test('a card is not marked applied unless it was clicked', async ({ page }) => {
    await page.goto(
      shareLink({
        S3OutputLocation: S3,
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
        CompilerOptions: '{"mattr":["+neon"]}',
      }),
    );
    await expect(page.getByText('✓ Applied')).toHaveCount(0);
    await page.getByRole('button', { name: /Raspberry Pi 3 Model B\+/ }).click();
    await expect(page.getByText('✓ Applied')).toHaveCount(1);
  });

  test('switching Device → Platform says the options are kept aside', async ({ page }) => {
    await page.goto(
      shareLink({
        S3OutputLocation: S3,
        TargetDevice: 'rasp3b',
        CompilerOptions: '{"mattr":["+neon"]}',
      }),
    );
    await page.getByRole('tab', { name: 'Platform' }).click();
    await expect(status(page, 'rasp3b and its CompilerOptions are kept aside')).toBeVisible();
  });
});

test.describe('7. previews show every line whole', () => {
  const long = {
    S3OutputLocation: 's3://a-rather-long-bucket-name-for-compiled-models/with/a/deep/key/prefix',
    TargetPlatform: { Os: 'ANDROID', Arch: 'ARM_EABI' },
    CompilerOptions:
      '{"ANDROID_PLATFORM":25,"mattr":["+neon","+vfp4","+d32","+crc"],"mcpu":"cortex-a53"}',
  };
  for (const width of [1440, 1280, 390]) {
    test(`at ${width} px`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(shareLink(long));
      await expect(preview(page)).toHaveText(previewText(long));
      expect(
        await overflowX(page.getByRole('region', { name: 'OutputConfig JSON' })),
      ).toBeLessThanOrEqual(0);
      const request = page.getByRole('region', { name: 'CreateCompilationJob request JSON' });
      await expect(request).toContainText('CompilerOptions');
      expect(await overflowX(request)).toBeLessThanOrEqual(0);
      await expect(page.getByRole('region', { name: 'CompilerOptions expanded' })).toBeVisible();
      await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
      await page.getByText('Show the AWS CLI command').click();
      const cli = page.locator('pre').filter({ hasText: 'aws sagemaker create-compilation-job' });
      expect(await overflowX(cli)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('10. phone and link details', () => {
  test('at 390 px the device list does not scroll inside the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const list = page.getByRole('listbox', { name: 'Devices' });
    const nested = await list.evaluate((element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const { overflowY } = getComputedStyle(node);
        if (
          (overflowY === 'auto' || overflowY === 'scroll') &&
          node.scrollHeight > node.clientHeight
        )
          return true;
      }
      return false;
    });
    expect(nested).toBe(false);
  });

  test('at 390 px a chosen device stands alone, so the options follow it; Change device brings the list back', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openWithLocation(page);
    const search = page.getByLabel('Search devices');
    await deviceOption(page, 'jetson_xavier').click();
    await expect(deviceList(page).getByRole('option')).toHaveCount(1);
    await expect(deviceOption(page, 'jetson_xavier')).toHaveAttribute('aria-selected', 'true');
    await expect(search).toBeHidden();
    // The options are a short scroll away, not 37 cards further down.
    const optionsTop = await optionsRegion(page).evaluate(
      (element) => element.getBoundingClientRect().top + window.scrollY,
    );
    expect(optionsTop).toBeLessThan(2 * 844);

    // Keyboard only: Change device focuses the search box; a lone match is taken with Enter and
    // focus moves to the chosen device, whose list stands alone again.
    await page.getByRole('button', { name: 'Change device' }).click();
    await expect(search).toBeFocused();
    await expect(deviceList(page).getByRole('option')).toHaveCount(37);
    await page.keyboard.type('ml_inf1');
    await page.keyboard.press('Enter');
    await expect(deviceOption(page, 'ml_inf1')).toBeFocused();
    await expect(deviceList(page).getByRole('option')).toHaveCount(1);
    await expect(preview(page)).toContainText('"TargetDevice": "ml_inf1"');

    // Escape from the chosen device goes back to the search, as in the whole list; the last
    // search is selected, so typing replaces it; arrows and Enter choose.
    await page.keyboard.press('Escape');
    await expect(search).toBeFocused();
    await page.keyboard.type('jetson');
    await expect(deviceList(page).getByRole('option')).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(deviceOption(page, 'jetson_tx2')).toBeFocused();
    await expect(deviceOption(page, 'jetson_tx2')).toBeInViewport();
    await expect(deviceList(page).getByRole('option')).toHaveCount(1);
  });

  test('at 1280 px the list stays whole after a choice', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openWithLocation(page);
    await deviceOption(page, 'jetson_xavier').click();
    await expect(deviceList(page).getByRole('option')).toHaveCount(37);
    await expect(page.getByLabel('Search devices')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Change device' })).toHaveCount(0);
  });

  test('after Import the notice and its Undo are in view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await page.getByRole('button', { name: 'Import JSON' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import JSON' });
    await dialog
      .getByLabel('JSON to import')
      .fill(JSON.stringify({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }));
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Undo import' })).toBeInViewport();
  });

  for (const width of [1280, 390]) {
    test(`action buttons are at least 40 px tall at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      for (const name of [
        'Copy JSON',
        'Copy link',
        'Download JSON',
        'Import JSON',
        'Copy as AWS CLI',
        'Copy as boto3',
        'Copy as SDK v3',
      ]) {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(box?.height, name).toBeGreaterThanOrEqual(40);
      }
    });
  }

  test('a page opened from a link keeps the tabs and the search box in view', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(shareLink({ S3OutputLocation: S3, TargetDevice: 'x86_win64' }));
    await expect(page.getByRole('tab', { name: 'Device' })).toBeInViewport();
    await expect(
      page.getByRole('searchbox', { name: 'Search devices' }).or(page.getByLabel('Search devices')),
    ).toBeInViewport();
  });

  for (const device of ['jetson_nano', 'x86_win64']) {
    test(`a page opened from a link at 1440 px shows the chosen ${device} card`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(shareLink({ S3OutputLocation: S3, TargetDevice: device }));
      const chosen = page.getByRole('option', { name: device, selected: true });
      await expect(chosen).toBeInViewport({ ratio: 0.5 });
      // Cards brought into view take their real height a frame later; once the card has stopped
      // moving (the same place over two frames), it is still in view.
      await expect
        .poll(() =>
          chosen.evaluate(async (card) => {
            const frame = () => new Promise(requestAnimationFrame);
            const before = card.getBoundingClientRect().top;
            await frame();
            await frame();
            return card.getBoundingClientRect().top === before;
          }),
        )
        .toBe(true);
      await expect(chosen).toBeInViewport({ ratio: 0.5 });
    });
  }
});
