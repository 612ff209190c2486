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
