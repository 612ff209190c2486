import { expect, test, type Page } from '@playwright/test';
import { holdTheEntry } from './support/hold-the-entry';
import { scriptsTheHtmlNames } from './support/html-scripts';
import { shareLink } from './support/share-link';

type Probe = { sawLoading: boolean; sawEmptyLinkedPage: boolean; preview?: Element | null };
type ProbeWindow = Window & { __instantProbe: Probe };

/**
 * Watches the page from its first byte: whether a loading placeholder (role=status saying
 * "Loading") ever appears, and whether a frame ever shows the empty configuration while the
 * URL carries a link. Also keeps the preview element the HTML arrived with, to compare after
 * hydration.
 */
async function watchFromStart(page: Page) {
  await page.addInitScript(() => {
    const probe: Probe = { sawLoading: false, sawEmptyLinkedPage: false };
    (window as unknown as ProbeWindow).__instantProbe = probe;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role=status]')) {
        if (/loading/i.test(status.textContent ?? '')) probe.sawLoading = true;
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', () => {
      probe.preview = document.querySelector('[data-testid="json-preview"]');
    });
    const eachFrame = () => {
      const preview = document.querySelector('[data-testid="json-preview"]');
      // The page's frame may paint while a link opens; the empty preview must never be seen.
      if (
        location.hash.includes('config=') &&
        preview?.textContent === '{}' &&
        preview.checkVisibility()
      ) {
        probe.sawEmptyLinkedPage = true;
      }
      requestAnimationFrame(eachFrame);
    };
    requestAnimationFrame(eachFrame);
  });
}

const probe = (page: Page) =>
  page.evaluate(() => {
    const { sawLoading, sawEmptyLinkedPage, preview } = (window as unknown as ProbeWindow)
      .__instantProbe;
    const isSamePreview =
      preview !== undefined &&
      preview !== null &&
      preview === document.querySelector('[data-testid="json-preview"]');
    return { sawLoading, sawEmptyLinkedPage, isSamePreview };
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen is in the HTML: catalogue, output fields, summary and preview', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('listbox', { name: 'Devices' }).getByRole('option')).toHaveCount(
      37,
    );
    await expect(page.getByRole('option', { name: /ml_m5/ })).toBeVisible();
    await expect(page.getByLabel(/S3OutputLocation/)).toBeVisible();
    await expect(page.getByTestId('json-preview')).toHaveText('{}');
    await expect(page.getByTestId('validation-summary')).toBeVisible();
  });

  // The parser may yield, and the browser draw a frame, after any node of the HTML: no element
  // drawn in one may move as the rest arrives. Checked at a desktop and a phone width.
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width} px, nothing drawn moves as the rest of the page's HTML arrives`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('./');
      expect(await elementsMovedWhileParsing(page)).toEqual([]);
    });
  }
});

/**
 * Builds the prerendered page again node by node, in the parser's order, and lists each element
 * in the viewport whose top-left at some point differs from where the whole page puts it.
 * `content-visibility` is off: Chromium renders an on-screen card before its first frame, but a
 * forced layout here would still see its placeholder size.
 */
function elementsMovedWhileParsing(page: Page) {
  return page.evaluate(() => {
    const root = document.getElementById('root')!;
    const unskipped = document.createElement('style');
    unskipped.textContent = '#root * { content-visibility: visible !important }';
    document.head.append(unskipped);
    const inViewport = (rect: DOMRect) =>
      rect.width * rect.height > 1 &&
      rect.bottom > 0 &&
      rect.top < innerHeight &&
      rect.right > 0 &&
      rect.left < innerWidth;
    const whole = root.cloneNode(true);
    const finalBox = new Map<Element, DOMRect>();
    for (const element of root.querySelectorAll('*'))
      finalBox.set(element, element.getBoundingClientRect());
    const originals = [...root.querySelectorAll('*')];
    const copies = [...(whole as Element).querySelectorAll('*')];
    const originalOf = new Map(copies.map((copy, index) => [copy, originals[index]!]));
    root.replaceChildren();

    const drawn: [Element, DOMRect, Element][] = [];
    const moved = new Map<Element, string>();
    const check = () => {
      for (const [element, final, original] of drawn) {
        if (moved.has(element)) continue;
        const now = element.getBoundingClientRect();
        // An element with nothing in it yet draws nothing, so it cannot be seen to move.
        if (now.width * now.height <= 1 || (!inViewport(now) && !inViewport(final))) continue;
        if (Math.abs(now.left - final.left) > 0.5 || Math.abs(now.top - final.top) > 0.5) {
          const text = (original.textContent ?? '').trim().slice(0, 40);
          moved.set(
            element,
            `<${element.tagName.toLowerCase()}> "${text}" at ${Math.round(now.left)},${Math.round(now.top)}, then ${Math.round(final.left)},${Math.round(final.top)}`,
          );
        }
      }
    };
    const insertInOrder = (from: Node, into: Node) => {
      for (const node of from.childNodes) {
        const copy = into.appendChild(node.cloneNode(false));
        if (node instanceof Element) {
          const original = originalOf.get(node)!;
          drawn.push([copy as Element, finalBox.get(original)!, original]);
          check();
          insertInOrder(node, copy);
        } else check();
      }
    };
    insertInOrder(whole, root);
    return [...moved.values()];
  });
}

