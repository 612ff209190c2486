// npm run bench: measures the app beside the reference form (../shared/perf-reference) and a
// static page, interleaved in one run, so each figure is a ratio that holds on any machine
// (SPEC §6.2). Options: --runs N (default 5), --keystrokes N (default 200), --quick (1 run,
// 20 keys), --no-build, --dist DIR (measure another build of the app; implies --no-build),
// --reference DIR, --baseline FILE (compare), --out FILE (default bench/results/latest.json).
// Full runs end with Lighthouse (bench/lighthouse.mjs): --mozilla SOURCE, --lighthouse-reports DIR.
// Mozilla's generator (SOURCE, GitHub by default) is also measured beside the app's main thread
// in full runs, and in quick ones when --mozilla is given.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path.mjs';
import { launchBare } from './bare-protocol.mjs';
import { firstScreenAssets } from './first-screen-assets.mjs';
import { formatLighthouse, lighthouseSet } from './lighthouse.mjs';
import { buildMozilla } from './mozilla-build.mjs';
import { buildReference } from './reference-build.mjs';
import {
  FAST_4G,
  LINK_PAGE,
  REVEALS,
  TYPING,
  measureClickDuringPreload,
  measureFirstPaint,
  measureMainThreadBare,
  measureReveal,
  measureTyping,
} from './scenarios.mjs';
import { measureModelCheck, modelArchive } from './model-check.mjs';
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
/** A SavedModel archive of this size, mostly incompressible weights, for SPEC 9.1. */
const MODEL_ARCHIVE_MIB = 256;

const appDist = resolve(option('dist', join(root, 'dist')));
if (!flag('no-build') && !option('dist'))
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
const referenceDist = buildReference(referenceSource);

