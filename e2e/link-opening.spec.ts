/**
 * SPEC 4.11 and 6.2: a page opened from a link paints its frame at once and says that the link
 * is opening; it never shows an empty configuration, values that are not the link's or a loading
 * placeholder, and then shows the link's configuration, tab and request exactly as given.
 */
import { expect, test, type Page } from '@playwright/test';
import { holdTheEntry } from './support/hold-the-entry';
import { scriptsTheHtmlNames } from './support/html-scripts';
import { previewText, shareLink } from './support/share-link';

const S3 = 's3://my-bucket/compiled';
const JETSON = {
  S3OutputLocation: S3,
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
};
const JETSON_PLATFORM = {
  S3OutputLocation: S3,
  TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
  CompilerOptions: '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
};
const REQUEST = { CompilationJobName: 'resnet50-jetson' };
const requestPayload = Buffer.from(JSON.stringify(REQUEST)).toString('base64url');

/** What the page shows at one moment: read at every change of the page and every frame. */
type Moment = {
  heading: boolean;
  note: boolean;
  preview: string | null;
  previews: number;
  loading: string[];
};

/** Records every state of the page from before its first paint, in window.moments. */
async function recordFromFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const moments: Moment[] = [];
    (window as unknown as { moments: Moment[] }).moments = moments;
    const isVisible = (element: Element | null) => element !== null && element.checkVisibility();
    const record = () => {
      if (document.body === null) return;
      const preview = document.querySelector('[data-testid="json-preview"]');
      moments.push({
        heading: isVisible(document.querySelector('h1')),
        note: [...document.querySelectorAll('[role="status"]')].some(
          (status) =>
            isVisible(status) && status.textContent?.trim() === 'Opening the shared configuration…',
        ),
        preview: isVisible(preview) ? preview!.textContent : null,
        previews: document.querySelectorAll('[data-testid="json-preview"]').length,
        loading: [...document.querySelectorAll('[role="status"]')]
          .filter((status) => isVisible(status) && /loading/i.test(status.textContent ?? ''))
          .map((status) => status.textContent ?? ''),
      });
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const everyFrame = () => {
      record();
      requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  });
}

const moments = (page: Page) =>
  page.evaluate(() => (window as unknown as { moments: Moment[] }).moments);

const CASES = [
  {
    name: 'a device link with request fields',
    config: JETSON,
    extra: `&request=${requestPayload}`,
    tab: 'Device',
  },
  {
    name: 'a platform link on the Platform tab',
    config: JETSON_PLATFORM,
    extra: '&tab=platform',
    tab: 'Platform',
  },
];

for (const { name, config, extra, tab } of CASES) {
  test(`${name} paints its frame and a note at once, then only the link's configuration`, async ({
    page,
  }) => {
    await recordFromFirstPaint(page);
    await page.goto(shareLink(config, extra));
    const preview = page.getByTestId('json-preview');
    await expect(preview).toHaveText(previewText(config));
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    if (extra.includes('request=')) {
      await expect(page.getByRole('textbox', { name: /CompilationJobName/ })).toHaveValue(
        REQUEST.CompilationJobName,
      );
    }
    await expect(page.getByText('Opening the shared configuration…')).toBeHidden();

    const seen = await moments(page);
    // Never blank: the first moment the page shows its heading, it says the link is opening
    // (with the link's configuration already, if its first view has run: checked below).
    const firstPainted = seen.find((moment) => moment.heading);
    expect(firstPainted).toMatchObject({ note: true });
    // The page never holds two previews, not even the prerendered one hidden behind the link's.
    expect(Math.max(...seen.map((moment) => moment.previews))).toBe(1);
    // The configuration area is never empty: the note stands there until the link's shows.
    expect(
      seen.filter((moment) => moment.heading && !moment.note && moment.preview === null),
    ).toEqual([]);
    // Whenever the preview shows, it holds the link's configuration, and nothing says "loading".
    expect(
      new Set(seen.flatMap((moment) => (moment.preview === null ? [] : [moment.preview]))),
    ).toEqual(new Set([previewText(config)]));
    expect(seen.flatMap((moment) => moment.loading)).toEqual([]);
  });
}

