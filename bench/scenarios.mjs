// What the benchmark does in each page: a fresh visit for first paint (and what the main thread
// does after load), a page opened from a share link, typing into a field, and revealing a part
// of the screen for the first and then a second time, also while the on-demand code preloads.
import { openBare } from './bare-protocol.mjs';
import {
  armRevealProbe,
  firstContentfulPaint,
  idleAfterLoad,
  installKeystrokeProbe,
  isHydrated,
  requestedBeforeLoad,
  settledAfterLoad,
  watchLongTasks,
  watchShown,
} from './page-probes.mjs';

const LINK_M5 = '#config=' + Buffer.from('{"TargetDevice":"ml_m5"}').toString('base64url');

/** The fields typed into: the app's in an ml_m5 draft, the reference form's Hostname. */
export const TYPING = {
  app: {
    path: LINK_M5,
    preview: '[data-testid="json-preview"]',
    fields: [
      { name: 'S3OutputLocation', label: /S3OutputLocation/ },
      { name: 'mcpu', label: /mcpu/ },
    ],
  },
  reference: {
    path: '',
    preview: 'pre[data-testid="preview"]',
    fields: [{ name: 'Hostname', label: 'Hostname' }],
  },
};

/** The app's on-demand parts: how to open each, what shows it is there, how to put it away. */
export const REVEALS = [
  {
    name: 'Platform tab',
    shown: '#panel-platform select',
    open: (page) => page.getByRole('tab', { name: 'Platform' }).click(),
    close: (page) => page.getByRole('tab', { name: 'Device' }).click(),
  },
  {
    name: 'option fields',
    shown: '#field-mcpu[role=combobox]',
    open: (page) => page.getByRole('option', { name: /ml_m5/ }).first().click(),
    // sitara_am57x takes no options, so choosing it removes the fields.
    close: (page) =>
      page
        .getByRole('option', { name: /sitara_am57x/ })
        .first()
        .click(),
  },
  {
    name: 'Import dialog',
    shown: 'dialog[open] textarea',
    open: (page) => page.getByRole('button', { name: 'Import JSON' }).click(),
    close: (page) => page.keyboard.press('Escape'),
  },
];

/** A Jetson configuration with CompilerOptions, the kind of link people share. */
const JETSON = {
  S3OutputLocation: 's3://bucket/out',
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
};

/**
 * The link page: its address, what shows that its configuration is on screen (the link's first
 * view shows it before the app has run, src/app/link-glance.ts), and what shows that the app's
 * page is (the chosen device's card, which only the app draws).
 */
export const LINK_PAGE = {
  path: '#config=' + Buffer.from(JSON.stringify(JETSON)).toString('base64url'),
  shown: {
    selector: '[data-testid="json-preview"]',
    text: JSON.stringify(JETSON, null, 2),
    as: '__shown',
  },
  inTheApp: { selector: '[role="option"][aria-selected="true"]', as: '__inTheApp' },
};

/** DevTools' fast-4G profile: 165 ms round trip, 9 Mbps down, 1.5 Mbps up (bytes per second). */
export const FAST_4G = {
  offline: false,
  latency: 165,
  downloadThroughput: 9_000_000 / 8,
  uploadThroughput: 1_500_000 / 8,
};

/** The page has settled after load once nothing loaded for this long; at the latest this late. */
const SETTLED = { quietMs: 1000, capMs: 5000 };
/** How long a page may take to show a link's configuration before that counts as not measured. */
const SHOWN_AT_THE_LATEST_MS = 30_000;

const VIEWPORT = { width: 1440, height: 900 };

/** A page in a fresh context (empty cache), its CPU slowed `throttle` times, on `network`. */
export async function openPage(browser, throttle, network) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { page, close: () => context.close() };
}

/** When what `watchShown` watches for as `as` first painted (see page-probes.mjs). */
function whenShown(page, as) {
  return page.evaluate(
    ({ as, latest }) =>
      Promise.race([
        window[as],
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`not shown within ${latest} ms`)), latest),
        ),
      ]),
    { as, latest: SHOWN_AT_THE_LATEST_MS },
  );
}

/**
 * A fresh visit: its first contentful paint; with `withAssets`, what loaded before `load`; with
 * `settle`, the long tasks after it until the page settles (Total Blocking Time); with `shown`
 * and `inTheApp` (LINK_PAGE's), when each first painted.
 */
