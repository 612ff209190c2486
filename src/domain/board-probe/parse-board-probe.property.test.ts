import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { catalogueSchema } from '../catalogue/catalogue-schema';
import { parseBoardProbe } from './parse-board-probe';
import { PROBE_SAMPLES } from '../../testing/probe-samples';

const devices = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8')),
).devices;

const MIB = 1024 * 1024;

/** Probe-like fragments, so generated text reaches the recognisers' deeper branches. */
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    'aarch64',
    'armhf',
    '32',
    '$ getprop ro.build.version.sdk',
    'CPU implementer : 0x41',
    'CPU part : 0xd08',
    '"cuda" : {',
    '"version" : "12.6.1"',
    'compute_cap, name',
    '|   0  Tesla T4   Off |',
    'nvidia,tegra210',
    'Model : Raspberry Pi 3',
    '[ro.build.version.sdk]: [99]',
    '# R36 (release), REVISION: 4.0',
  ),
  ...PROBE_SAMPLES.map((sample) => fc.constant(sample.text)),
);

function timed(text: string): number {
  const start = performance.now();
  parseBoardProbe(text, devices);
  return performance.now() - start;
}

describe('parseBoardProbe on untrusted text', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(() => parseBoardProbe(text, devices)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mixes of probe fragments, and always answers with a reading', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r', '\0'),
        (parts, glue) => {
          const reading = parseBoardProbe(parts.join(glue), devices);
          expect(typeof reading.recognised).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  // Shapes that make a careless regular expression backtrack, and random binary.
  const hostile: [string, () => string][] = [
    ['one 1 MiB line of "a"', () => 'a'.repeat(MIB)],
    ['1 MiB of short lines', () => 'x: 1\n'.repeat(MIB / 5)],
    ['1 MiB of colons and spaces', () => ': '.repeat(MIB / 2)],
    ['1 MiB of NUL-separated compatible-like words', () => 'a,b\0'.repeat(MIB / 4)],
    ['1 MiB of nvidia-smi pipes', () => '|   0  '.repeat(MIB / 7)],
    [
      '1 MiB of a repeated real sample',
      () =>
        PROBE_SAMPLES.map((sample) => sample.text)
          .join('\n')
          .repeat(200)
          .slice(0, MIB),
    ],
    [
      '1 MiB of random binary',
      () =>
        fc
          .sample(fc.string({ unit: 'binary', minLength: 4096, maxLength: 4096 }), MIB / 4096)
          .join(''),
    ],
  ];
  it.each(hostile)('reads %s in well under a second', (_, make) => {
    const text = make();
    expect(text.length).toBeGreaterThanOrEqual(MIB * 0.99);
    expect(timed(text)).toBeLessThan(1000);
  });
});