test("a link page shows the link's configuration before the app's entry has run, then the app in its place", async ({
  page,
}) => {
  const release = await holdTheEntry(page);
  // The entry is a module script, which the load event waits for: that is held.
  await page.goto(shareLink(JETSON), { waitUntil: 'commit' });
  const preview = page.getByTestId('json-preview');
  await expect(preview).toHaveText(previewText(JETSON));
  const opening = page.getByRole('status').filter({ hasText: 'Opening the shared configuration…' });
  await expect(opening).toBeVisible();
  // Only the configuration: no tab, field or button of the app stands there inert meanwhile.
  await expect(page.getByRole('main')).toHaveCount(1);
  expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
  expect(await page.getByRole('tab').count()).toBe(0);
  expect(await page.getByRole('textbox').count()).toBe(0);

  release();
  await expect(page.getByRole('combobox', { name: /gpu-code$/ })).toHaveValue('sm_53');
  await expect(preview).toHaveText(previewText(JETSON));
  await expect(opening).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Device' })).toHaveAttribute('aria-selected', 'true');
});

test('a link that cannot be read keeps the note, not an empty configuration, until the app says why', async ({
  page,
}) => {
  const release = await holdTheEntry(page);
  await page.goto('/#config=%25%25%25', { waitUntil: 'commit' });
  const opening = page.getByRole('status').filter({ hasText: 'Opening the shared configuration…' });
  await expect(opening).toBeVisible();
  await expect(page.getByTestId('json-preview')).toBeHidden();
  release();
  await expect(page.getByRole('alert')).toContainText('The link could not be opened:');
  await expect(page.getByTestId('json-preview')).toHaveText('{}');
  await expect(opening).toBeHidden();
});

/** The file names of the scripts the page asks for, in order, as they are asked for. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/assets\/[^/]+\.js$/.test(path)) scripts.push(path.replace(/^.*\//, ''));
  });
  return scripts;
}

/**
 * The idle preload starts once the link's configuration is rendered: the scripts asked for
 * before it are what the link page waited for.
 */
function beforeIdlePreload(scripts: string[]): string[] {
  const preloadAt = scripts.findIndex((name) => name.startsWith('preload-in-turn-'));
  return preloadAt < 0 ? scripts : scripts.slice(0, preloadAt);
}

/**
 * Opens the Jetson link while the script `held` is held back, and expects `wanted` to be asked
 * for meanwhile (so not only once `held` has arrived); then lets `held` through.
 */
async function expectAskedForWhileHeld(page: Page, held: RegExp, wanted: RegExp) {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  let release = () => {};
  const isHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(held, async (route) => {
    await isHeld;
    await route.continue();
  });
  await page.goto(shareLink(JETSON));
  await expect.poll(() => requested.some((path) => wanted.test(path))).toBe(true);
  release();
}

test('a link page asks for its target code beside the code that reads the link, not after it', async ({
  page,
}) => {
  // The target's code is asked for while the code that reads the link is still on its way.
  await expectAskedForWhileHeld(page, /\/open-link-[^/]*\.js$/, /\/target-code-[^/]*\.js$/);
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(JETSON));
});

test('a link page asks for its code at no higher priority than its first view, which it must not delay', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  const priorities = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    const file = new URL(request.url).pathname.replace(/^.*\//, '');
    // A file name ends in an 8-character hash, which may hold a "-" itself.
    priorities.set(file.replace(/-[\w-]{8}\.js$/, ''), request.initialPriority);
  });
  await cdp.send('Network.enable');
  await page.goto(shareLink(JETSON));
  await expect(page.getByRole('combobox', { name: /gpu-code$/ })).toHaveValue('sm_53');
  const asked = Object.fromEntries(
    ['link-glance', 'open-link', 'target-code', 'option-combobox'].map((name) => [
      name,
      priorities.get(name),
    ]),
  );
  expect(asked).toEqual({
    'link-glance': 'Low',
    'open-link': 'Low',
    'target-code': 'Low',
    'option-combobox': 'Low',
  });
});

