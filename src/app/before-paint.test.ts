// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeShareHash } from '../domain/link/decode-link';
import { CONFIG_PARAM } from '../domain/link/encode-link';
import { callWindowEventHandlers } from '../testing/window-event-handlers';

// public/before-paint.js runs before any module (the CSP allows no inline script), so it cannot
// import the link format: this pins its test of the hash to the one the app decodes with.
const script = readFileSync(join(process.cwd(), 'public/before-paint.js'), 'utf8');

function hidesPageFor(hash: string): boolean {
  window.location.hash = hash;
  document.documentElement.className = '';
  window.matchMedia = () => ({ matches: false }) as MediaQueryList;
  new Function(script)();
  return document.documentElement.classList.contains('opening-link');
}

const HASHES = [
  '',
  '#',
  `#${CONFIG_PARAM}=eyJUYXJnZXREZXZpY2UiOiJtbF9jNSJ9`,
  `#tab=platform&${CONFIG_PARAM}=e30`,
  `#${CONFIG_PARAM}=`,
  `#x${CONFIG_PARAM}=e30`,
  '#tab=platform',
  '#request=e30',
  `#${CONFIG_PARAM.toUpperCase()}=e30`,
];

describe('before-paint.js', () => {
  it('names the link parameter the app reads', () => {
    expect(script).toContain(`[#&]${CONFIG_PARAM}=`);
  });

  it('keeps what is clicked on a fresh visit until the app takes the page over, and on a link nothing', () => {
    const stopCalling = callWindowEventHandlers();
    window.onclick = null;
    window.clickedBeforeTakeOver = undefined;
    hidesPageFor('');
    const tab = document.createElement('button');
    document.body.append(tab);
    tab.click();
    document.body.click();
    expect(window.clickedBeforeTakeOver).toEqual([tab, document.body]);
    tab.remove();
    stopCalling();

    window.onclick = null;
    window.clickedBeforeTakeOver = undefined;
    hidesPageFor(`#${CONFIG_PARAM}=e30`);
    expect(window.onclick).toBeNull();
    expect(window.clickedBeforeTakeOver).toBeUndefined();
  });

  it.each(HASHES)(
    'hides the prerendered page for %j exactly when the app opens a configuration',
    (hash) => {
      expect(hidesPageFor(hash)).toBe(decodeShareHash(hash).status !== 'absent');
    },
  );
});

/** Runs before-paint.js as the build's script tag, which names the entry, and a browser would. */
function runAsBuilt(
  entry: string | null,
  paintTypes: string[],
): { reportPaint: () => void; entryScripts: () => HTMLScriptElement[] } {
  window.location.hash = '';
  window.matchMedia = () => ({ matches: false }) as MediaQueryList;
  const tag = document.createElement('script');
  if (entry !== null) tag.dataset.entry = entry;
  Object.defineProperty(document, 'currentScript', { value: tag, configurable: true });
  const observers: (() => void)[] = [];
  class PaintObserver {
    static supportedEntryTypes = paintTypes;
    constructor(private readonly callback: () => void) {}
    observe({ type }: { type: string }) {
      if (type === 'paint') observers.push(this.callback);
    }
  }
  vi.stubGlobal('PerformanceObserver', PaintObserver);
  try {
    new Function(script)();
  } finally {
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
  }
  return {
    reportPaint: () => observers.forEach((callback) => callback()),
    entryScripts: () => [
      ...document.head.querySelectorAll<HTMLScriptElement>('script[type=module]'),
    ],
  };
}

describe("before-paint.js and the app's entry", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.head.querySelectorAll('script').forEach((element) => element.remove());
  });

  it('asks for the entry its data-entry names once the first paint is reported, and once', () => {
    const page = runAsBuilt('./assets/index-abc.js', ['paint']);
    expect(page.entryScripts()).toEqual([]);
    page.reportPaint();
    page.reportPaint();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    const [entry, ...more] = page.entryScripts();
    expect(more).toEqual([]);
    expect(entry!.getAttribute('src')).toBe('./assets/index-abc.js');
    expect(entry!.crossOrigin).toBe('');
    expect((entry as HTMLScriptElement & { fetchPriority?: string }).fetchPriority).toBe('low');
  });

  it('asks for it once the document is parsed, if no paint was reported by then, and once', () => {
    const page = runAsBuilt('./assets/index-abc.js', ['paint']);
    expect(page.entryScripts()).toEqual([]);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    page.reportPaint();
    expect(page.entryScripts()).toHaveLength(1);
  });

  it('asks for it once the document is parsed in a browser that does not report paints', () => {
    const page = runAsBuilt('./assets/index-abc.js', []);
    vi.advanceTimersByTime(5000);
    expect(page.entryScripts()).toEqual([]);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(page.entryScripts()).toHaveLength(1);
  });

  it('asks for nothing where the page names no entry (the dev server loads its own)', () => {
    const page = runAsBuilt(null, ['paint']);
    page.reportPaint();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(page.entryScripts()).toEqual([]);
  });
});
