import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { CONFIG_CASES, pageVerdict, PAGE_DEVICES } from '../../testing/config-cases';
import { formDraft } from '../../testing/draft-arbitraries';
import { VALID_ML_C5_REQUEST } from '../../testing/request-fixtures';
import { ACCELERATOR_VALUES, ARCH_VALUES, OS_VALUES, TARGET_DEVICES } from '../api-values';
import type { JsonObject } from '../json/json-value';
import { FRAMEWORKS } from '../request/request-values';
import { TARGET_RULES } from '../target/target-rules';
import { modeOfDraft } from '../target/target-mode';
import { analyzeDraft } from '../validate';
import { JSON_SCHEMA_DIALECT, outputConfigJsonSchema, requestJsonSchema } from './json-schema';

// Strict mode: an unknown keyword or a misplaced one fails the compile instead of being ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const isOutputConfig = ajv.compile(outputConfigJsonSchema());
const isRequest = ajv.compile(requestJsonSchema());

const S3 = 's3://bucket/out';
const VALID: JsonObject = { S3OutputLocation: S3, TargetDevice: 'ml_c5' };
const VALID_REQUEST: JsonObject = { ...VALID_ML_C5_REQUEST, OutputConfig: VALID };

const pageCallsValid = (draft: JsonObject) =>
  analyzeDraft(draft, PAGE_DEVICES, modeOfDraft(draft), TARGET_RULES).errorCount === 0;

