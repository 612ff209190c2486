// Turns raw benchmark samples into a report, and a report into tables of ratios (SPEC §6.2).

/** The goals of SPEC §6.2, as ratios, and the first-screen budget. */
export const GOALS = {
  fcpOverStatic: 2,
  keystrokeOverReference: 1.25,
  firstOverLaterUse: 2,
  firstScreenJsGzipKiB: 110,
};

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), min: sorted[0], max: sorted[sorted.length - 1] };
}

function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

const mapValues = (object, fn) =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));

const kib = (bytes) => bytes / 1024;

/**
 * samples: { fcp: {throttle: {page: number[]}}, typing: {key: {page: {text, paint, slow}}},
 * reveals: {key: {first: [{ms, sawFallback}], later: [...]}}, assets: {page: totals} }
 */
export function summarize(samples, meta) {
  return {
    version: 2,
    meta,
    firstScreen: mapValues(samples.assets, ({ js, css }) => ({
      jsGzipKiB: kib(js.gzip),
      jsRawKiB: kib(js.raw),
      cssGzipKiB: kib(css.gzip),
      files: [...js.files, ...css.files],
    })),
    fcpMs: mapValues(samples.fcp, (pages) => mapValues(pages, spread)),
    keystrokes: mapValues(samples.typing, (pages) =>
      mapValues(pages, ({ text, paint, slow }) => ({
        count: text.length,
        text: quantiles(text),
        paint: quantiles(paint),
        slow,
      })),
    ),
    reveals: mapValues(samples.reveals, ({ first, later }) => ({
      first: spread(first.map((sample) => sample.ms)),
      later: spread(later.map((sample) => sample.ms)),
      fallbacksOnFirstUse: first.filter((sample) => sample.sawFallback).length,
      runs: first.length,
    })),
  };
}

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const verdict = (value, goal, unit = '') =>
  `≤ ${goal}${unit}` + (Number.isFinite(value) ? ` ${value <= goal ? '✓' : '✗'}` : '');

/** A markdown table; without a baseline its last column ("before") is left out. */
function table(header, rows, withBefore) {
  if (!withBefore) {
    header = header.slice(0, -1);
    rows = rows.map((row) => row.slice(0, -1));
  }
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The side-by-side tables: app, reference, ratio, goal (and the app before, if given). */
export function formatReport(report, baseline) {
  const before = baseline?.version === 2 ? baseline : undefined;
  const sideBySide = [];
  for (const [throttle, pages] of Object.entries(report.fcpMs)) {
    const app = pages.app?.median;
    const overStatic = ratio(app, pages.static?.median);
    sideBySide.push([
      `FCP ${throttle} (median ms; static ${fmt(pages.static?.median, 0)})`,
      fmt(app, 0),
      fmt(pages.reference?.median, 0),
      fmt(ratio(app, pages.reference?.median), 2),
      fmt(overStatic, 2),
      verdict(overStatic, GOALS.fcpOverStatic, '× static'),
      fmt(before?.fcpMs[throttle]?.app.median, 0),
    ]);
  }
  for (const [key, pages] of Object.entries(report.keystrokes)) {
    const [field, throttle] = key.split(' ');
    const reference = report.keystrokes[`Hostname ${throttle}`]?.reference;
    if (!pages.app || !reference) continue;
    for (const measure of ['text', 'paint']) {
      const label = measure === 'text' ? 'preview text' : 'next paint';
      for (const p of ['p50', 'p95']) {
        const value = ratio(pages.app[measure][p], reference[measure][p]);
        sideBySide.push([
          `keystroke → ${label} ${p} ${throttle}, ${field} (ms)`,
          fmt(pages.app[measure][p]),
          fmt(reference[measure][p]),
          fmt(value, 2),
          '',
          p === 'p95' ? verdict(value, GOALS.keystrokeOverReference) : '',
          fmt(before?.keystrokes[key]?.app?.[measure][p]),
        ]);
      }
    }
    sideBySide.push([
      `keystrokes with Event Timing ≥ 16 ms ${throttle}, ${field}`,
      `${pages.app.slow} of ${pages.app.count}`,
      `${reference.slow} of ${reference.count}`,
      '',
      '',
      '',
      before?.keystrokes[key]?.app ? String(before.keystrokes[key].app.slow) : '',
    ]);
  }
  const js = report.firstScreen;
  sideBySide.push([
    'first-screen JS (gzip KiB)',
    fmt(js.app?.jsGzipKiB),
    fmt(js.reference?.jsGzipKiB),
    fmt(ratio(js.app?.jsGzipKiB, js.reference?.jsGzipKiB), 2),
    '',
    verdict(js.app?.jsGzipKiB, GOALS.firstScreenJsGzipKiB, ' KiB'),
    fmt(before?.firstScreen.app.jsGzipKiB),
  ]);

  const reveals = Object.entries(report.reveals).map(([key, r]) => {
    const value = ratio(r.first.median, r.later.median);
    return [
      key,
      `${fmt(r.first.median, 0)} (${fmt(r.first.min, 0)}–${fmt(r.first.max, 0)})`,
      `${fmt(r.later.median, 0)} (${fmt(r.later.min, 0)}–${fmt(r.later.max, 0)})`,
      fmt(value, 2),
      `${r.fallbacksOnFirstUse} of ${r.runs}`,
      verdict(value, GOALS.firstOverLaterUse),
      fmt(ratio(before?.reveals[key]?.first.median, before?.reveals[key]?.later.median), 2),
    ];
  });

  const unmeasured = (report.meta.unmeasured ?? []).map((line) => `- not measured: ${line}`);
  return [
    ...(unmeasured.length ? [...unmeasured, ''] : []),
    table(
      ['measure', 'app', 'reference', 'app ÷ reference', 'app ÷ static', 'goal', 'app before'],
      sideBySide,
      before,
    ),
    '',
    table(
      [
        'first use vs later use (click → painted, ms)',
        'first use',
        'later use',
        'first ÷ later',
        'loading placeholder seen',
        'goal',
        'ratio before',
      ],
      reveals,
      before,
    ),
  ].join('\n');
}