test('a link page asks for the option combobox beside the target code, not once it has loaded', async ({
  page,
}) => {
  await expectAskedForWhileHeld(page, /\/target-code-[^/]*\.js$/, /\/option-combobox-[^/]*\.js$/);
  await expect(page.getByRole('combobox', { name: /gpu-code$/ })).toHaveValue('sm_53');
});

const LINK_PAGES = [
  {
    what: 'a link page',
    link: shareLink(JETSON),
    code: [/^open-link-/, /^target-code-/, /^option-combobox-/],
  },
  {
    what: 'a link page with request fields',
    link: `${shareLink(JETSON)}&request=${requestPayload}`,
    // input-proposal: a static import of the request section, asked for in the same list.
    code: [
      /^open-link-/,
      /^target-code-/,
      /^request-section-/,
      /^request-analysis-/,
      /^input-proposal-/,
    ],
  },
];

for (const { what, link, code } of LINK_PAGES) {
  test(`${what} asks for the code that shows it as it starts, not once its entry has run`, async ({
    page,
  }) => {
    const scripts = recordScripts(page);
    const release = await holdTheEntry(page);
    // The entry is a module script, which the load event waits for: that is held.
    await page.goto(link, { waitUntil: 'commit' });
    await expect
      .poll(() => code.every((name) => scripts.some((script) => name.test(script))))
      .toBe(true);
    const askedBeforeTheEntryRan = new Set(scripts);
    release();
    // The app's own fields (the link's first view shows the preview before the app runs).
    await expect(page.getByRole('combobox', { name: /gpu-code$/ })).toHaveValue('sm_53');
    // Whatever else the page waited for, besides what its HTML names, is asked for too late.
    const waitedFor = beforeIdlePreload(scripts);
    const namedByTheHtml = new Set(await scriptsTheHtmlNames(page));
    const askedLate = waitedFor.filter(
      (name) => !askedBeforeTheEntryRan.has(name) && !namedByTheHtml.has(name),
    );
    expect(askedLate).toEqual([]);
    // The entry's imports found what before-paint.js asked for: nothing was fetched twice.
    expect(new Set(waitedFor).size, waitedFor.join(', ')).toBe(waitedFor.length);
  });
}

test('a link page gets the code that shows its target in a few requests, not one per module', async ({
  page,
}) => {
  const scripts = recordScripts(page);
  await page.goto(shareLink(JETSON));
  await expect(page.getByRole('combobox', { name: /gpu-code$/ })).toHaveValue('sm_53');
  // Over HTTP/1.1 a browser fetches six at a time.
  const beforePreload = beforeIdlePreload(scripts);
  expect(beforePreload.length, beforePreload.join(', ')).toBeLessThanOrEqual(6);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

  test("the link's JSON is the page's largest paint, drawn by its first view before the app", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const largest: { at: number; json: string | null }[] = [];
      (window as unknown as { largest: typeof largest }).largest = largest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const element = (entry as unknown as { element: Element | null }).element;
          const inJson = element?.closest('[aria-label="OutputConfig JSON"]') ?? null;
          largest.push({ at: entry.startTime, json: inJson && element!.textContent });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const largest = () =>
      page.evaluate(
        () => (window as unknown as { largest: { at: number; json: string | null }[] }).largest,
      );
    const release = await holdTheEntry(page);
    await page.goto(shareLink(JETSON), { waitUntil: 'commit' });
    // The whole JSON is one block of text, so it is the largest paint, before the app has run.
    await expect.poll(async () => (await largest()).at(-1)?.json).toBe(previewText(JETSON));
    const [byTheFirstView] = (await largest()).slice(-1);

    release();
    await expect(page.getByRole('option', { name: /jetson_nano/ })).toBeVisible();
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        ),
    );
    // Nothing the app draws afterwards is larger: the page's largest paint stays the first view's.
    expect((await largest()).at(-1)).toEqual(byTheFirstView);
  });

  test('a link page shows its chosen device without shifting what is below it (CLS 0)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(shareLink(JETSON));
    await expect(page.getByTestId('json-preview')).toHaveText(previewText(JETSON));
    await expect(page.getByRole('option', { name: /jetson_nano/ })).toBeInViewport();
    // The frames after the one that showed the configuration: a shift would be reported by then.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        ),
    );
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual(
      [],
    );
  });
});