describe('the JSON Schemas', () => {
  it('are draft 2020-12 and compile in strict mode', () => {
    expect(outputConfigJsonSchema().$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(requestJsonSchema().$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(isOutputConfig(VALID)).toBe(true);
    expect(isRequest(VALID_REQUEST)).toBe(true);
  });

  it('take the closed sets from the same lists as the page', () => {
    const defs = outputConfigJsonSchema().$defs as Record<string, JsonObject>;
    expect(defs.TargetDevice!.enum).toEqual([...TARGET_DEVICES]);
    const platform = defs.TargetPlatform!.properties as Record<string, JsonObject>;
    expect(platform.Os!.enum).toEqual([...OS_VALUES]);
    expect(platform.Arch!.enum).toEqual([...ARCH_VALUES]);
    expect(JSON.stringify(platform.Accelerator)).toContain(JSON.stringify(ACCELERATOR_VALUES));
    const input = (requestJsonSchema().$defs as Record<string, JsonObject>).InputConfig!;
    expect((input.properties as Record<string, JsonObject>).Framework!.enum).toEqual([
      ...FRAMEWORKS,
    ]);
  });

  describe('against the cases the page is tested on', () => {
    const readable = CONFIG_CASES.filter((testCase) => testCase.expected !== 'unreadable');

    it.each(readable)('$name: the schema agrees with the page where a schema can', (testCase) => {
      const verdict = pageVerdict(testCase.text);
      if (!verdict.readable) throw new Error(`${testCase.name}: ${verdict.message}`);
      expect(verdict.valid).toBe(testCase.expected === 'valid');
      const schemaAccepts =
        isOutputConfig(verdict.outputConfig) &&
        (verdict.request === undefined || isRequest(verdict.request));
      // Rules across fields (options per target, unique tag keys) are check's, not the schema's.
      const onlyCheckCanTell = testCase.name.startsWith('invalid-cross-field-');
      expect(schemaAccepts).toBe(verdict.valid || onlyCheckCanTell);
    });
  });

  // Drafts near what the page calls valid: one target of either kind, options it may take,
  // empty slots as the form leaves them.
  const nearlyValid: fc.Arbitrary<JsonObject> = fc
    .record({
      S3OutputLocation: fc.constantFrom('s3://bucket/compiled', 'https://b.s3.amazonaws.com/x'),
      ...{
        target: fc.oneof(
          fc.record({ TargetDevice: fc.constantFrom(...TARGET_DEVICES) }),
          fc.record({
            TargetPlatform: fc.record(
              {
                Os: fc.constantFrom(...OS_VALUES),
                Arch: fc.constantFrom(...ARCH_VALUES),
                Accelerator: fc.constantFrom(...ACCELERATOR_VALUES, ''),
              },
              { requiredKeys: ['Os', 'Arch'] },
            ),
          }),
        ),
      },
      CompilerOptions: fc.constantFrom(
        '',
        '{"mcpu":"skylake-avx512"}',
        '{"dtype":"float32"}',
        '"--verbose 1 -O2"',
        '{"gpu-code":"sm_72","trt-ver":"7.1.3","cuda-ver":"10.2"}',
        '{"ANDROID_PLATFORM":28,"mattr":["+neon"]}',
      ),
      KmsKeyId: fc.constantFrom('', 'alias/ExampleAlias', '1234abcd-12ab-34cd-56ef-1234567890ab'),
    })
    .map(({ target, ...rest }) => ({ ...rest, ...target }) as JsonObject);

  it.each([
    ['drafts the form builds', formDraft],
    ['drafts near valid, of every target', nearlyValid],
  ])('accepts every one of the %s that the page calls valid', (_name, drafts) => {
    let valid = 0;
    fc.assert(
      fc.property(drafts, (draft) => {
        if (!pageCallsValid(draft)) return;
        valid += 1;
        expect(isOutputConfig(draft), ajv.errorsText(isOutputConfig.errors)).toBe(true);
      }),
      { numRuns: 400 },
    );
    // The property judged real cases, not only drafts the page rejects.
    expect(valid).toBeGreaterThan(0);
  });

  it('treats an empty value as not set, as the page does', () => {
    const withEmpties = {
      S3OutputLocation: S3,
      TargetDevice: '',
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64', Accelerator: '' },
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
      KmsKeyId: '',
      Unused: { Empty: '' },
    };
    expect(pageCallsValid(withEmpties)).toBe(true);
    expect(isOutputConfig(withEmpties)).toBe(true);
  });

  it.each([
    ['an unknown TargetDevice', { ...VALID, TargetDevice: 'ml_c7g' }],
    ['a TargetDevice in the wrong case', { ...VALID, TargetDevice: 'ML_C5' }],
    [
      'an Os outside the set',
      { S3OutputLocation: S3, TargetPlatform: { Os: 'linux', Arch: 'ARM64' } },
    ],
    [
      'an Arch outside the set',
      { S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX', Arch: 'AARCH64' } },
    ],
    [
      'an Accelerator outside the set',
      { S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'CPU' } },
    ],
    ['a TargetPlatform without Arch', { S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX' } }],
    [
      'both TargetDevice and TargetPlatform',
      { ...VALID, TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } },
    ],
    ['neither target', { S3OutputLocation: S3 }],
    [
      'CompilerOptions as an object, not the API string',
      { ...VALID, CompilerOptions: { mcpu: 'x' } },
    ],
    [
      'CompilerOptions over 1024 characters',
      { ...VALID, CompilerOptions: `"${'x'.repeat(1024)}"` },
    ],
    ['an S3OutputLocation without a scheme', { ...VALID, S3OutputLocation: 'bucket/out' }],
    ['no S3OutputLocation', { TargetDevice: 'ml_c5' }],
    ['a KmsKeyId outside its pattern', { ...VALID, KmsKeyId: 'not a key!' }],
    ['a key the API does not know', { ...VALID, Target: 'ml_c5' }],
  ])('rejects %s, as the page does', (_name, config) => {
    expect(pageCallsValid(config as JsonObject)).toBe(false);
    expect(isOutputConfig(config)).toBe(false);
  });

  it.each([
    ['a Framework outside the set', { InputConfig: { ...inputOf(), Framework: 'pytorch' } }],
    ['a job name outside its pattern', { CompilationJobName: 'my_model.v2' }],
    ['a RoleArn that is not a role', { RoleArn: 'arn:aws:sts::111122223333:assumed-role/R/s' }],
    ['MaxRuntimeInSeconds as text', { StoppingCondition: { MaxRuntimeInSeconds: '900' } }],
    [
      'both InputConfig and ModelPackageVersionArn',
      {
        ModelPackageVersionArn: 'arn:aws:sagemaker:us-east-1:111122223333:model-package/p/1',
      },
    ],
    [
      'DataInputConfig as an object',
      { InputConfig: { ...inputOf(), DataInputConfig: { a: [1] } } },
    ],
    ['a tag without Value', { Tags: [{ Key: 'team' }] }],
    ['an OutputConfig with a bad target', { OutputConfig: { ...VALID, TargetDevice: 'ml_c7g' } }],
  ])('rejects a request with %s', (_name, change) => {
    expect(isRequest({ ...VALID_REQUEST, ...change })).toBe(false);
  });
});

function inputOf(): JsonObject {
  return VALID_ML_C5_REQUEST.InputConfig as JsonObject;
}
