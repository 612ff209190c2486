import { readFileSync } from 'node:fs';
import { catalogueSchema } from '../catalogue/catalogue-schema';
import { parseBoardProbe, NOTHING_RECOGNISED } from './parse-board-probe';
import { PROBE_SAMPLES, UNRECOGNISED_SAMPLES } from '../../testing/probe-samples';

const devices = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8')),
).devices;

describe('parseBoardProbe on real samples', () => {
  it.each(PROBE_SAMPLES.map((sample) => [sample.name, sample] as const))('%s', (_, sample) => {
    const reading = parseBoardProbe(sample.text, devices);
    if (!reading.recognised) throw new Error(reading.message);
    expect(reading.target).toEqual(sample.expected);
    for (const pattern of sample.warnings ?? []) {
      expect(reading.warnings.map((warning) => warning.message)).toContainEqual(
        expect.stringMatching(pattern),
      );
    }
  });
});

describe('parseBoardProbe on text it does not know', () => {
  it.each(UNRECOGNISED_SAMPLES.map((text) => [JSON.stringify(text), text] as const))(
    '%s: nothing recognised',
    (_, text) => {
      expect(parseBoardProbe(text, devices)).toEqual({
        recognised: false,
        message: NOTHING_RECOGNISED,
      });
    },
  );
});
