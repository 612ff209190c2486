// Sizes of the JavaScript and CSS a first visit loads: what index.html references, plus what
// the page fetched before it settled (lazy chunks loaded at start-up count too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} distDir @param {string[]} loadedPaths paths relative to dist/ */
export function firstScreenAssets(distDir, loadedPaths) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  // before-paint.js asks for the entry its data-entry names, once the first paint is shown.
  const referenced = [
    ...html.matchAll(/(?:src|href|data-entry)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g),
  ].map((m) => m[1]);
  const all = [...new Set([...referenced, ...loadedPaths])].filter((path) =>
    /\.(js|css)$/.test(path),
  );
  const totals = { js: { raw: 0, gzip: 0, files: [] }, css: { raw: 0, gzip: 0, files: [] } };
  for (const path of all) {
    const bytes = readFileSync(join(distDir, path));
    const kind = path.endsWith('.css') ? 'css' : 'js';
    totals[kind].raw += bytes.length;
    totals[kind].gzip += gzipSync(bytes, { level: 9 }).length;
    totals[kind].files.push(path);
  }
  return totals;
}