export async function measureFirstPaint(browser, url, options) {
  const { throttle, network, withAssets, settle, shown, inTheApp } = options;
  const { page, close } = await openPage(browser, throttle, network);
  try {
    if (settle) await page.addInitScript(watchLongTasks);
    for (const watched of [shown, inTheApp])
      if (watched) await page.addInitScript(watchShown, watched);
    await page.goto(url, { waitUntil: 'load', timeout: SHOWN_AT_THE_LATEST_MS });
    const fcp = await page.evaluate(firstContentfulPaint);
    const loaded = withAssets ? await page.evaluate(requestedBeforeLoad) : undefined;
    const shownMs = shown ? await whenShown(page, shown.as) : undefined;
    const inTheAppMs = inTheApp ? await whenShown(page, inTheApp.as) : undefined;
    const main = settle ? await page.evaluate(settledAfterLoad, SETTLED) : undefined;
    return { fcp, loaded, shownMs, inTheAppMs, main };
  } finally {
    await close();
  }
}

/**
 * A fresh visit in the browser driven without the Runtime domain (bare-protocol.mjs): its first
 * contentful paint and its main thread until it settles; with `runtimeDomain`, the same with
 * Runtime enabled before the page loads, as under Playwright and Lighthouse.
 */
export function measureMainThreadBare(bare, url, throttle, runtimeDomain) {
  return openBare(bare, url, {
    viewport: VIEWPORT,
    throttle,
    runtimeDomain,
    initScript: watchLongTasks,
    after: async (page) => ({
      fcp: await page.evaluate(firstContentfulPaint),
      main: await page.evaluate(settledAfterLoad, SETTLED),
    }),
  });
}

/** Types `count` keys (every tenth a Backspace) into a field and records each one's timings. */
export async function measureTyping(browser, baseUrl, typing, field, throttle, count) {
  const { page, close } = await openPage(browser, throttle);
  try {
    await page.addInitScript(watchLongTasks);
    await page.goto(baseUrl + typing.path, { waitUntil: 'load' });
    // The preload goes one chunk at a time, with pauses: the page has settled once it is done.
    await page.evaluate(settledAfterLoad, SETTLED);
    await page.evaluate(idleAfterLoad);
    await page.evaluate(installKeystrokeProbe, typing.preview);
    await page.getByLabel(field.label).first().click();
    for (let index = 0; index < count; index += 1) {
      await page.keyboard.press(index % 10 === 9 ? 'Backspace' : 'a');
      await page.waitForFunction((n) => window.__keystrokeProbe.paint.length >= n, index + 1);
    }
    return await page.evaluate(() => {
      const { text, paint, slow } = window.__keystrokeProbe;
      return { text, paint, slow };
    });
  } finally {
    await close();
  }
}

async function timeReveal(page, reveal) {
  await page.evaluate(armRevealProbe, reveal.shown);
  await reveal.open(page);
  return page.evaluate(() => window.__reveal);
}

/**
 * The Platform tab clicked as soon as the page answers clicks (React has taken it over), while
 * the on-demand code is still preloading, then used again once the page has settled. Also says
 * whether the page had indeed not settled yet when the click came.
 */
export async function measureClickDuringPreload(browser, baseUrl, throttle) {
  const reveal = REVEALS[0];
  const { page, close } = await openPage(browser, throttle);
  try {
    await page.addInitScript(watchLongTasks);
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.waitForFunction(isHydrated, '#tab-platform', { polling: 'raf' });
    const clickedAt = await page.evaluate(() => performance.now());
    const first = await timeReveal(page, reveal);
    await reveal.close(page);
    await page.waitForSelector(reveal.shown, { state: 'detached' });
    const { settledAt } = await page.evaluate(settledAfterLoad, SETTLED);
    const later = await timeReveal(page, reveal);
    return { first, later, duringPreload: clickedAt < settledAt };
  } finally {
    await close();
  }
}

/** First use of a part in a loaded page, then a later use of it in the same page. */
export async function measureReveal(browser, baseUrl, reveal, throttle) {
  const { page, close } = await openPage(browser, throttle);
  try {
    await page.addInitScript(watchLongTasks);
    await page.goto(baseUrl, { waitUntil: 'load' });
    await page.evaluate(settledAfterLoad, SETTLED);
    await page.evaluate(idleAfterLoad);
    const first = await timeReveal(page, reveal);
    await reveal.close(page);
    await page.waitForSelector(reveal.shown, { state: 'detached' });
    await page.evaluate(idleAfterLoad);
    const later = await timeReveal(page, reveal);
    return { first, later };
  } finally {
    await close();
  }
}
