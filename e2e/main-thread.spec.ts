import { expect, test, type Page, type Route } from '@playwright/test';

/**
 * The on-demand chunks come through one pipe, in the order they were asked for, as on a slow
 * network; the chunk of the Import dialog, which neither click needs, is held until the test
 * lets it go, and with it everything asked for after it. So "during the preload" is a state,
 * not a moment, and a click is answered during it only if what it needs was asked for first.
 */
const HELD_CHUNK = /\/assets\/import-dialog-[^/]+\.js$/;

type Answer = { ms: number; sawLoading: boolean };
type ProbeWindow = Window & { __answered: Promise<Answer> };

/**
 * Arms a measure of the next click, in the page: the time from the click event to the frame
 * callback of the first frame in which `selector` is visible, and whether a loading placeholder
 * (role=status saying "Loading") showed in any frame before it.
 */
async function armClickProbe(page: Page, selector: string) {
  await page.evaluate((selector) => {
    (window as unknown as ProbeWindow).__answered = new Promise((resolve) => {
      document.addEventListener(
        'click',
        (event) => {
          let sawLoading = false;
          const eachFrame = () => {
            for (const status of document.querySelectorAll('[role=status]')) {
              if (/loading/i.test(status.textContent ?? '')) sawLoading = true;
            }
            if (document.querySelector(selector)?.checkVisibility()) {
              resolve({ ms: performance.now() - event.timeStamp, sawLoading });
            } else {
              requestAnimationFrame(eachFrame);
            }
          };
          requestAnimationFrame(eachFrame);
        },
        { capture: true, once: true },
      );
    });
  }, selector);
}

/** Clicks, and answers how long the page took to show `selector` after the click. */
async function timeClick(page: Page, click: () => Promise<void>, selector: string) {
  await armClickProbe(page, selector);
  await click();
  await expect(page.locator(selector).first()).toBeVisible();
  return page.evaluate(() => (window as unknown as ProbeWindow).__answered);
}

const PLATFORM_CONTROLS = '#panel-platform select';
const OPTION_FIELDS = '#field-mcpu[role=combobox]';
const platformTab = (page: Page) => page.getByRole('tab', { name: 'Platform' });
const deviceTab = (page: Page) => page.getByRole('tab', { name: 'Device' });
const device = (page: Page, id: string) => page.getByRole('option', { name: new RegExp(id) });

/**
 * The first uses of the two parts: the Platform tab, then a device whose option fields appear.
 * Each is timed from its click to the first frame that shows it.
 */
async function firstUses(page: Page) {
  const platform = await timeClick(page, () => platformTab(page).click(), PLATFORM_CONTROLS);
  await deviceTab(page).click();
  const options = await timeClick(page, () => device(page, 'ml_m5').click(), OPTION_FIELDS);
  return { platform, options };
}

/**
 * A click during the preload is answered within the budget of the same first use once the
 * preload has settled: twice that (SPEC §4.10's allowance for a first use), and at least 250 ms,
 * since one render of a part can take 100–200 ms on a busy two-core machine.
 */
const budgetAfter = (settled: number) => Math.max(2 * settled, 250);

/** Each measure is taken this many times and its median compared: one sample is noise. */
const ROUNDS = 3;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// The Request part appears once the whole preload has settled.
const requestFields = (page: Page) =>
  page.getByRole('combobox', { name: /InputConfig\.Framework$/ });

/**
 * The first uses in a fresh page during its preload: the on-demand chunks come through the
 * pipe, the held one and all after it only once these are measured.
 */
async function firstUsesDuringThePreload(page: Page) {
  let releaseHeld = () => undefined as void;
  const held = new Promise<void>((resolve) => (releaseHeld = resolve));
  let isHeldServed = false;
  let pipe = Promise.resolve();
  await page.unrouteAll();
  await page.route(/\/assets\/[^/]+\.js$/, (route: Route) => {
    const url = route.request().url();
    // The entry is what the first screen runs; every other script is code loaded on demand.
    if (/\/assets\/index-[^/]+\.js$/.test(url)) return route.continue();
    pipe = pipe.then(async () => {
      if (HELD_CHUNK.test(url)) {
        await held;
        isHeldServed = true;
      }
      await route.continue();
    });
    return pipe;
  });

  const heldRequested = page.waitForRequest(HELD_CHUNK);
  await page.goto('./');
  await heldRequested;
  // The chunks asked for before the held one have arrived: the click tests whether the preload
  // brought what the click needs first, not whether it lands on a chunk's compile (the bench
  // measures those tasks).
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  const during = await firstUses(page);
  expect(isHeldServed).toBe(false);
  await expect(requestFields(page)).toBeHidden();
  releaseHeld();
  await expect(requestFields(page)).toBeVisible();
  return during;
}

