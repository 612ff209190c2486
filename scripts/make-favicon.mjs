// Writes public/favicon.png, the page's icon, drawn by Chromium from the SVG below:
//   node scripts/make-favicon.mjs
// A PNG, not the SVG itself: the renderer decodes a page's icon on its main thread, and an SVG
// icon builds a whole document for it (about 70 ms at 4x CPU, traced, in a task after the first
// paint), where a PNG decodes in well under a millisecond. 64 px covers a 32 px tab icon at 2x.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path.mjs';

const SIZE = 64;
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${SIZE}" height="${SIZE}"><rect width="32" height="32" rx="7" fill="#0f766e"/><path d="M9 23V9l14 14V9" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

const browser = await chromium.launch({ executablePath: findChromium().path, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<body style="margin:0">${ICON}</body>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(new URL('../public/favicon.png', import.meta.url), png);
} finally {
  await browser.close();
}
