// Lighthouse mobile (issue 17, goal 4): the app's fresh visit and a link page beside the
// reference form and Mozilla's SSL Configuration Generator, interleaved, each run in a fresh
// Chromium, with Lighthouse's default mobile settings (simulated throttling: 150 ms round trip,
// 1.6 Mbps, 4x CPU). Part of the full `npm run bench`; alone: `npm run bench:lighthouse`, with
// --runs N (3), --no-build, --dist DIR, --reference DIR, --mozilla SOURCE (a checkout or a git
// clone of github.com/mozilla/ssl-config-generator; GitHub by default), --reports DIR (each
// run's JSON report) and --out FILE (default bench/results/lighthouse.json).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path.mjs';
import { buildMozilla } from './mozilla-build.mjs';
import { buildReference } from './reference-build.mjs';
import { LINK_PAGE } from './scenarios.mjs';
import { serveDirectory } from './static-server.mjs';

export const LIGHTHOUSE_GOALS = { performance: 0.95, cls: 0, accessibility: 1 };
const PAGES = {
  app: 'fresh visit',
  link: 'link page',
  reference: 'reference form',
  mozilla: "Mozilla's generator",
};
/**
 * A run is held when its page stayed blank for more than this after `load`: headless Chromium
 * then stops offering frames to a page it counts as unresponsive and paints it up to a second or
 * two later, whatever the page does (GoogleChrome/lighthouse#17148; README, issue 17's passes).
 * Such runs are counted and shown apart, never dropped.
 */
const HELD_AFTER_LOAD_MS = 500;

/** How long the page stayed blank after its `load` event in one run, from its observed times. */
function blankAfterLoadMs(lhr) {
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
  const wait = observed.observedFirstContentfulPaint - observed.observedLoad;
  return Number.isFinite(wait) ? Math.max(0, wait) : Number.NaN;
}

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};
/**
 * Mozilla's page loads Google's tag manager, which a closed network cannot reach and an open one
 * reaches at a varying cost; blocked for every page, so that runs compare on any machine.
 */
const BLOCKED = ['*googletagmanager.com*', '*google-analytics.com*'];

/**
 * Lighthouse and its ~190 packages double the project's `npm ci`, which CI runs and which never
 * uses them; so they are installed from bench/lighthouse-tool's lock into a temp dir, once per
 * lock, on the first run that needs them.
 */
async function loadLighthouse(log) {
  const toolSource = join(dirname(fileURLToPath(import.meta.url)), 'lighthouse-tool');
  const files = ['package.json', 'package-lock.json'];
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(join(toolSource, file)));
  const toolDir = join(tmpdir(), 'neo-bench-lighthouse', hash.digest('hex').slice(0, 16));
  const doneMarker = join(toolDir, '.installed');
  if (!existsSync(doneMarker)) {
    log(`Lighthouse: installing bench/lighthouse-tool in ${toolDir}`);
    rmSync(toolDir, { recursive: true, force: true });
    mkdirSync(toolDir, { recursive: true });
    for (const file of files) copyFileSync(join(toolSource, file), join(toolDir, file));
    execSync('npm ci --no-audit --no-fund --loglevel=error', {
      cwd: toolDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    writeFileSync(doneMarker, new Date().toISOString());
  }
  const require = createRequire(join(toolDir, 'package.json'));
  const load = (name) => import(pathToFileURL(require.resolve(name)).href);
  const [lighthouse, chromeLauncher] = await Promise.all([
    load('lighthouse'),
    load('chrome-launcher'),
  ]);
  return { lighthouse: lighthouse.default, chromeLauncher };
}

const rotate = (list, by) => list.map((_, index) => list[(index + by) % list.length]);

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.ceil(sorted.length / 2) - 1],
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** One Lighthouse run in its own Chromium, as Lighthouse's CLI does. */
async function runOnce(url, { lighthouse, chromeLauncher }) {
  const chromePath = findChromium().path ?? chromium.executablePath();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', ...CHROMIUM_ARGS],
    logLevel: 'error',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      blockedUrlPatterns: BLOCKED,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * Runs Lighthouse `runs` times on each page ({name: url}), interleaved; resolves with the
 * medians and what could not be measured. Each run's report is written to `reportsDir`.
 */
export async function measureLighthouse(pages, { runs = 3, reportsDir, log = console.log } = {}) {
  const tool = await loadLighthouse(log);
  const samples = {};
  const heldRuns = {};
  const unmeasured = [];
  const meta = { benchmarkIndex: [] };
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });
  for (let run = 0; run < runs; run += 1) {
    for (const name of rotate(Object.keys(pages), run)) {
      log(`  Lighthouse ${run + 1} of ${runs}: ${PAGES[name] ?? name}`);
      let lhr;
      try {
        lhr = await runOnce(pages[name], tool);
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        unmeasured.push(`Lighthouse of ${PAGES[name] ?? name}, run ${run + 1} (${reason})`);
        continue;
      }
      if (reportsDir)
        writeFileSync(join(reportsDir, `${name}-${run + 1}.json`), JSON.stringify(lhr, null, 1));
      meta.lighthouseVersion = lhr.lighthouseVersion;
      meta.userAgent = lhr.environment.hostUserAgent;
      meta.benchmarkIndex.push(lhr.environment.benchmarkIndex);
      const sample = {
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        ...Object.fromEntries(
          Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit].numericValue]),
        ),
      };
      for (const [key, value] of Object.entries(sample))
        ((samples[name] ??= {})[key] ??= []).push(value);
      const blank = blankAfterLoadMs(lhr);
      const held = (heldRuns[name] ??= { held: 0, notHeld: [] });
      if (blank > HELD_AFTER_LOAD_MS) held.held += 1;
      else held.notHeld.push(sample.performance);
    }
  }
  return {
    runs,
    lighthouseVersion: meta.lighthouseVersion,
    userAgent: meta.userAgent,
    benchmarkIndex: meta.benchmarkIndex.length ? spread(meta.benchmarkIndex) : undefined,
    unmeasured,
    pages: Object.fromEntries(
      Object.entries(samples).map(([name, values]) => [
        name,
        {
          runs: values.performance.length,
          ...Object.fromEntries(Object.entries(values).map(([key, list]) => [key, spread(list)])),
          heldRuns: heldRuns[name].held,
          performanceNotHeld: heldRuns[name].notHeld.length
            ? spread(heldRuns[name].notHeld)
            : undefined,
        },
      ]),
    ),
  };
}

