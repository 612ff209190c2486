import fc from 'fast-check';
import { anyDraft, formDraft } from '../../testing/draft-arbitraries';
import { toApiObject, withCanonicalSlots, type OutputConfigDraft } from '../draft';
import { readTarget } from './target';
import { planOptions } from '../compiler-options/plan/applicable-options';
import { readCompilerOptions } from '../compiler-options/option-edits';
import {
  NO_COMPILER_OPTIONS,
  NO_TARGET_OPTIONS,
  hasForeignKeys,
  hasTargetOrOptions,
  needsTargetCode,
} from './target-or-options';
import { TARGET_RULES } from './target-rules';
import { validateCompilerOptions } from '../compiler-options/rules/option-rules';

describe('hasTargetOrOptions', () => {
  it.each([
    ['an empty draft', {}, false],
    ['output location and key only', { S3OutputLocation: 's3://b/k', KmsKeyId: 'k' }, false],
    ['no value', { TargetDevice: undefined, CompilerOptions: undefined }, false],
    [
      "the form's empty slots",
      { TargetDevice: '', TargetPlatform: '', CompilerOptions: '' },
      false,
    ],
    ['a TargetDevice', { TargetDevice: 'ml_m5' }, true],
    ['an unknown TargetDevice', { TargetDevice: 'nope' }, true],
    ['an empty TargetPlatform', { TargetPlatform: {} }, true],
    ['CompilerOptions alone', { CompilerOptions: '{"mcpu":"x"}' }, true],
    ['CompilerOptions of the wrong type', { CompilerOptions: 3 }, true],
  ])('%s: %s', (_, draft, expected) => {
    expect(hasTargetOrOptions(draft)).toBe(expected);
  });

  // What makes it safe to leave the rules and the plan out while it is false: the draft loses
  // its target and options, or keeps them as the form's empty slots.
  const withoutTargetOrOptions = (draft: OutputConfigDraft, asSlots: boolean): OutputConfigDraft =>
    Object.fromEntries(
      Object.entries(draft).flatMap(([key, value]) =>
        !['TargetDevice', 'TargetPlatform', 'CompilerOptions'].includes(key)
          ? [[key, value]]
          : asSlots
            ? [[key, '']]
            : [],
      ),
    );

  it('is false only where the option rules find nothing and the plan shows no field', () => {
    fc.assert(
      fc.property(fc.oneof(anyDraft, formDraft), fc.boolean(), (generated, asSlots) => {
        const draft = withoutTargetOrOptions(withCanonicalSlots(generated), asSlots);
        expect(hasTargetOrOptions(draft)).toBe(false);
        const api = toApiObject(draft);
        expect(validateCompilerOptions(api, readTarget(api))).toEqual([]);
        expect(planOptions(readTarget(draft))).toMatchObject({
          mode: 'none',
          fields: [],
          whyNone: NO_TARGET_OPTIONS,
        });
      }),
    );
  });

  it('is true wherever the option rules could find something', () => {
    fc.assert(
      fc.property(fc.oneof(anyDraft, formDraft), (draft) => {
        const api = toApiObject(draft);
        if (validateCompilerOptions(api, readTarget(api)).length > 0) {
          expect(hasTargetOrOptions(draft)).toBe(true);
        }
      }),
    );
  });

  it.each([undefined, ''])(
    'reads CompilerOptions %j, which is not set, as NO_COMPILER_OPTIONS',
    (value) => {
      expect(hasTargetOrOptions({ CompilerOptions: value })).toBe(false);
      expect(readCompilerOptions(value)).toEqual(NO_COMPILER_OPTIONS);
    },
  );
});

describe('needsTargetCode', () => {
  it.each([
    ['a fresh draft', { S3OutputLocation: 's3://b/k', KmsKeyId: '' }, false, false],
    ['a target', { TargetDevice: 'ml_m5' }, false, true],
    ['a key the API does not know', { targetDevice: 'ml_m5' }, true, true],
    ['a __proto__-like key', { constructor: 1 }, true, true],
  ])('%s', (_, draft, isForeign, expected) => {
    expect(hasForeignKeys(draft)).toBe(isForeign);
    expect(needsTargetCode(draft)).toBe(expected);
  });

  it('is false only where the key rules find nothing', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        const api = toApiObject(draft);
        if (!needsTargetCode(api)) expect(TARGET_RULES.keys(api).problems).toEqual([]);
      }),
    );
  });
});
