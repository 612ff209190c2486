// Turns raw benchmark samples into a report, and a report into a readable table.

const BUDGETS = {
  firstScreenJsGzipKiB: 130,
  fcpMs: 1000,
  'keystroke p95 1x': 16,
  'keystroke p95 4x': 50,
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

export function summarize(samples, meta) {
  const keystrokes = {};
  for (const [key, values] of Object.entries(samples.keystrokes)) {
    const sorted = [...values].sort((a, b) => a - b);
    keystrokes[key] = {
      count: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted[sorted.length - 1],
    };
  }
  const { js, css } = samples.assets;
  return {
    meta,
    firstScreen: {
      jsRawKiB: js.raw / 1024,
      jsGzipKiB: js.gzip / 1024,
      cssRawKiB: css.raw / 1024,
      cssGzipKiB: css.gzip / 1024,
      files: [...js.files, ...css.files],
    },
    fcpMs: spread(samples.fcp),
    lcpMs: spread(samples.lcp),
    heapMb: spread(samples.heapMb),
    keystrokes,
  };
}

const fmt = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

export function formatReport(report, baseline) {
  const rows = [
    [
      'first-screen JS (gzip KiB)',
      report.firstScreen.jsGzipKiB,
      baseline?.firstScreen.jsGzipKiB,
      BUDGETS.firstScreenJsGzipKiB,
    ],
    ['first-screen JS (raw KiB)', report.firstScreen.jsRawKiB, baseline?.firstScreen.jsRawKiB],
    [
      'first-screen CSS (gzip KiB)',
      report.firstScreen.cssGzipKiB,
      baseline?.firstScreen.cssGzipKiB,
    ],
    ['first-screen CSS (raw KiB)', report.firstScreen.cssRawKiB, baseline?.firstScreen.cssRawKiB],
    [
      'FCP median ms (min–max)',
      report.fcpMs.median,
      baseline?.fcpMs.median,
      BUDGETS.fcpMs,
      report.fcpMs,
    ],
    [
      'LCP median ms (min–max)',
      report.lcpMs.median,
      baseline?.lcpMs.median,
      undefined,
      report.lcpMs,
    ],
    [
      'JS heap after load MB',
      report.heapMb.median,
      baseline?.heapMb.median,
      undefined,
      report.heapMb,
    ],
  ];
  for (const [key, stats] of Object.entries(report.keystrokes)) {
    const budget = key.endsWith('4x') ? BUDGETS['keystroke p95 4x'] : BUDGETS['keystroke p95 1x'];
    rows.push([
      `keystroke ${key} p50 / p95 / max ms (n=${stats.count})`,
      stats.p95,
      baseline?.keystrokes[key]?.p95,
      budget,
      undefined,
      stats,
    ]);
  }
  const lines = ['| measure | value | baseline | budget |', '| --- | --- | --- | --- |'];
  for (const [name, value, base, budget, range, keys] of rows) {
    let shown = fmt(value);
    if (range) shown = `${fmt(range.median)} (${fmt(range.min)}–${fmt(range.max)})`;
    if (keys) shown = `${fmt(keys.p50)} / ${fmt(keys.p95)} / ${fmt(keys.max)}`;
    const verdict =
      budget === undefined ? '' : value <= budget ? ` ≤ ${budget} ✓` : ` ≤ ${budget} ✗ over`;
    lines.push(
      `| ${name} | ${shown} | ${base === undefined ? '' : fmt(base)} | ${verdict.trim()} |`,
    );
  }
  return lines.join('\n');
}