const dirs = { static: staticPageDir, reference: referenceDist, app: appDist };
const servers = {};
for (const [name, dir] of Object.entries(dirs)) servers[name] = await serveDirectory(dir);
const browser = await chromium.launch({ executablePath: findChromium().path, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const bare = await launchBare(findChromium().path ?? chromium.executablePath(), CHROMIUM_ARGS);

/** Each run starts with a different page, so none always goes first on a cold machine. */
const rotate = (list, by) => list.map((_, index) => list[(index + by) % list.length]);

const samples = {
  fcp: {},
  shown: {},
  inTheApp: {},
  mainThread: {},
  mainThreadBare: {},
  typing: {},
  reveals: {},
  duringPreload: {},
  modelCheck: [],
  assets: {},
};
/**
 * A measurement that fails (a page that did not answer in time on a busy machine) is reported as
 * not measured and the run goes on: the bench reports what it measured and never fails because
 * the machine is slow. Only a broken setup (no build, no browser) stops it.
 */
const unmeasured = [];
let lighthouse;
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

/**
 * First paint of each page in one profile (a CPU throttle, maybe a network): the static page,
 * the reference form and the app's fresh visit, with what their main threads do after load, and
 * the app opened from a share link, with when it shows the link's configuration and when the
 * app's page.
 */
async function measurePages(profile, run, { throttle, network }) {
  for (const name of rotate(['static', 'reference', 'app', 'link'], run)) {
    const isLink = name === 'link';
    const server = servers[isLink ? 'app' : name];
    const withAssets =
      !network && (name === 'app' || name === 'reference') && !samples.assets[name];
    const painted = await measure(`first paint of ${name} at ${profile}`, () =>
      measureFirstPaint(browser, server.url + (isLink ? LINK_PAGE.path : ''), {
        throttle,
        network,
        withAssets,
        settle: name === 'app' || name === 'reference',
        shown: isLink ? LINK_PAGE.shown : undefined,
        inTheApp: isLink ? LINK_PAGE.inTheApp : undefined,
      }),
    );
    if (!painted) continue;
    const { fcp, loaded, shownMs, inTheAppMs, main } = painted;
    push(samples.fcp, [profile, name], [fcp]);
    if (shownMs !== undefined) push(samples.shown, [profile], [shownMs]);
    if (inTheAppMs !== undefined) push(samples.inTheApp, [profile], [inTheAppMs]);
    if (main) push(samples.mainThread, [profile, name], [main]);
    if (withAssets) samples.assets[name] = firstScreenAssets(dirs[name], loaded);
  }
}

/** Goal 3 compares the app's Total Blocking Time with that of Mozilla's generator. */
if (!quick || option('mozilla')) {
  const mozillaDist = await measure("Mozilla's generator", async () =>
    buildMozilla(option('mozilla')),
  );
  if (mozillaDist) servers.mozilla = await serveDirectory(mozillaDist);
}

/**
 * The main thread of each fresh visit at 4x, and of the app's link page, in the browser driven
 * without the Runtime domain (as a user's browser runs it) and with it (as Playwright and
 * Lighthouse do), side by side.
 */
async function measureMainThreadBeside(run) {
  const urls = {
    reference: servers.reference.url,
    app: servers.app.url,
    appLink: servers.app.url + LINK_PAGE.path,
    ...(servers.mozilla ? { mozilla: servers.mozilla.url } : {}),
  };
  for (const name of rotate(Object.keys(urls), run)) {
    for (const runtimeDomain of [false, true]) {
      const how = runtimeDomain ? 'withRuntime' : 'withoutRuntime';
      const measured = await measure(`the main thread of ${name} at 4x, ${how}`, () =>
        measureMainThreadBare(bare, urls[name], 4, runtimeDomain),
      );
      if (measured) push(samples.mainThreadBare, [name, how], [measured]);
    }
  }
}

try {
  for (let run = 0; run < runs; run += 1) {
    console.log(`Run ${run + 1} of ${runs}`);
    for (const throttle of THROTTLES) {
      await measurePages(`${throttle}x`, run, { throttle });
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
      const clicked = await measure(`a click during the preload at ${throttle}x`, () =>
        measureClickDuringPreload(browser, servers.app.url, throttle),
      );
      if (clicked) {
        push(samples.duringPreload, [`${throttle}x`, 'first'], [clicked.first]);
        push(samples.duringPreload, [`${throttle}x`, 'later'], [clicked.later]);
        push(samples.duringPreload, [`${throttle}x`, 'duringPreload'], [clicked.duringPreload]);
      }
    }
    await measureMainThreadBeside(run);
    await measurePages('fast-4G 4x', run, { throttle: 4, network: FAST_4G });
    // SPEC 9.1, full runs only: the archive is a few hundred MB and takes seconds to read.
    if (!quick) {
      const archive = await modelArchive(root, MODEL_ARCHIVE_MIB);
      const checked = await measure(`the model check of a ${MODEL_ARCHIVE_MIB} MiB archive`, () =>
        measureModelCheck(browser, servers.app.url, archive),
      );
      if (checked) samples.modelCheck.push(checked);
    }
  }
  if (!quick) {
    const reports = option('lighthouse-reports');
    lighthouse = await measure('Lighthouse', () =>
      lighthouseSet({
        appDir: appDist,
        referenceDir: referenceDist,
        mozillaSource: option('mozilla'),
        reportsDir: reports && resolve(reports),
      }),
    );
  }
} finally {
  await browser.close();
  await bare.close();
  for (const server of Object.values(servers)) await server.close();
}

const report = summarize(samples, {
  runs,
  keystrokes,
  date: new Date().toISOString(),
  unmeasured,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Chromium ${chromiumVersion}`,
});
if (lighthouse) report.lighthouse = lighthouse;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');
const baselineFile = option('baseline');
const baseline = baselineFile ? JSON.parse(readFileSync(baselineFile, 'utf8')) : undefined;
console.log(`\n${report.meta.machine}; ${runs} run(s), ${keystrokes} keystrokes per field\n`);
console.log(formatReport(report, baseline));
if (lighthouse) console.log(`\n${formatLighthouse(lighthouse)}`);
console.log(`\nReport written to ${outFile}`);