/**
 * Serves the app, the reference form and Mozilla's generator (built first) and runs the
 * Lighthouse set. Each is served compressed, as any real host serves it: Lighthouse's simulated
 * 1.6 Mbps turns every uncompressed KiB into load time no user sees. A generator that cannot be
 * built (no network to GitHub or npm) is reported as not measured and the others are measured.
 */
export async function lighthouseSet({
  appDir,
  referenceDir,
  mozillaSource,
  runs,
  reportsDir,
  log = console.log,
}) {
  const unmeasured = [];
  const servers = [];
  const serve = async (dir) => {
    const server = await serveDirectory(dir, { gzip: true });
    servers.push(server);
    return server.url;
  };
  try {
    const appUrl = await serve(appDir);
    const pages = {
      app: appUrl,
      link: appUrl + LINK_PAGE.path,
      reference: await serve(referenceDir),
    };
    try {
      pages.mozilla = await serve(buildMozilla(mozillaSource, log));
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      unmeasured.push(`Mozilla's generator, not built (${reason})`);
      log(`  not measured: Mozilla's generator: ${reason}`);
    }
    const measured = await measureLighthouse(pages, { runs, reportsDir, log });
    return { ...measured, unmeasured: [...unmeasured, ...measured.unmeasured] };
  } finally {
    for (const server of servers) await server.close();
  }
}

const fmt = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mark = (ok) => (ok ? '✓' : '✗');

/** The Lighthouse table, in the bench report's markdown. */
export function formatLighthouse(summary) {
  const mozilla = summary.pages.mozilla?.performance.median;
  const rows = Object.entries(PAGES)
    .filter(([name]) => summary.pages[name])
    .map(([name, label]) => {
      const page = summary.pages[name];
      const score = page.performance;
      const isApp = name === 'app' || name === 'link';
      const goal = isApp
        ? [
            `≥ ${LIGHTHOUSE_GOALS.performance} ${mark(score.median >= LIGHTHOUSE_GOALS.performance)}`,
            Number.isFinite(mozilla) ? `≥ Mozilla ${mark(score.median >= mozilla)}` : '',
            `CLS 0 ${mark(page.cls.max === LIGHTHOUSE_GOALS.cls)}`,
            `a11y 1 ${mark(page.accessibility.min === LIGHTHOUSE_GOALS.accessibility)}`,
          ]
            .filter(Boolean)
            .join(', ')
        : '';
      return [
        `${label} (${page.runs} runs)`,
        `${fmt(score.median, 2)} (${fmt(score.min, 2)}–${fmt(score.max, 2)})`,
        fmt(page.fcpMs.median, 0),
        fmt(page.lcpMs.median, 0),
        fmt(page.tbtMs.median, 0),
        fmt(page.cls.max, 4),
        fmt(page.speedIndexMs.median, 0),
        fmt(page.accessibility.median, 2),
        `${page.heldRuns} of ${page.runs}`,
        page.performanceNotHeld
          ? `${fmt(page.performanceNotHeld.median, 2)} (${fmt(page.performanceNotHeld.min, 2)}–${fmt(page.performanceNotHeld.max, 2)})`
          : 'n/a (all held)',
        goal,
      ];
    });
  const header = [
    `Lighthouse ${summary.lighthouseVersion ?? ''} mobile, median (performance min–max)`,
    'performance',
    'FCP ms',
    'LCP ms',
    'TBT ms',
    'CLS (largest)',
    'Speed Index ms',
    'accessibility',
    `runs held blank > ${HELD_AFTER_LOAD_MS} ms after load`,
    'performance, runs not held',
    'goal',
  ];
  const index = summary.benchmarkIndex;
  return [
    ...summary.unmeasured.map((line) => `- not measured: ${line}`),
    ...(summary.unmeasured.length ? [''] : []),
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `A held run: headless Chromium stopped offering the page frames during its load and painted it late (GoogleChrome/lighthouse#17148). The goal column judges every run.`,
    ...(index
      ? [
          '',
          `Lighthouse's benchmark index of this machine: ${fmt(index.median, 0)} (${fmt(index.min, 0)}–${fmt(index.max, 0)})`,
        ]
      : []),
  ].join('\n');
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const appDist = resolve(option('dist', join(root, 'dist')));
  if (!args.includes('--no-build') && !option('dist'))
    execSync('npx vite build', { cwd: root, stdio: 'inherit' });
  const referenceDist = buildReference(
    resolve(option('reference', join(root, '../shared/perf-reference/floor-app'))),
  );
  const summary = await lighthouseSet({
    appDir: appDist,
    referenceDir: referenceDist,
    mozillaSource: option('mozilla'),
    runs: Number(option('runs', 3)),
    reportsDir: option('reports') && resolve(option('reports')),
  });
  const outFile = resolve(option('out', join(root, 'bench/results/lighthouse.json')));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    JSON.stringify({ date: new Date().toISOString(), ...summary }, null, 2) + '\n',
  );
  console.log(`\n${formatLighthouse(summary)}\n\nReport written to ${outFile}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
