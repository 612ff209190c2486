/**
 * Issue 21, point 7: the smaller things a new user tripped over, each where a real browser's
 * layout, scrolling or focus decides it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PROBE_SAMPLES } from '../src/testing/probe-samples';
import { shareLink } from './support/share-link';

const PHONE = { width: 390, height: 844 };

/**
 * Words (runs of letters, digits, dots and underscores) of an element's text that the browser
 * split over two lines. A line may still end after a hyphen or a plus, as in running text.
 */
const wordsBrokenAcrossLines = (locator: Locator) =>
  locator.evaluate((element) => {
    const text = element.firstChild;
    if (!(text instanceof Text)) throw new Error('expected a single text node');
    // An inline element has no width of its own: the line is its block's.
    const lineWidth = element.parentElement!.clientWidth;
    const broken: string[] = [];
    for (const match of (text.data ?? '').matchAll(/[\p{L}\p{N}._]+/gu)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      // A token wider than the line may still break; any other word must stay whole.
      if (tops.size > 1 && range.getBoundingClientRect().width < lineWidth) {
        broken.push(match[0]);
      }
    }
    return broken;
  });

test('evidence lines wrap between words on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('./');
  await page.getByRole('button', { name: 'Detect from board' }).click();
  const dialog = page.getByRole('dialog', { name: 'Detect from board' });
  const sample = PROBE_SAMPLES.find((candidate) => candidate.name.startsWith('Jetson TX2'))!;
  await dialog.getByRole('textbox', { name: /Board output/ }).fill(sample.text);
  const evidence = dialog
    .getByRole('list', { name: 'Inferred values' })
    .getByRole('listitem')
    .locator('code:not(.font-semibold)');
  await expect(evidence.first()).toBeVisible();
  const lines = await evidence.all();
  // The sample has evidence lines longer than a phone's dialog is wide.
  const wrapped = await Promise.all(
    lines.map((line) => line.evaluate((element) => element.getClientRects().length > 1)),
  );
  expect(wrapped).toContain(true);
  for (const line of lines) expect(await wordsBrokenAcrossLines(line)).toEqual([]);
});

async function scrollY(page: Page) {
  return page.evaluate(() => window.scrollY);
}

test.describe('a scroll outside an open dialog leaves the page behind where it was', () => {
  test.use({ hasTouch: true });

  test('Import JSON at 390 px: wheel and swipe on the backdrop and in the dialog', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('./');
    // The request fields load after the first screen and lengthen the page: wait for them, so
    // that nothing but a scroll can move it below.
    await expect(page.getByRole('textbox', { name: /CompilationJobName/ })).toBeVisible();
    const importButton = page.getByRole('button', { name: 'Import JSON' });
    await importButton.scrollIntoViewIfNeeded();
    await importButton.click();
    const dialog = page.getByRole('dialog', { name: 'Import JSON' });
    await expect(dialog).toBeVisible();
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(0);
    const box = (await dialog.boundingBox())!;

    // The backdrop above the dialog, then the dialog itself (whose own text is short).
    for (const point of [
      { x: 5, y: Math.max(2, box.y / 2) },
      { x: box.x + box.width / 2, y: box.y + 20 },
    ]) {
      await page.mouse.move(point.x, point.y);
      await page.mouse.wheel(0, 600);
      const session = await page.context().newCDPSession(page);
      await session.send('Input.synthesizeScrollGesture', {
        x: point.x,
        y: point.y,
        yDistance: -400,
        gestureSourceType: 'touch',
      });
      await session.detach();
      expect(await scrollY(page)).toBe(before);
    }

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    // Closed, the page scrolls again.
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before);
  });
});

/**
 * What a finger has to hit for each checkbox, radio button, switch and disclosure row on
 * screen: a checkbox's or radio button's label (a click on it checks the input), the switch and
 * the summary themselves.
 */
const touchTargets = (page: Page) =>
  page.evaluate(() => {
    const visible = (element: Element) => element.getClientRects().length > 0;
    const targets = [
      ...[...document.querySelectorAll('input[type=checkbox], input[type=radio]')].map(
        (box) => box.closest('label') ?? box,
      ),
      ...document.querySelectorAll('[role=switch], summary'),
    ];
    return targets.filter(visible).map((element) => ({
      what: (element.textContent ?? '').trim().slice(0, 40),
      height: element.getBoundingClientRect().height,
    }));
  });

for (const width of [1280, 390]) {
  test(`checkboxes, radio buttons, switches and disclosure rows are at least 40 px tall at ${width} px`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await page.getByRole('tab', { name: 'Platform' }).click();
    await page.getByRole('button', { name: /Raspberry Pi 3/ }).click();
    await expect(page.getByRole('switch', { name: /NEON/ })).toBeVisible();
    await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
    await expect(page.getByText(/^Show the /)).toBeVisible();
    const targets = await touchTargets(page);
    await page.getByRole('tab', { name: 'Device' }).click();
    await page
      .getByRole('listbox', { name: 'Devices' })
      .getByRole('option', { name: / ml_inf2$/ })
      .click();
    await expect(page.getByText(/^Notes from the catalogue/)).toBeVisible();
    await page.getByRole('combobox', { name: /InputConfig\.Framework$/ }).selectOption('PYTORCH');
    await expect(page.getByRole('checkbox', { name: /Shapes only/ })).toBeVisible();

    targets.push(...(await touchTargets(page)));
    // One of each kind is on screen: the list below is not empty by accident.
    for (const what of [
      'Shapes only',
      'System',
      '-O1',
      'NEON',
      'Show the',
      'Notes from',
      'Advanced',
    ]) {
      expect(targets.map((target) => target.what).join('|')).toContain(what);
    }
    expect(targets.filter((target) => target.height < 40)).toEqual([]);
  });
}

test('a summary item focuses its own field and the summary stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(
    shareLink({
      S3OutputLocation: 's3://my-bucket/compiled',
      TargetDevice: 'ml_inf2',
      CompilerOptions: '"--verbose loud --num-neuroncores 2"',
    }),
  );
  const summary = page.getByTestId('validation-summary');
  const item = summary.getByRole('button', { name: /documents --verbose/ });
  await expect(item).toBeVisible();
  const before = await page.evaluate(() => window.scrollY);
  await item.click();
  await expect(page.getByRole('textbox', { name: '--verbose' })).toBeFocused();
  await expect(item).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});
