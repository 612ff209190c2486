import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import { withCanonicalSlots, type OutputConfigDraft } from '../draft';
import { TARGET_RULES_MISSING, validateOutputConfig } from './output-config-rules';
import { TARGET_RULES } from '../target/target-rules';
import { brief } from '../../testing/brief-problems';
import { ENDED_LIFECYCLE } from '../../testing/test-devices';

const S3 = 's3://bucket/compiled';

/** The rules as the app runs them once their code is in memory. */
const validate = (draft: OutputConfigDraft, device?: CatalogueDevice) =>
  validateOutputConfig(draft, device, 'device', TARGET_RULES);

/** The draft after applying the fix of the problem on `field`, as JSON text. */
function afterFix(draft: OutputConfigDraft, field: string): string {
  const fix = validate(draft).find((problem) => problem.field === field)?.fix;
  expect(fix).toBeDefined();
  return JSON.stringify(fix?.apply(draft));
}

describe('validateOutputConfig', () => {
  it('judges a draft without a target without the target rules, and no other', () => {
    const draft = { S3OutputLocation: S3, KmsKeyId: 'alias/ExampleAlias' };
    expect(validateOutputConfig(draft)).toEqual(validate(draft));
    expect(() => validateOutputConfig({ ...draft, TargetPlatform: { Os: 'LINUX' } })).toThrow(
      TARGET_RULES_MISSING,
    );
    expect(() => validateOutputConfig({ ...draft, targetDevice: 'ml_c5' })).toThrow(
      TARGET_RULES_MISSING,
    );
  });

  it.each<[OutputConfigDraft]>([
    [{ S3OutputLocation: S3, TargetDevice: 'ml_c5' }],
    [
      {
        S3OutputLocation: S3,
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
        KmsKeyId: 'alias/ExampleAlias',
      },
    ],
    [{ S3OutputLocation: S3, TargetDevice: 'ml_c5', TargetPlatform: '', KmsKeyId: '' }],
    [withCanonicalSlots({ S3OutputLocation: S3, TargetDevice: 'rasp3b' })],
  ])('finds nothing wrong with %j', (draft) => {
    expect(validate(draft)).toEqual([]);
  });

  it('asks for a target when there is neither TargetDevice nor TargetPlatform', () => {
    expect(brief(validate({ S3OutputLocation: S3, TargetPlatform: {} }))).toEqual([
      {
        field: 'TargetDevice',
        severity: 'error',
        message: 'Choose a TargetDevice or describe a TargetPlatform',
        fix: undefined,
      },
    ]);
  });

  it('rejects TargetDevice and TargetPlatform together, offering to keep the device', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' },
    };
    expect(brief(validate(draft))).toEqual([
      {
        field: 'TargetPlatform',
        severity: 'error',
        message:
          'TargetDevice and TargetPlatform are mutually exclusive: the API rejects an OutputConfig that has both, so remove one',
        fix: 'Keep TargetDevice',
      },
    ]);
    expect(afterFix(draft, 'TargetPlatform')).toBe(
      JSON.stringify({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }),
    );
  });

  it('still checks each target when both are given', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'ML_C5',
      TargetPlatform: { Os: 'linux', Arch: 'X86_64' },
    };
    expect(validate(draft).map((problem) => problem.field)).toEqual([
      'TargetPlatform',
      'TargetDevice',
      'TargetPlatform.Os',
    ]);
  });

  it('rejects keys the API does not know, with a fix that removes them', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      InputConfig: { Framework: 'PYTORCH' },
    };
    expect(brief(validate(draft))).toEqual([
      {
        field: 'InputConfig',
        severity: 'error',
        message: '"InputConfig" is not an OutputConfig field; the API rejects it',
        fix: 'Remove "InputConfig"',
      },
    ]);
    expect(afterFix(draft, 'InputConfig')).toBe(
      JSON.stringify({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }),
    );
  });

  it.each([
    ['targetDevice', 'TargetDevice', 'ml_c5'],
    ['S3outputLocation', 'S3OutputLocation', S3],
    ['s3_output_location', 'S3OutputLocation', S3],
    ['kmsKeyId', 'KmsKeyId', 'alias/k'],
    ['compilerOptions', 'CompilerOptions', '{"mcpu":"core-avx2"}'],
  ])(
    'renames the slip %s to %s in place, and raises no second error for it',
    (slip, key, value) => {
      const base: OutputConfigDraft = { S3OutputLocation: S3, TargetDevice: 'ml_c5' };
      const draft: OutputConfigDraft = {
        [slip]: value,
        ...Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)),
      };
      expect(brief(validate(draft))).toEqual([
        {
          field: key,
          severity: 'error',
          message: `"${slip}" is not an OutputConfig field (names are case-sensitive): the API expects ${key}`,
          fix: `Rename to ${key}`,
        },
      ]);
      const fixed = JSON.parse(afterFix(draft, key)) as OutputConfigDraft;
      expect(Object.keys(fixed)).toEqual(Object.keys(draft).map((k) => (k === slip ? key : k)));
      expect(fixed[key]).toBe(value);
    },
  );

  it('renames over the empty slot the form keeps for a key', () => {
    const draft = withCanonicalSlots({ targetDevice: 'ml_c5', S3OutputLocation: S3 });
    expect(afterFix(draft, 'TargetDevice')).toBe(
      JSON.stringify({
        TargetDevice: 'ml_c5',
        S3OutputLocation: S3,
        TargetPlatform: '',
        CompilerOptions: '',
        KmsKeyId: '',
      }),
    );
  });

  it('removes a slipped key when the right one is also present', () => {
    const draft = { S3OutputLocation: S3, TargetDevice: 'ml_c5', targetDevice: 'ml_m5' };
    expect(brief(validate(draft))).toEqual([
      {
        field: 'targetDevice',
        severity: 'error',
        message: '"targetDevice" is not an OutputConfig field; the API rejects it',
        fix: 'Remove "targetDevice"',
      },
    ]);
  });

  it('checks S3OutputLocation, the target and KmsKeyId in that order', () => {
    const draft = { KmsKeyId: 'my key', TargetDevice: 'ml-c5', S3OutputLocation: 'bucket/x' };
    expect(validate(draft).map((problem) => problem.field)).toEqual([
      'S3OutputLocation',
      'TargetDevice',
      'KmsKeyId',
    ]);
  });

  it('passes the catalogue entry on for device notes', () => {
    const eia: CatalogueDevice = {
      id: 'ml_eia2',
      name: 'Amazon Elastic Inference (eia2)',
      vendor: 'AWS',
      category: 'aws-accelerator',
      arch: 'X86_64',
      archVerified: false,
      os: null,
      accelerator: null,
      acceleratorLabel: 'Elastic Inference accelerator',
      optionFamilies: ['eia'],
      specs: [],
      status: 'retired',
      statusNote: 'Elastic Inference closed to new customers on 2023-04-15',
      notes: [],
      lifecycle: ENDED_LIFECYCLE,
    };
    expect(brief(validate({ S3OutputLocation: S3, TargetDevice: 'ml_eia2' }, eia))).toEqual([
      {
        field: 'TargetDevice',
        severity: 'warning',
        message: 'ml_eia2 is a retired target (ended 2023-04-15)',
        fix: undefined,
      },
    ]);
  });
});
