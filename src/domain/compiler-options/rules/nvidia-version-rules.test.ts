import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import type { OutputConfigDraft } from '../../draft';
import type { JsonObject } from '../../json/json-value';
import type { Problem } from '../../problem';
import { readTarget } from '../../target/target';
import { validateCompilerOptions } from './option-rules';
import { TEST_DEVICES } from '../../../testing/test-devices';

const JETSON_PLATFORM = { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' };

function onDevice(
  device: CatalogueDevice,
  options: JsonObject,
): [OutputConfigDraft, CatalogueDevice] {
  return [
    {
      S3OutputLocation: 's3://b/k',
      TargetDevice: device.id,
      CompilerOptions: JSON.stringify(options),
    },
    device,
  ];
}

function onJetsonPlatform(options: JsonObject): [OutputConfigDraft, undefined] {
  return [
    {
      S3OutputLocation: 's3://b/k',
      TargetPlatform: JETSON_PLATFORM,
      CompilerOptions: JSON.stringify(options),
    },
    undefined,
  ];
}

const problemsOf = ([draft, device]: [OutputConfigDraft, CatalogueDevice | undefined]): Problem[] =>
  validateCompilerOptions(draft, readTarget(draft), device);

/** The options after applying the fix of the one problem on `field`. */
function fixedOptions(test: [OutputConfigDraft, CatalogueDevice | undefined], field: string) {
  const problem = problemsOf(test).find((item) => item.field === field);
  if (problem?.fix === undefined) throw new Error(`no fix on ${field}`);
  return JSON.parse(String(problem.fix.apply(test[0]).CompilerOptions)) as JsonObject;
}

describe('trt-ver and cuda-ver pairs (JetPack table)', () => {
  it.each([
    ['the Xavier DG triple', { 'gpu-code': 'sm_72', 'trt-ver': '5.1.6', 'cuda-ver': '10.0' }],
    [
      'the API example (6.0.1 with 10.1)',
      { 'gpu-code': 'sm_72', 'trt-ver': '6.0.1', 'cuda-ver': '10.1' },
    ],
    ['JetPack 4.6.1', { 'gpu-code': 'sm_72', 'trt-ver': '8.2.1', 'cuda-ver': '10.2' }],
    [
      'a TensorRT the table does not list',
      { 'gpu-code': 'sm_72', 'trt-ver': '9.9.9', 'cuda-ver': '10.0' },
    ],
  ])('accepts %s as a pair', (_, options) => {
    const pairFields = (test: Parameters<typeof problemsOf>[0]) =>
      problemsOf(test).filter((problem) => problem.field !== 'trt-ver');
    expect(pairFields(onDevice(TEST_DEVICES.jetson_xavier, options))).toEqual([]);
    expect(pairFields(onJetsonPlatform(options))).toEqual([]);
  });

  it('warns when cuda-ver is not the documented partner of trt-ver, with the partner as fix', () => {
    const test = onDevice(TEST_DEVICES.jetson_xavier, {
      'gpu-code': 'sm_72',
      'trt-ver': '8.2.1',
      'cuda-ver': '10.0',
    });
    const problem = problemsOf(test).find(({ field }) => field === 'cuda-ver');
    expect(problem).toMatchObject({ field: 'cuda-ver', severity: 'warning' });
    expect(problem?.message).toContain('8.2.1');
    expect(problem?.message).toContain('10.2');
    expect(problem?.fix?.label).toBe('Use 10.2');
    expect(fixedOptions(test, 'cuda-ver')['cuda-ver']).toBe('10.2');
    expect(
      problemsOf(onJetsonPlatform({ 'gpu-code': 'sm_72', 'trt-ver': '5.0.6', 'cuda-ver': '10.2' })),
    ).toMatchObject([{ field: 'cuda-ver', severity: 'warning', fix: { label: 'Use 10.0' } }]);
  });

  it('leaves cloud GPUs (x86) out of the JetPack table', () => {
    const options = { 'gpu-code': 'sm_70', 'trt-ver': '8.2.1', 'cuda-ver': '10.0' };
    expect(problemsOf(onDevice(TEST_DEVICES.ml_p3, options)).map(({ field }) => field)).toEqual([
      'trt-ver',
    ]);
  });
});

describe('a TensorRT version Neo does not document', () => {
  it.each([
    [
      'a board on JetPack 4.6.1',
      onDevice(TEST_DEVICES.jetson_nano, {
        'gpu-code': 'sm_53',
        'trt-ver': '8.2.1',
        'cuda-ver': '10.2',
      }),
    ],
    [
      'a Jetson platform',
      onJetsonPlatform({ 'gpu-code': 'sm_72', 'trt-ver': '7.1.3', 'cuda-ver': '10.2' }),
    ],
    [
      'a cloud GPU',
      onDevice(TEST_DEVICES.ml_p3, { 'gpu-code': 'sm_70', 'trt-ver': '8.2.1', 'cuda-ver': '10.2' }),
    ],
  ])('stays a warning at trt-ver, whatever wrote it: %s', (_, test) => {
    const trt = JSON.parse(String(test[0].CompilerOptions))['trt-ver'] as string;
    expect(problemsOf(test)).toEqual([
      {
        field: 'trt-ver',
        severity: 'warning',
        message: `trt-ver ${trt} is not among the TensorRT versions Neo documents (5.0.6, 5.1.6, 6.0.1): the job may be rejected or the model may not match the runtime`,
      },
    ]);
  });

  it('is not said of a documented version', () => {
    const options = { 'gpu-code': 'sm_72', 'trt-ver': '5.1.6', 'cuda-ver': '10.0' };
    expect(problemsOf(onDevice(TEST_DEVICES.jetson_xavier, options))).toEqual([]);
  });
});

describe('version forms with a fix', () => {
  it.each([
    ['trt-ver', '6.0', '6.0.1'],
    ['trt-ver', '7', '7.1.3'],
    ['trt-ver', '6.0.1.5', '6.0.1'],
    ['cuda-ver', '10', '10.0'],
    ['cuda-ver', '10.0.326', '10.0'],
  ])('%s %s becomes %s', (key, given, wanted) => {
    const options = { 'gpu-code': 'sm_72', 'trt-ver': '5.1.6', 'cuda-ver': '10.0', [key]: given };
    const test = onJetsonPlatform(options);
    expect(problemsOf(test).find((problem) => problem.field === key)?.severity).toBe('error');
    expect(fixedOptions(test, key)[key]).toBe(wanted);
  });
});

describe('NVIDIA options half filled on an NVIDIA device', () => {
  it('warns that trt-ver and cuda-ver are missing when only gpu-code is set, and fills them', () => {
    const test = onDevice(TEST_DEVICES.jetson_xavier, { 'gpu-code': 'sm_72' });
    const problems = problemsOf(test);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'trt-ver', severity: 'warning' });
    expect(problems[0]?.message).toMatch(/trt-ver and cuda-ver/);
    expect(fixedOptions(test, 'trt-ver')).toEqual({
      'gpu-code': 'sm_72',
      'trt-ver': '5.1.6',
      'cuda-ver': '10.0',
    });
  });

  it('names the one missing key', () => {
    const test = onDevice(TEST_DEVICES.jetson_nano, { 'gpu-code': 'sm_53', 'trt-ver': '5.0.6' });
    expect(problemsOf(test)).toMatchObject([{ field: 'cuda-ver', severity: 'warning' }]);
    expect(fixedOptions(test, 'cuda-ver')['cuda-ver']).toBe('10.0');
  });

  it('says nothing about the three when none is set', () => {
    expect(
      problemsOf(onDevice(TEST_DEVICES.jetson_xavier, { mcpu: 'carmel' })).map((p) => p.field),
    ).toEqual(['mcpu']);
  });

  it('keeps gpu-code of another device a warning with a fix (sm_72 on jetson_nano)', () => {
    const test = onDevice(TEST_DEVICES.jetson_nano, {
      'gpu-code': 'sm_72',
      'trt-ver': '5.0.6',
      'cuda-ver': '10.0',
    });
    expect(problemsOf(test)).toMatchObject([
      { field: 'gpu-code', severity: 'warning', fix: { label: 'Use sm_53' } },
    ]);
  });
});
