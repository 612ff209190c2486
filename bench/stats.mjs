// Turns raw benchmark samples into a report, and a report into tables of ratios (SPEC §6.2).

/** The goals of SPEC §6.2, as ratios, and the first-screen budget. */
export const GOALS = {
  fcpOverStatic: 2,
  linkFcpOverFreshFcp: 1.25,
  linkShownOverFreshFcp: 1.5,
  blockingOverReference: 1,
  keystrokeOverReference: 1.25,
  firstOverLaterUse: 2,
  firstScreenJsGzipKiB: 110,
  modelCheckOverDecompress: 1.25,
  modelCheckHeldMiB: 64,
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

const firstAndLater = ({ first, later }) => ({
  first: spread(first.map((sample) => sample.ms)),
  later: spread(later.map((sample) => sample.ms)),
  fallbacksOnFirstUse: first.filter((sample) => sample.sawFallback).length,
  runs: first.length,
});

/**
 * samples: { fcp: {profile: {page: number[]}}, shown: {profile: number[]},
 * inTheApp: {profile: number[]},
 * mainThread: {profile: {page: [{tbtFromFcp, tbtAfterLoad, longestAfterLoad, settledMs}]}},
 * mainThreadBare: {page: {withoutRuntime: [{fcp, main}], withRuntime: [...]}} (4x),
 * typing: {key: {page: {text, paint, slow}}}, reveals: {key: {first: [{ms, sawFallback}],
 * later: [...]}}, duringPreload: {profile: {first, later, duringPreload: boolean[]}},
 * assets: {page: totals} }
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
    linkShownMs: mapValues(samples.shown, spread),
    linkInTheAppMs: mapValues(samples.inTheApp ?? {}, spread),
    mainThread: mapValues(samples.mainThread, (pages) =>
      mapValues(pages, (list) => ({
        ...Object.fromEntries(
          ['tbtFromFcp', 'tbtAfterLoad', 'longestAfterLoad', 'settledMs'].map((key) => [
            key,
            spread(list.map((sample) => sample[key])),
          ]),
        ),
        runs: list.length,
      })),
    ),
    mainThreadBeside: mapValues(samples.mainThreadBare ?? {}, (ways) =>
      mapValues(ways, (list) => ({
        fcp: spread(list.map((sample) => sample.fcp)),
        tbtFromFcp: spread(list.map((sample) => sample.main.tbtFromFcp)),
        longestAfterLoad: spread(list.map((sample) => sample.main.longestAfterLoad)),
        runs: list.length,
      })),
    ),
    keystrokes: mapValues(samples.typing, (pages) =>
      mapValues(pages, ({ text, paint, slow }) => ({
        count: text.length,
        text: quantiles(text),
        paint: quantiles(paint),
        slow,
      })),
    ),
    reveals: mapValues(samples.reveals, firstAndLater),
    modelCheck:
      samples.modelCheck.length === 0
        ? undefined
        : {
            runs: samples.modelCheck.length,
            ...Object.fromEntries(
              ['decompressMs', 'checkMs', 'decompressHeldMiB', 'checkHeldMiB'].map((key) => [
                key,
                spread(samples.modelCheck.map((sample) => sample[key])),
              ]),
            ),
          },
    clickDuringPreload: mapValues(samples.duringPreload, (samplesOfProfile) => ({
      ...firstAndLater(samplesOfProfile),
      clicksWhileLoading: samplesOfProfile.duringPreload.filter(Boolean).length,
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

  const range = ({ median, min, max }) => `${fmt(median, 0)} (${fmt(min, 0)}–${fmt(max, 0)})`;
  const revealRow = (label, r, b) => {
    const value = ratio(r.first.median, r.later.median);
    return [
      label,
      range(r.first),
      range(r.later),
      fmt(value, 2),
      `${r.fallbacksOnFirstUse} of ${r.runs}`,
      verdict(value, GOALS.firstOverLaterUse),
      fmt(ratio(b?.first.median, b?.later.median), 2),
    ];
  };
  const reveals = [
    ...Object.entries(report.reveals).map(([key, r]) => revealRow(key, r, before?.reveals[key])),
    ...Object.entries(report.clickDuringPreload ?? {}).map(([profile, r]) =>
      revealRow(
        `Platform tab clicked during the preload ${profile} (${r.clicksWhileLoading} of ${r.runs} while loading)`,
        r,
        before?.clickDuringPreload?.[profile],
      ),
    ),
  ];

  const linkPage = Object.entries(report.linkShownMs ?? {}).map(([profile, shown]) => {
    const pages = report.fcpMs[profile] ?? {};
    const fresh = pages.app?.median;
    const inTheApp = report.linkInTheAppMs?.[profile]?.median;
    const beforeShown = ratio(
      before?.linkShownMs?.[profile]?.median,
      before?.fcpMs[profile]?.app?.median,
    );
    return [
      profile,
      fmt(fresh, 0),
      fmt(pages.link?.median, 0),
      fmt(shown.median, 0),
      fmt(inTheApp, 0),
      fmt(pages.reference?.median, 0),
      fmt(pages.static?.median, 0),
      `${fmt(ratio(pages.link?.median, fresh), 2)} ${verdict(ratio(pages.link?.median, fresh), GOALS.linkFcpOverFreshFcp)}`,
      `${fmt(ratio(shown.median, fresh), 2)} ${verdict(ratio(shown.median, fresh), GOALS.linkShownOverFreshFcp)}`,
      fmt(ratio(inTheApp, fresh), 2),
      fmt(ratio(pages.link?.median, pages.static?.median), 2),
      fmt(beforeShown, 2),
    ];
  });

  const mainThread = Object.entries(report.mainThread ?? {}).map(([profile, pages]) => {
    const { app, reference } = pages;
    const [ofApp, ofReference] = [app?.tbtFromFcp.median, reference?.tbtFromFcp.median];
    // A page that blocks nothing after its first paint gives no ratio: say how the app compares.
    const value =
      ofReference === 0 && Number.isFinite(ofApp)
        ? `n/a: reference 0 ${ofApp === 0 ? '✓' : '✗'}`
        : `${fmt(ratio(ofApp, ofReference), 2)} ${verdict(ratio(ofApp, ofReference), GOALS.blockingOverReference)}`;
    return [
      profile,
      `${fmt(ofApp, 0)} / ${fmt(ofReference, 0)}`,
      value,
      `${fmt(app?.tbtAfterLoad.median, 0)} / ${fmt(reference?.tbtAfterLoad.median, 0)}`,
      `${range(app?.longestAfterLoad ?? {})} / ${fmt(reference?.longestAfterLoad.median, 0)}`,
      range(app?.settledMs ?? {}),
      fmt(before?.mainThread?.[profile]?.app?.tbtFromFcp.median, 0),
    ];
  });

  const beside = report.mainThreadBeside ?? {};
  const mainThreadBeside = [
    ['withoutRuntime', 'DevTools closed (no Runtime domain), as a user’s browser'],
    ['withRuntime', 'Runtime domain enabled, as under Playwright and Lighthouse'],
  ]
    .filter(([how]) => beside.app?.[how])
    .map(([how, label]) => {
      const of = (page) => beside[page]?.[how];
      const [app, mozilla] = [of('app')?.tbtFromFcp.median, of('mozilla')?.tbtFromFcp.median];
      return [
        label,
        `${range(of('app')?.tbtFromFcp ?? {})}`,
        of('appLink') ? range(of('appLink').tbtFromFcp) : 'not measured',
        fmt(of('reference')?.tbtFromFcp.median, 0),
        fmt(mozilla, 0),
        Number.isFinite(app) && Number.isFinite(mozilla)
          ? `≤ Mozilla's ${app <= mozilla ? '✓' : '✗'}`
          : 'n/a (Mozilla not measured)',
        ['app', 'reference', 'mozilla'].map((page) => fmt(of(page)?.fcp.median, 0)).join(' / '),
        fmt(before?.mainThreadBeside?.app?.[how]?.tbtFromFcp.median, 0),
      ];
    });

  const unmeasured = (report.meta.unmeasured ?? []).map((line) => `- not measured: ${line}`);
  const check = report.modelCheck;
  const checkOverFloor = ratio(check?.checkMs.median, check?.decompressMs.median);
  const modelCheck = check
    ? [
        '',
        table(
          [
            `model check of a large archive (median of ${check.runs}; SPEC 9.1)`,
            'decompress only, ms',
            'check, ms',
            'check ÷ decompress',
            'held by the check, MiB (peak)',
            'held by decompress only, MiB',
            'goal',
            '',
          ],
          [
            [
              'SavedModel, 256 MiB of weights',
              fmt(check.decompressMs.median, 0),
              fmt(check.checkMs.median, 0),
              fmt(checkOverFloor, 2),
              fmt(check.checkHeldMiB.max, 1),
              fmt(check.decompressHeldMiB.max, 1),
              `${verdict(checkOverFloor, GOALS.modelCheckOverDecompress, '×')}; ${verdict(check.checkHeldMiB.max, GOALS.modelCheckHeldMiB, ' MiB')}`,
              '',
            ],
          ],
          false,
        ),
      ]
    : [];
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
    '',
    table(
      [
        'link page (median ms)',
        'fresh visit FCP',
        'link FCP',
        'link configuration shown',
        "the app's page shown",
        'reference FCP',
        'static FCP',
        'link FCP ÷ fresh FCP',
        'shown ÷ fresh FCP',
        "app's page ÷ fresh FCP",
        'link FCP ÷ static',
        'shown ÷ fresh FCP before',
      ],
      linkPage,
      before,
    ),
    '',
    table(
      [
        'main thread after first paint (app / reference, median ms)',
        'Total Blocking Time from FCP',
        'TBT app ÷ reference',
        'TBT after load',
        'longest task after load',
        'app settled, ms after load',
        'app TBT before',
      ],
      mainThread,
      before,
    ),
    ...(mainThreadBeside.length
      ? [
          '',
          table(
            [
              'fresh visit at 4x, DevTools closed and open (median ms)',
              'app TBT from FCP (range)',
              'app link page TBT (range)',
              'reference TBT',
              "Mozilla's generator TBT",
              'goal',
              'FCP app / reference / Mozilla',
              'app TBT before',
            ],
            mainThreadBeside,
            before,
          ),
        ]
      : []),
    ...modelCheck,
  ].join('\n');
}
