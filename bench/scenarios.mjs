// What the benchmark does in each page: a fresh visit for first paint, typing into a field, and
// revealing a part of the screen for the first and then a second time.
import {
  armRevealProbe,
  firstContentfulPaint,
  idleAfterLoad,
  installKeystrokeProbe,
  requestedBeforeLoad,
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

const VIEWPORT = { width: 1440, height: 900 };

/** A page in a fresh context (empty cache), its CPU slowed `throttle` times. */
export async function openPage(browser, throttle) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, close: () => context.close() };
}

/** First contentful paint of a fresh visit; with `assets`, also what loaded before `load`. */
export async function measureFirstPaint(browser, url, throttle, withAssets) {
  const { page, close } = await openPage(browser, throttle);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const fcp = await page.evaluate(firstContentfulPaint);
    const loaded = withAssets ? await page.evaluate(requestedBeforeLoad) : undefined;
    return { fcp, loaded };
  } finally {
    await close();
  }
}

/** Types `count` keys (every tenth a Backspace) into a field and records each one's timings. */
export async function measureTyping(browser, baseUrl, typing, field, throttle, count) {
  const { page, close } = await openPage(browser, throttle);
  try {
    await page.goto(baseUrl + typing.path, { waitUntil: 'networkidle' });
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

/** First use of a part in a loaded page, then a later use of it in the same page. */
export async function measureReveal(browser, baseUrl, reveal, throttle) {
  const { page, close } = await openPage(browser, throttle);
  try {
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
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
