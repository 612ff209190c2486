import catalogueJson from '../../public/catalogue.json';
import { indexCatalogue } from './catalogue/catalogue-index';
import { catalogueSchema } from './catalogue/catalogue-schema';
import type { OutputConfigDraft } from './draft';
import { TARGET_RULES } from './target/target-rules';
import { analyzeDraft, summaryLine } from './validate';

const devices = indexCatalogue(catalogueSchema.parse(catalogueJson));
const S3 = 's3://bucket/compiled';

const fieldsOf = (draft: OutputConfigDraft) =>
  analyzeDraft(draft, devices, undefined, TARGET_RULES).problems.map(
    (problem) => `${problem.severity} ${problem.field}`,
  );

describe('analyzeDraft', () => {
  it('serializes and validates an empty draft', () => {
    const analysis = analyzeDraft({});
    expect(analysis.json).toBe('{}');
    expect(analysis.problems.map((problem) => problem.message)).toEqual([
      'Required: the S3 URI where Neo writes the compiled model, e.g. s3://bucket-name/key-name-prefix',
      'Choose a TargetDevice or describe a TargetPlatform',
    ]);
    expect([analysis.errorCount, analysis.warningCount]).toEqual([2, 0]);
  });

  it('says S3OutputLocation once where the summary prefixes the field (issue 12 §9)', () => {
    const [s3] = analyzeDraft({}).problems;
    expect(`${s3?.field}: ${s3?.message}`.match(/S3OutputLocation/g)).toHaveLength(1);
  });

  it('names the missing target as the Platform tab asks for it, not as TargetDevice', () => {
    const analysis = analyzeDraft({ S3OutputLocation: S3 }, devices, 'platform', TARGET_RULES);
    expect(analysis.problems.map((problem) => problem.field)).toEqual(['TargetPlatform.Os']);
    expect(analysis.problems[0]?.message).toMatch(/^Describe the TargetPlatform/);
    expect(
      analyzeDraft({ S3OutputLocation: S3 }, devices, 'device', TARGET_RULES).problems[0]?.field,
    ).toBe('TargetDevice');
  });

  it('finds nothing wrong with a complete device configuration', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    };
    const analysis = analyzeDraft(draft, devices, undefined, TARGET_RULES);
    expect(analysis).toEqual({
      api: draft,
      json: JSON.stringify(draft, null, 2),
      problems: [],
      errorCount: 0,
      warningCount: 0,
    });
  });

  it('runs the compiler-option rules with the catalogue entry of the device', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    };
    expect(fieldsOf(draft)).toEqual(['warning gpu-code']);
    expect(analyzeDraft(draft, undefined, undefined, TARGET_RULES).problems).toEqual([]);
  });

  it('needs the compiler-option rules only for a draft with a target or options', () => {
    const fresh = { S3OutputLocation: S3, KmsKeyId: 'alias/ExampleAlias' };
    expect(analyzeDraft(fresh, devices)).toEqual(
      analyzeDraft(fresh, devices, undefined, TARGET_RULES),
    );
    expect(() => analyzeDraft({ ...fresh, TargetDevice: 'ml_c5' }, devices)).toThrow(
      'A target or options were set before their rules loaded',
    );
  });

  it('lists errors first, each group in the order the rules found them', () => {
    const draft = {
      S3OutputLocation: 'bucket',
      TargetPlatform: { Os: 'ANDROID', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      KmsKeyId: 'ExampleAlias',
    };
    const fields = fieldsOf(draft);
    expect(fields.slice(0, 1)).toEqual(['error S3OutputLocation']);
    expect(fields.filter((field) => field.startsWith('error')).length).toBe(
      analyzeDraft(draft, devices, undefined, TARGET_RULES).errorCount,
    );
    expect(fields.indexOf('warning TargetPlatform.Accelerator')).toBeLessThan(
      fields.indexOf('warning KmsKeyId'),
    );
    expect(fields.findIndex((field) => field.startsWith('warning'))).toBe(
      analyzeDraft(draft, devices, undefined, TARGET_RULES).errorCount,
    );
  });

  it('looks the device up only by a string TargetDevice, through the Map', () => {
    expect(
      fieldsOf({
        S3OutputLocation: S3,
        TargetDevice: 'ml_eia2',
        CompilerOptions: '{"precision_mode":"FP16"}',
      }),
    ).toEqual(['warning TargetDevice']);
    expect(fieldsOf({ S3OutputLocation: S3, TargetDevice: 'constructor' })).toEqual([
      'error TargetDevice',
    ]);
    expect(fieldsOf({ S3OutputLocation: S3, TargetDevice: ['ml_c5'] })).toEqual([
      'error TargetDevice',
    ]);
  });

  it('judges what the preview shows: empty slots count as absent', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: '',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
      CompilerOptions: '{"mattr":["+neon"]}',
      KmsKeyId: '',
    };
    expect(analyzeDraft(draft, devices, undefined, TARGET_RULES).problems).toEqual([]);
  });
  it('hands over the API object it judged, the one the preview text spells', () => {
    const draft: OutputConfigDraft = {
      S3OutputLocation: 's3://bucket/out',
      KmsKeyId: '',
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64', Accelerator: '' },
    };
    const analysis = analyzeDraft(draft, devices, 'platform', TARGET_RULES);
    expect(analysis.api).toEqual({
      S3OutputLocation: 's3://bucket/out',
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' },
    });
    expect(JSON.parse(analysis.json)).toEqual(analysis.api);
  });
});

describe('summaryLine', () => {
  it.each([
    [0, 0, 'Valid'],
    [0, 1, 'Valid — 1 warning'],
    [0, 2, 'Valid — 2 warnings'],
    [1, 0, '1 error'],
    [2, 0, '2 errors'],
    [2, 1, '2 errors · 1 warning'],
    [1, 3, '1 error · 3 warnings'],
  ])('%i errors and %i warnings read %j', (errorCount, warningCount, expected) => {
    expect(summaryLine({ errorCount, warningCount })).toBe(expected);
  });
});
