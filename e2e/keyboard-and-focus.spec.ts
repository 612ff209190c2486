import { expect, test, type Locator, type Page } from '@playwright/test';
import { shareLink } from './support/share-link';

const MAX_TAB_STOPS = 80;

/** Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let stop = 0; stop < MAX_TAB_STOPS; stop += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached in ${MAX_TAB_STOPS} presses of ${key}`);
}

test('a keyboard alone builds a valid configuration and copies it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('./');
  const devices = page.getByRole('listbox', { name: 'Devices' });
  await expect(devices.getByRole('option')).toHaveCount(37);

  await tabTo(page, page.getByLabel(/S3OutputLocation/));
  await page.keyboard.type('s3://my-bucket/compiled');

  await tabTo(page, page.getByLabel('Search devices'), 'Shift+Tab');
  await page.keyboard.type('nano');
  const nano = devices.getByRole('option', { name: / jetson_nano$/ });
  await expect(devices.getByRole('option')).toHaveCount(1);
  await tabTo(page, nano);
  await page.keyboard.press('Enter');
  await expect(nano).toHaveAttribute('aria-selected', 'true');

  const gpuCode = page.getByRole('combobox', { name: /gpu-code$/ });
  await tabTo(page, gpuCode);
  await page.keyboard.type('sm_53');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('validation-summary')).toHaveText(/^Valid/);

  const copyJson = page.getByRole('button', { name: 'Copy JSON' });
  await tabTo(page, copyJson);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied the JSON.' })).toBeVisible();

  const previewText = await page.getByTestId('json-preview').textContent();
  expect(JSON.parse(previewText ?? '')).toEqual({
    S3OutputLocation: 's3://my-bucket/compiled',
    TargetDevice: 'jetson_nano',
    CompilerOptions: '{"gpu-code":"sm_53"}',
  });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(previewText);
});

/**
 * What the focused element shows: its own outline, or (for an input whose frame or label draws
 * the ring, such as the chip input or the visually hidden theme radios) the outline of the
 * nearest ancestor that has one.
 */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return undefined;
    // Only outlines count: the app draws focus with them, while box-shadows here mean other
    // things (the ring of the selected device, the shadow of every input).
    const hasRing = (element: Element) => {
      const style = getComputedStyle(element);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    };
    let ringed: Element | null = focused;
    for (let depth = 0; ringed && depth < 3 && !hasRing(ringed); depth += 1) {
      ringed = ringed.parentElement;
    }
    const name =
      focused.getAttribute('aria-label') ||
      focused.id ||
      focused.textContent?.trim().slice(0, 40) ||
      '';
    return {
      element: `${focused.tagName.toLowerCase()} ${name}`.trim(),
      isVisible: ringed !== null && hasRing(ringed),
    };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: every stop of a Tab walk shows where the focus is`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(
      shareLink({
        S3OutputLocation: 's3://my-bucket/compiled',
        TargetDevice: 'rasp3b',
        CompilerOptions: '{"mcpu":"cortex-a53","mattr":["+neon","bogus"]}',
      }),
    );
    await expect(page.getByRole('combobox', { name: /mcpu$/ })).toHaveValue('cortex-a53');
    // Start the walk from the top of the page, inside the document.
    await page.getByRole('heading', { name: 'Neo Target Configurator' }).click();

    const unmarked: string[] = [];
    const seen = new Set<string>();
    for (let stop = 0; stop < 40; stop += 1) {
      await page.keyboard.press('Tab');
      const focus = await describeFocus(page);
      if (!focus) continue;
      seen.add(focus.element);
      if (!focus.isVisible) unmarked.push(focus.element);
    }
    expect(seen.size).toBeGreaterThan(25);
    expect(unmarked).toEqual([]);
  });
}
