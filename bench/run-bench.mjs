// npm run bench: builds the app, serves dist/ on 127.0.0.1 and measures it in Chromium.
// Options: --runs N (default 5), --keystrokes N (default 200), --quick (1 run, 20 keys),
// --no-build, --baseline FILE (compare), --out FILE (default bench/results/latest.json).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path.mjs';
import { firstScreenAssets } from './first-screen-assets.mjs';
import { installKeystrokeProbe, paintTimings, requestedBeforeLoad } from './page-probes.mjs';
import { formatReport, summarize } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const quick = flag('quick');
const runs = Number(option('runs', quick ? 1 : 5));
const keystrokes = Number(option('keystrokes', quick ? 20 : 200));
const outFile = option('out', join(root, 'bench/results/latest.json'));

// First-screen figures come from a fresh visit; keystrokes are typed into an ml_m5 draft,
// whose mcpu combobox is the option field measured.
const LINK_M5 = '#config=' + Buffer.from('{"TargetDevice":"ml_m5"}').toString('base64url');
const FIELDS = [
  { name: 'S3OutputLocation', label: /S3OutputLocation/ },
  { name: 'mcpu', label: /mcpu/ },
];

if (!flag('no-build')) execSync('npx vite build', { cwd: root, stdio: 'inherit' });
const server = await preview({ root, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const baseUrl = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: findChromium().path,
  args: CHROMIUM_ARGS,
});

const samples = { fcp: [], lcp: [], heapMb: [], assets: undefined, keystrokes: {} };
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    const loaded = await page.evaluate(requestedBeforeLoad);
    const paints = await page.evaluate(paintTimings);
    samples.fcp.push(paints.fcp);
    samples.lcp.push(paints.lcp);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    samples.heapMb.push(heap.usedSize / 1024 / 1024);
    samples.assets ??= firstScreenAssets(join(root, 'dist'), loaded);

    for (const throttle of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      for (const field of FIELDS) {
        const key = `${field.name} ${throttle}x`;
        await page.goto(baseUrl + LINK_M5);
        await page.reload();
        await page.getByTestId('json-preview').waitFor();
        await page.evaluate(installKeystrokeProbe);
        await page.getByLabel(field.label).first().click();
        for (let index = 0; index < keystrokes; index += 1) {
          await page.keyboard.press(index % 10 === 9 ? 'Backspace' : 'a');
          await page.waitForFunction(
            (count) => window.__keystrokeProbe.samples.length >= count,
            index + 1,
          );
        }
        const recorded = await page.evaluate(() => window.__keystrokeProbe.samples);
        (samples.keystrokes[key] ??= []).push(...recorded);
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const report = summarize(samples, { runs, keystrokes, date: new Date().toISOString() });
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');
const baselineFile = option('baseline');
const baseline = baselineFile ? JSON.parse(readFileSync(baselineFile, 'utf8')) : undefined;
console.log(formatReport(report, baseline));
console.log(`\nReport written to ${outFile}`);
