import { regionLimit, regionNote, snippetRegion } from './region-limit';
import { validateTargetDevice } from './device-rules';
import { regionForDraft } from '../snippets/snippet-input';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';

const entry = (id: string, region?: string) => ({ id, region }) as CatalogueDevice;

describe('a single-Region target', () => {
  it.each([
    ['ml_inf2', 'US East (Ohio), us-east-2'],
    ['ml_trn1', 'US East (N. Virginia), us-east-1'],
  ])('%s: the snippets set its Region, so it is a note and not a warning', (device, where) => {
    expect(regionLimit(device)).toMatchObject({ where, isSetBySnippets: true });
    expect(regionForDraft({ TargetDevice: device })).toBe(snippetRegion(device));
    expect(regionNote(device)).toBe(
      `Offered only in ${where}: the copied AWS CLI, boto3 and SDK snippets set that Region.`,
    );
    expect(
      validateTargetDevice(device).filter((problem) => /only in/.test(problem.message)),
    ).toEqual([]);
  });

  it('a Region known only from the catalogue is not in the snippets: a warning, no note', () => {
    const catalogue = entry('ml_c5', 'eu-west-1');
    expect(snippetRegion('ml_c5')).toBeUndefined();
    expect(regionNote('ml_c5', catalogue)).toBeUndefined();
    expect(validateTargetDevice('ml_c5', catalogue)).toEqual([
      {
        field: 'TargetDevice',
        severity: 'warning',
        message: 'ml_c5 is available only in eu-west-1: create the compilation job in that Region',
      },
    ]);
  });

  it('a device offered everywhere has neither', () => {
    expect(regionLimit('ml_c5')).toBeUndefined();
    expect(regionNote('ml_c5', entry('ml_c5'))).toBeUndefined();
  });
});