/** The first uses in a fresh page once its preload has settled. */
async function firstUsesAfterThePreload(page: Page) {
  await page.unrouteAll();
  await page.goto('./');
  await expect(requestFields(page)).toBeVisible();
  return firstUses(page);
}

test('a click on the Platform tab or a device during the preload is answered as after it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const during: Awaited<ReturnType<typeof firstUses>>[] = [];
  const settled: Awaited<ReturnType<typeof firstUses>>[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    during.push(await firstUsesDuringThePreload(page));
    settled.push(await firstUsesAfterThePreload(page));
  }
  const ms = (answers: typeof during, part: 'platform' | 'options') =>
    median(answers.map((answer) => answer[part].ms));

  for (const part of ['platform', 'options'] as const) {
    expect(ms(during, part)).toBeLessThanOrEqual(budgetAfter(ms(settled, part)));
  }
  const sawLoading = during.flatMap((answer) => [
    answer.platform.sawLoading,
    answer.options.sawLoading,
  ]);
  expect(sawLoading).toEqual(Array(2 * ROUNDS).fill(false));
  test.info().annotations.push({
    type: 'click → shown, ms, medians of 3 (during the preload / after it)',
    description: `Platform ${ms(during, 'platform').toFixed(0)} / ${ms(settled, 'platform').toFixed(0)}, options ${ms(during, 'options').toFixed(0)} / ${ms(settled, 'options').toFixed(0)}`,
  });
});

test("a fresh page asks for the target's code once it has loaded and shown its first paint, without waiting for the preload", async ({
  page,
}) => {
  // The preload's own code never arrives: the target's code must not wait for its turn in it.
  await page.route(/\/assets\/preload-in-turn-[^/]+\.js$/, () => undefined);
  const targetCodeRequested = page.waitForRequest(/\/assets\/target-code-[^/]+\.js$/);
  await page.goto('./');
  const url = (await targetCodeRequested).url();
  // Not part of the first screen: asked for after the page's load event and once its first
  // paint is on screen, so that it never competes with them.
  const askedAfter = () =>
    page.evaluate((name) => {
      const entry = performance.getEntriesByName(name)[0];
      const { loadEventStart } = performance.getEntriesByType('navigation')[0]!.toJSON() as {
        loadEventStart: number;
      };
      const firstPaint = performance.getEntriesByName('first-paint')[0];
      return entry && firstPaint
        ? { load: entry.startTime - loadEventStart, paint: entry.startTime - firstPaint.startTime }
        : undefined;
    }, url);
  await expect.poll(askedAfter).toBeDefined();
  const asked = (await askedAfter())!;
  expect(asked.load).toBeGreaterThanOrEqual(0);
  expect(asked.paint).toBeGreaterThanOrEqual(0);
});

test('a click on the Platform tab while the target code itself loads shows no placeholder', async ({
  page,
}) => {
  let releaseTargetCode = () => undefined as void;
  const targetCodeHeld = new Promise<void>((resolve) => (releaseTargetCode = resolve));
  await page.route(/\/assets\/target-code-[^/]+\.js$/, async (route: Route) => {
    await targetCodeHeld;
    await route.continue();
  });
  const targetCodeRequested = page.waitForRequest(/\/assets\/target-code-[^/]+\.js$/);
  await page.goto('./');
  // React has taken the tab over (hydration attaches its props), so the click is answered.
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('tab-platform') ?? {}).some((key) =>
      key.startsWith('__reactProps$'),
    ),
  );
  await armClickProbe(page, PLATFORM_CONTROLS);
  await platformTab(page).click();
  // The click asked for the code it needs (or the preload had): it arrives only now.
  await targetCodeRequested;
  releaseTargetCode();
  await expect(page.locator(PLATFORM_CONTROLS).first()).toBeVisible();
  const answer = await page.evaluate(() => (window as unknown as ProbeWindow).__answered);
  expect(answer.sawLoading).toBe(false);
});