test('the app takes over the prerendered page without a mismatch, a shift or a fetch', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const catalogueRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/catalogue.json')) catalogueRequests.push(request.url());
  });
  await watchFromStart(page);

  await page.goto('./', { waitUntil: 'networkidle' });
  // Shifts right after an input are expected; any other shift is the page moving on its own.
  const shifts = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        };
        new PerformanceObserver((list) => {
          const moved = (list.getEntries() as Shift[]).filter((entry) => !entry.hadRecentInput);
          resolve(
            moved.flatMap((entry) =>
              entry.sources.map((source) => `${entry.value}: ${source.node?.nodeName}`),
            ),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      }),
  );
  await page.getByLabel(/S3OutputLocation/).fill('s3://bucket/out');
  await expect(page.getByTestId('json-preview')).toContainText('s3://bucket/out');

  expect((await probe(page)).isSamePreview).toBe(true);
  expect(shifts).toEqual([]);
  expect(problems).toEqual([]);
  expect(catalogueRequests).toEqual([]);
});

// At a phone's width the narrow layout renders once more right after the take-over, before the
// code that hands on what was typed has loaded: what was typed must survive that render too.
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px, what is typed or chosen in the prerendered page before the app takes it over is kept, and applied`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const release = await holdTheEntry(page);
    await page.goto('./', { waitUntil: 'commit' });
    const location = page.getByLabel(/S3OutputLocation/);
    await location.click();
    await page.keyboard.type('s3://typed-early/out');
    const search = page.getByLabel('Search devices');
    await search.click();
    await page.keyboard.type('nano');
    const category = page.getByLabel('Category');
    await category.selectOption({ label: 'Cloud CPU' });
    await page.getByText('Dark', { exact: true }).click();
    await page.getByText('Advanced: all options as JSON').click();
    release();

    await expect(page.getByTestId('json-preview')).toContainText(
      '"S3OutputLocation": "s3://typed-early/out"',
    );
    // "nano" alone lists jetson_nano and Cloud CPU alone lists several: together, none.
    await expect(page.getByText('0 of 37 devices')).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(location).toHaveValue('s3://typed-early/out');
    await expect(search).toHaveValue('nano');
    await expect(category).toHaveValue('cloud-cpu');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    // The disclosure opened early shows what it holds.
    await expect(page.getByLabel(/All options as JSON/)).toBeVisible();
  });
}

test('a device and the compare table clicked in the prerendered page before the app takes it over are chosen once it has', async ({
  page,
}) => {
  const release = await holdTheEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  const device = page.getByRole('option', { name: / ml_m5$/ });
  // On the device's name, as a user would; then the view switch.
  await device.getByText('ml_m5', { exact: true }).click();
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByTestId('json-preview')).toHaveText('{}');
  release();

  await expect(page.getByTestId('json-preview')).toContainText('"TargetDevice": "ml_m5"');
  await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table')).toBeVisible();
  // A click once the app has the page is its own, and is not kept to be clicked again.
  await page.getByRole('button', { name: 'Cards' }).click();
  await expect(page.getByRole('option', { name: / ml_m5$/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  expect(await page.evaluate(() => window.onclick)).toBeNull();
});

test('what is typed and clicked once the app has the page is never undone by what was done before', async ({
  page,
}) => {
  const releaseEntry = await holdTheEntry(page);
  // The code that hands on what was done early loads once the app has the page: until it has,
  // the user goes on in the app.
  let askedForHandOn = () => {};
  const handOnAskedFor = new Promise<void>((resolve) => (askedForHandOn = resolve));
  let releaseHandOn = () => {};
  const handOnHeld = new Promise<void>((resolve) => (releaseHandOn = resolve));
  await page.route(/\/assets\/typed-before-hydration-[^/]*\.js$/, async (route) => {
    askedForHandOn();
    await handOnHeld;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'commit' });
  const search = page.getByLabel('Search devices');
  await search.click();
  await page.keyboard.type('ml_');
  await page
    .getByRole('option', { name: / ml_m5$/ })
    .getByText('ml_m5', { exact: true })
    .click();
  releaseEntry();

  await handOnAskedFor;
  await search.click();
  await page.keyboard.press('End');
  await page.keyboard.type('c');
  await page
    .getByRole('option', { name: / ml_c5$/ })
    .getByText('ml_c5', { exact: true })
    .click();
  await expect(page.getByTestId('json-preview')).toContainText('"TargetDevice": "ml_c5"');
  releaseHandOn();

  await expect.poll(() => page.evaluate(() => window.onclick)).toBeNull();
  await expect(search).toHaveValue('ml_c');
  await expect(page.getByTestId('json-preview')).toContainText('"TargetDevice": "ml_c5"');
  await expect(page.getByRole('option', { name: / ml_c5$/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('option', { name: / ml_m5$/ })).toHaveCount(0);
});

test('a fresh visit lets its stylesheet go before the scripts its first paint does not need', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const priorities = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', ({ request }) =>
    priorities.set(new URL(request.url).pathname.replace(/^.*\//, ''), request.initialPriority),
  );
  await page.goto('./');
  // The HTML is prerendered: the entry hydrates it, and what it preloads comes with the entry.
  const scripts = await scriptsTheHtmlNames(page);
  const stylesheet = [...priorities.keys()].find((name) => name.endsWith('.css'));
  expect(stylesheet && priorities.get(stylesheet)).toBe('VeryHigh');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(priorities.get(script), script).toBe('Low');
});

test('a fresh visit asks for its entry once it has painted or been parsed, and its load waits for it', async ({
  page,
}) => {
  await page.goto('./');
  const [entry] = await scriptsTheHtmlNames(page);
  const timing = await page.waitForFunction((name) => {
    const asked = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (r) => r.name.endsWith(name),
    );
    const painted = performance.getEntriesByName('first-contentful-paint')[0];
    const [page] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return asked && painted && page!.loadEventStart > 0
      ? {
          asked: asked.startTime,
          arrived: asked.responseEnd,
          painted: painted.startTime,
          parsed: page!.domContentLoadedEventStart,
          loaded: page!.loadEventStart,
        }
      : null;
  }, entry!);
  const { asked, arrived, painted, parsed, loaded } = (await timing.jsonValue())!;
  expect(asked).toBeGreaterThanOrEqual(Math.min(painted, parsed));
  expect(arrived).toBeLessThanOrEqual(loaded);
  await page.getByRole('tab', { name: 'Platform' }).click();
  await expect(page.getByLabel(/\bOs\b/)).toBeVisible();
});

test('a link shows its configuration without a flash of the empty one', async ({ page }) => {
  await watchFromStart(page);
  await page.goto(shareLink({ TargetDevice: 'ml_m5' }));
  await expect(page.getByTestId('json-preview')).toContainText('"TargetDevice": "ml_m5"');
  expect((await probe(page)).sawEmptyLinkedPage).toBe(false);
});

/**
 * Opens a fresh page, watched from its start, once the idle preload has brought all the
 * on-demand code: the Request fields appear only then, the preload going one chunk at a time
 * (a pause in the network no longer means it is done).
 */
async function openAfterPreload(page: Page) {
  await watchFromStart(page);
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: /InputConfig\.Framework$/ })).toBeVisible();
}

test('the Platform tab, option fields and Import dialog show no placeholder on first use', async ({
  page,
}) => {
  await openAfterPreload(page);

  await page.getByRole('tab', { name: 'Platform' }).click();
  await expect(page.getByLabel(/\bOs\b/)).toBeVisible();
  await page.getByRole('tab', { name: 'Device' }).click();
  await page.getByRole('option', { name: /ml_m5/ }).click();
  await expect(page.getByRole('combobox', { name: /mcpu/ })).toBeVisible();
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();

  expect((await probe(page)).sawLoading).toBe(false);
});

test('the export buttons and the summary answer a first click from code already in memory', async ({
  page,
}) => {
  await openAfterPreload(page);
  // What these clicks run loads on demand: the idle preload must have brought it already.
  const fetchedScripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') fetchedScripts.push(request.url());
  });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download request JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('request.json');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded request.json' })).toHaveText(
    /Downloaded request\.json — has \d+ errors?\.$/,
  );
  await expect(page.getByText('Show the request file')).toBeVisible();

  await page
    .getByTestId('validation-summary')
    .getByRole('button', { name: /^S3OutputLocation: / })
    .click();
  await expect(page.getByLabel(/S3OutputLocation/)).toBeFocused();

  expect(fetchedScripts).toEqual([]);
  expect((await probe(page)).sawLoading).toBe(false);
});
