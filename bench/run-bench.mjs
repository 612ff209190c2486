// npm run bench: measures the app beside the reference form (../shared/perf-reference) and a
// static page, interleaved in one run, so each figure is a ratio that holds on any machine
// (SPEC §6.2). Options: --runs N (default 5), --keystrokes N (default 200), --quick (1 run,
// 20 keys), --no-build, --dist DIR (measure another build of the app; implies --no-build),
// --reference DIR, --baseline FILE (compare), --out FILE (default bench/results/latest.json).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path.mjs';
import { firstScreenAssets } from './first-screen-assets.mjs';
import { buildReference } from './reference-build.mjs';
import { REVEALS, TYPING, measureFirstPaint, measureReveal, measureTyping } from './scenarios.mjs';
import { serveDirectory } from './static-server.mjs';
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
const outFile = resolve(option('out', join(root, 'bench/results/latest.json')));
const referenceSource = resolve(
  option('reference', join(root, '../shared/perf-reference/floor-app')),
);
const staticPageDir = join(referenceSource, '../static-page');
const THROTTLES = [1, 4];

const appDist = resolve(option('dist', join(root, 'dist')));
if (!flag('no-build') && !option('dist'))
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
const referenceDist = buildReference(referenceSource);

const dirs = { static: staticPageDir, reference: referenceDist, app: appDist };
const servers = {};
for (const [name, dir] of Object.entries(dirs)) servers[name] = await serveDirectory(dir);
const browser = await chromium.launch({ executablePath: findChromium().path, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

/** Each run starts with a different page, so none always goes first on a cold machine. */
const rotate = (list, by) => list.map((_, index) => list[(index + by) % list.length]);

const samples = { fcp: {}, typing: {}, reveals: {}, assets: {} };
/**
 * A measurement that fails (a page that did not answer in time on a busy machine) is reported as
 * not measured and the run goes on: the bench reports what it measured and never fails because
 * the machine is slow. Only a broken setup (no build, no browser) stops it.
 */
const unmeasured = [];
async function measure(label, run) {
  try {
    return await run();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    unmeasured.push(`${label} (${reason})`);
    console.log(`  not measured: ${label}: ${reason}`);
    return undefined;
  }
}
const push = (object, keys, values) => {
  let target = object;
  for (const key of keys.slice(0, -1)) target = target[key] ??= {};
  const last = keys[keys.length - 1];
  (target[last] ??= []).push(...values);
};

try {
  for (let run = 0; run < runs; run += 1) {
    console.log(`Run ${run + 1} of ${runs}`);
    for (const throttle of THROTTLES) {
      for (const name of rotate(['static', 'reference', 'app'], run)) {
        const withAssets = name !== 'static' && !samples.assets[name];
        const painted = await measure(`first paint of ${name} at ${throttle}x`, () =>
          measureFirstPaint(browser, servers[name].url, throttle, withAssets),
        );
        if (!painted) continue;
        const { fcp, loaded } = painted;
        push(samples.fcp, [`${throttle}x`, name], [fcp]);
        if (withAssets) samples.assets[name] = firstScreenAssets(dirs[name], loaded);
      }
      for (const name of rotate(['reference', 'app'], run)) {
        for (const field of TYPING[name].fields) {
          const typed = await measure(`typing into ${field.name} of ${name} at ${throttle}x`, () =>
            measureTyping(browser, servers[name].url, TYPING[name], field, throttle, keystrokes),
          );
          if (!typed) continue;
          const entry = ((samples.typing[`${field.name} ${throttle}x`] ??= {})[name] ??= {
            text: [],
            paint: [],
            slow: 0,
          });
          entry.text.push(...typed.text);
          entry.paint.push(...typed.paint);
          entry.slow += typed.slow;
        }
      }
      for (const reveal of REVEALS) {
        const revealed = await measure(`${reveal.name} at ${throttle}x`, () =>
          measureReveal(browser, servers.app.url, reveal, throttle),
        );
        if (!revealed) continue;
        const { first, later } = revealed;
        push(samples.reveals, [`${reveal.name} ${throttle}x`, 'first'], [first]);
        push(samples.reveals, [`${reveal.name} ${throttle}x`, 'later'], [later]);
      }
    }
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) await server.close();
}

const report = summarize(samples, {
  runs,
  keystrokes,
  date: new Date().toISOString(),
  unmeasured,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Chromium ${chromiumVersion}`,
});
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');
const baselineFile = option('baseline');
const baseline = baselineFile ? JSON.parse(readFileSync(baselineFile, 'utf8')) : undefined;
console.log(`\n${report.meta.machine}; ${runs} run(s), ${keystrokes} keystrokes per field\n`);
console.log(formatReport(report, baseline));
console.log(`\nReport written to ${outFile}`);
