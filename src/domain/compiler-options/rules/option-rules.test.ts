import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import type { OutputConfigDraft } from '../../draft';
import type { JsonObject, JsonValue } from '../../json/json-value';
import type { Problem } from '../../problem';
import { readTarget } from '../../target/target';
import { validateCompilerOptions } from './option-rules';
import { TEST_DEVICES } from '../../../testing/test-devices';

type Case = { draft: OutputConfigDraft; device?: CatalogueDevice };

function onDevice(device: CatalogueDevice, options?: JsonValue): Case {
  const draft: OutputConfigDraft = { S3OutputLocation: 's3://bucket/out', TargetDevice: device.id };
  if (options !== undefined) draft.CompilerOptions = options;
  return { draft, device };
}

function onPlatform(platform: JsonObject, options?: JsonValue): Case {
  const draft: OutputConfigDraft = {
    S3OutputLocation: 's3://bucket/out',
    TargetPlatform: platform,
  };
  if (options !== undefined) draft.CompilerOptions = options;
  return { draft };
}

const json = (options: JsonObject) => JSON.stringify(options);
const LINUX_ARM64 = { Os: 'LINUX', Arch: 'ARM64' };
const JETSON_PLATFORM = { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' };
const NVIDIA_OK = { 'gpu-code': 'sm_62', 'trt-ver': '6.0.1', 'cuda-ver': '10.0' };

function problemsOf({ draft, device }: Case): Problem[] {
  return validateCompilerOptions(draft, readTarget(draft), device);
}

const brief = (problems: Problem[]) =>
  problems.map((problem) => `${problem.severity} ${problem.field}: ${problem.message}`);

/** Applies the fix of the one problem on `field` and returns the resulting CompilerOptions. */
function fixed(test: Case, field: string): JsonValue | undefined {
  const problem = problemsOf(test).find((item) => item.field === field);
  if (problem?.fix === undefined) throw new Error(`no fix on ${field}`);
  return problem.fix.apply(Object.freeze(test.draft)).CompilerOptions;
}

describe('validateCompilerOptions: the value as a whole', () => {
  it.each<[string, Case]>([
    [
      'a JSON object for a CPU device',
      onDevice(TEST_DEVICES.ml_m5, json({ mcpu: 'skylake-avx512' })),
    ],
    ['a NVIDIA platform with all three keys', onPlatform(JETSON_PLATFORM, json(NVIDIA_OK))],
    ['flags for ml_inf1 in neuron-cc terms', onDevice(TEST_DEVICES.ml_inf1, '"--verbose INFO"')],
    ['no options for a device without option', onDevice(TEST_DEVICES.sitara_am57x)],
    ['no options for an NVIDIA device', onDevice(TEST_DEVICES.jetson_nano)],
    [
      'no options for a Mali GPU platform (the RK3399 example)',
      onPlatform({ ...LINUX_ARM64, Accelerator: 'MALI' }),
    ],
    ['no options for an Android SoC with a GPU', onDevice(TEST_DEVICES.qcs605)],
    [
      'unknown keys, kept without comment',
      onDevice(TEST_DEVICES.ml_m5, json({ mcpu: 'x', 'opt-level': 3 })),
    ],
  ])('finds nothing wrong with %s', (_, test) => {
    expect(brief(problemsOf(test))).toEqual([]);
  });

  it('says a non-string CompilerOptions is an error and converts an object', () => {
    const test = onDevice(TEST_DEVICES.ml_m5, { mcpu: 'skylake-avx512' });
    expect(brief(problemsOf(test))).toEqual([
      'error CompilerOptions: CompilerOptions must be a string holding JSON, not an object: the API takes it as text',
    ]);
    expect(fixed(test, 'CompilerOptions')).toBe('{"mcpu":"skylake-avx512"}');
    expect(brief(problemsOf(onDevice(TEST_DEVICES.ml_m5, 42)))).toEqual([
      'error CompilerOptions: CompilerOptions must be a string holding JSON, not a number: the API takes it as text',
    ]);
  });

  it('checks the length: 3 to 1024 characters', () => {
    const empty = onDevice(TEST_DEVICES.coreml, '{}');
    expect(brief(problemsOf(empty))).toEqual([
      'error CompilerOptions: CompilerOptions is 2 characters long; the API takes 3 to 1024',
    ]);
    expect(fixed(empty, 'CompilerOptions')).toBeUndefined();
    const long = onDevice(TEST_DEVICES.coreml, json({ class_labels: `${'a'.repeat(1010)}.txt` }));
    expect(brief(problemsOf(long))).toEqual([
      'error CompilerOptions: CompilerOptions is 1033 characters long; the API takes 3 to 1024',
    ]);
  });

  it('says why text is not JSON', () => {
    expect(brief(problemsOf(onDevice(TEST_DEVICES.ml_m5, 'mcpu=skylake-avx512')))).toEqual([
      "error CompilerOptions: CompilerOptions is not valid JSON: Unexpected word 'mcpu': JSON's only words are true, false and null (column 1)",
    ]);
  });

  it('quotes unquoted flags for Inferentia', () => {
    const test = onDevice(TEST_DEVICES.ml_inf1, '--verbose INFO');
    expect(problemsOf(test)[0]?.message).toBe(
      'CompilerOptions is not valid JSON: compiler flags must be a JSON string in double quotes, e.g. "--verbose 1"',
    );
    expect(fixed(test, 'CompilerOptions')).toBe('"--verbose INFO"');
  });

  it('decodes JSON that was encoded twice', () => {
    const test = onDevice(TEST_DEVICES.ml_m5, JSON.stringify(json({ mcpu: 'x' })));
    expect(fixed(test, 'CompilerOptions')).toBe('{"mcpu":"x"}');
  });

  it('warns about Python-style text and converts it to JSON', () => {
    const test = onPlatform({ Os: 'LINUX', Arch: 'ARM_EABIHF' }, "{'mattr': ['+neon']}");
    expect(brief(problemsOf(test))).toEqual([
      "warning CompilerOptions: CompilerOptions is Python-style text, as in AWS's examples; the API documents JSON",
    ]);
    expect(fixed(test, 'CompilerOptions')).toBe('{"mattr":["+neon"]}');
  });

  it('warns about a dict for Inferentia and turns it into flags', () => {
    const test = onDevice(TEST_DEVICES.ml_inf1, json({ 'num-neuroncores': 2 }));
    expect(brief(problemsOf(test))).toEqual([
      'warning CompilerOptions: ml_inf1 takes CompilerOptions as a JSON string of compiler flags, e.g. "--verbose 1 --num-neuroncores 2 -O2"; AWS notebooks also pass a dict, but a CI failure was reported with that form',
    ]);
    expect(fixed(test, 'CompilerOptions')).toBe('"--num-neuroncores 2"');
  });

  it('passes on the flag hints as warnings, never errors', () => {
    const problems = problemsOf(
      onDevice(TEST_DEVICES.ml_inf1, '"--verbose LOUD --log-level INFO --fastmath all"'),
    );
    expect(problems).toHaveLength(3);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(brief(problemsOf(onDevice(TEST_DEVICES.ml_inf2, '"--target inf2 -O2"')))).toEqual([]);
    expect(
      brief(problemsOf(onDevice(TEST_DEVICES.ml_inf1, '"--verbose 1 --num-neuroncores 2 -O2"'))),
    ).toEqual([]);
    expect(brief(problemsOf(onDevice(TEST_DEVICES.ml_trn1, '"--verbose 1"')))).toEqual([
      'warning CompilerOptions: "--verbose 1" is not documented: neuronx-cc documents --verbose debug, info, warning, error or critical (the API example writes --verbose 1, so this is a warning).',
    ]);
  });

  it.each<[string, Case, string[]]>([
    [
      'a CPU device',
      onDevice(TEST_DEVICES.ml_m5, '"--verbose 1"'),
      [
        'error CompilerOptions: CompilerOptions holds a quoted flags string, which only Inferentia takes; ml_m5 takes a JSON object of options such as {"dtype":"float32"}',
      ],
    ],
    [
      'a device without options',
      onDevice(TEST_DEVICES.sitara_am57x, '"--verbose 1"'),
      [
        'error CompilerOptions: CompilerOptions holds a quoted flags string, which only Inferentia takes; no compiler option is documented for sitara_am57x',
      ],
    ],
    ['an unknown device', { draft: { TargetDevice: 'ml_x', CompilerOptions: '"-O2"' } }, []],
    [
      'a CPU device, when the flags are JSON encoded twice',
      onDevice(TEST_DEVICES.ml_m5, JSON.stringify(json({ mcpu: 'x' }))),
      [
        'error CompilerOptions: CompilerOptions is JSON encoded twice: it holds a string that holds the options object',
      ],
    ],
  ])('rejects flags for %s', (_, test, expected) => {
    expect(brief(problemsOf(test))).toEqual(expected);
  });
});

describe('validateCompilerOptions: option values', () => {
  it.each<[string, Case, string, string, JsonValue]>([
    [
      'dtype in the wrong case',
      onDevice(TEST_DEVICES.ml_m5, json({ dtype: 'Float32', mcpu: 'x' })),
      'dtype',
      'dtype is float32 (or float) or int64 (or long)',
      '{"dtype":"float32","mcpu":"x"}',
    ],
    [
      'mattr as a string',
      onDevice(TEST_DEVICES.rasp3b, json({ mattr: '+neon' })),
      'mattr',
      'mattr is a list of tokens, e.g. ["+neon"], not a single string',
      '{"mattr":["+neon"]}',
    ],
    [
      'a mattr token without sign',
      onDevice(TEST_DEVICES.rasp3b, json({ mattr: ['neon'] })),
      'mattr',
      'mattr token "neon" must be +feature or -feature, e.g. +neon',
      '{"mattr":["+neon"]}',
    ],
    [
      'gpu-code without underscore',
      onPlatform(JETSON_PLATFORM, json({ ...NVIDIA_OK, 'gpu-code': 'sm62' })),
      'gpu-code',
      'gpu-code is sm_ and the compute capability, e.g. sm_72',
      '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
    ],
    [
      'cuda-ver as a number',
      onPlatform(JETSON_PLATFORM, json({ ...NVIDIA_OK, 'cuda-ver': 10 })),
      'cuda-ver',
      'cuda-ver is text, not a number: write it in quotes, e.g. "10.0"',
      '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
    ],
    [
      'JETPACK_VERSION as a number',
      onDevice(TEST_DEVICES.jetson_nano, json({ JETPACK_VERSION: 4.6 })),
      'JETPACK_VERSION',
      'JETPACK_VERSION is text, not a number: write it in quotes, e.g. "4.6"',
      '{"JETPACK_VERSION":"4.6"}',
    ],
    [
      'ANDROID_PLATFORM as text',
      onDevice(TEST_DEVICES.qcs605, json({ ANDROID_PLATFORM: '27' })),
      'ANDROID_PLATFORM',
      'ANDROID_PLATFORM is a number, not text: write it without quotes',
      '{"ANDROID_PLATFORM":27}',
    ],
    [
      'precision_mode in lower case',
      onDevice(TEST_DEVICES.ml_eia2, json({ precision_mode: 'fp16' })),
      'precision_mode',
      'precision_mode is FP16 or FP32',
      '{"precision_mode":"FP16"}',
    ],
    [
      'class_labels with a leading slash',
      onDevice(TEST_DEVICES.coreml, json({ class_labels: '/labels.txt' })),
      'class_labels',
      "class_labels is a path inside the model's tar.gz, so it has no leading /",
      '{"class_labels":"labels.txt"}',
    ],
  ])('rejects %s and fixes it in place', (_, test, field, message, repaired) => {
    expect(brief(problemsOf(test))).toEqual([`error ${field}: ${message}`]);
    expect(fixed(test, field)).toBe(repaired);
  });

  it.each<[string, Case, string]>([
    [
      'an empty mcpu',
      onDevice(TEST_DEVICES.ml_m5, json({ mcpu: '' })),
      'error mcpu: mcpu is one LLVM CPU name such as skylake-avx512, with no spaces',
    ],
    [
      'trt-ver in words (6.0 now gets a fix: see nvidia-version-rules.test.ts)',
      onPlatform(JETSON_PLATFORM, json({ ...NVIDIA_OK, 'trt-ver': 'six' })),
      'error trt-ver: trt-ver is the TensorRT version as x.y.z, e.g. 6.0.1',
    ],
    [
      'ANDROID_PLATFORM out of range',
      onDevice(TEST_DEVICES.qcs605, json({ ANDROID_PLATFORM: 30 })),
      'error ANDROID_PLATFORM: ANDROID_PLATFORM is an Android API level from 21 to 29',
    ],
    [
      'dtype with no near value',
      onDevice(TEST_DEVICES.ml_m5, json({ dtype: 'int32' })),
      'error dtype: dtype is float32 (or float) or int64 (or long)',
    ],
  ])('rejects %s without a fix when none is near', (_, test, expected) => {
    const problems = problemsOf(test);
    expect(brief(problems)).toEqual([expected]);
    expect(problems[0]?.fix).toBeUndefined();
  });

  it.each<[string, Case]>([
    ['dtype long', onDevice(TEST_DEVICES.ml_m5, json({ dtype: 'long' }))],
    ['mattr tokens', onDevice(TEST_DEVICES.rasp3b, json({ mattr: ['+neon', '+vfpv4'] }))],
    [
      'ANDROID_PLATFORM 29 with +neon',
      onPlatform(
        { Os: 'ANDROID', Arch: 'ARM_EABI' },
        json({ ANDROID_PLATFORM: 25, mattr: ['+neon'] }),
      ),
    ],
    [
      'the EIA example',
      onDevice(TEST_DEVICES.ml_eia2, json({ precision_mode: 'FP32', output_names: ['output:0'] })),
    ],
    [
      'the CoreML example',
      onDevice(TEST_DEVICES.coreml, json({ class_labels: 'imagenet_labels_1000.txt' })),
    ],
    [
      "jetson_nano's own gpu-code",
      onDevice(
        TEST_DEVICES.jetson_nano,
        json({
          'gpu-code': 'sm_53',
          'trt-ver': '5.0.6',
          'cuda-ver': '10.0',
          JETPACK_VERSION: '4.6',
        }),
      ),
    ],
  ])('accepts %s', (_, test) => {
    expect(brief(problemsOf(test))).toEqual([]);
  });

  it('rejects signature_def_key together with output_names', () => {
    const test = onDevice(
      TEST_DEVICES.ml_eia2,
      json({ signature_def_key: 'serving_default', output_names: ['out:0'] }),
    );
    expect(brief(problemsOf(test))).toEqual([
      'error output_names: Set signature_def_key (for a SavedModel) or output_names (for a FrozenGraph), not both',
    ]);
  });

  it('offers to keep either one of signature_def_key and output_names', () => {
    const test = onDevice(
      TEST_DEVICES.ml_eia2,
      json({
        precision_mode: 'FP16',
        signature_def_key: 'serving_default',
        output_names: ['out:0'],
      }),
    );
    const [problem] = problemsOf(test);
    const fixes = [problem?.fix, ...(problem?.otherFixes ?? [])];
    expect(fixes.map((fix) => fix?.label)).toEqual(['Keep signature_def_key', 'Keep output_names']);
    expect(fixes.map((fix) => fix?.apply(test.draft).CompilerOptions)).toEqual([
      '{"precision_mode":"FP16","signature_def_key":"serving_default"}',
      '{"precision_mode":"FP16","output_names":["out:0"]}',
    ]);
  });

  it("warns when gpu-code is not the NVIDIA device's own and names whose it is", () => {
    const xavier = onDevice(
      TEST_DEVICES.jetson_nano,
      json({ JETPACK_VERSION: '4.6', 'gpu-code': 'sm_72', 'trt-ver': '5.0.6', 'cuda-ver': '10.0' }),
    );
    expect(brief(problemsOf(xavier))).toEqual([
      "warning gpu-code: gpu-code sm_72 is Xavier's; jetson_nano is sm_53 — use sm_53",
    ]);
    expect(fixed(xavier, 'gpu-code')).toBe(
      '{"JETPACK_VERSION":"4.6","gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    );
    const p3 = json({ 'gpu-code': 'sm_80', 'trt-ver': '6.0.1', 'cuda-ver': '10.0' });
    expect(brief(problemsOf(onDevice(TEST_DEVICES.ml_p3, p3)))).toEqual([
      "warning gpu-code: gpu-code sm_80 is not ml_p3's; ml_p3 is sm_70 — use sm_70",
    ]);
  });
});

describe('validateCompilerOptions: which options apply', () => {
  it('keeps an option that does not apply, with a warning and a fix that removes it', () => {
    const test = onPlatform(LINUX_ARM64, json({ mcpu: 'cortex-a72', ANDROID_PLATFORM: 27 }));
    expect(brief(problemsOf(test))).toEqual([
      'warning ANDROID_PLATFORM: ANDROID_PLATFORM does not apply to TargetPlatform LINUX/ARM64 (it is for Os ANDROID); it is kept',
    ]);
    expect(fixed(test, 'ANDROID_PLATFORM')).toBe('{"mcpu":"cortex-a72"}');
  });

  it.each<[string, Case, string]>([
    [
      'mcpu on a Jetson device',
      onDevice(TEST_DEVICES.jetson_nano, json({ mcpu: 'cortex-a57' })),
      'mcpu does not apply to jetson_nano (it is for CPU targets); it is kept',
    ],
    [
      'dtype on a TargetPlatform',
      onPlatform(LINUX_ARM64, json({ dtype: 'float32' })),
      'dtype does not apply to TargetPlatform LINUX/ARM64 (it is for ml_* instances other than ml_inf); it is kept',
    ],
    [
      'mcpu on a device without options',
      onDevice(TEST_DEVICES.sitara_am57x, json({ mcpu: 'cortex-a15' })),
      'mcpu does not apply to sitara_am57x (it is for CPU targets); it is kept',
    ],
  ])('warns about %s', (_, test, message) => {
    expect(problemsOf(test).map((problem) => problem.message)).toEqual([message]);
  });

  it('says nothing about applicability when the target is unknown', () => {
    const draft = { TargetDevice: 'ml_x', CompilerOptions: json({ ANDROID_PLATFORM: 27 }) };
    expect(problemsOf({ draft })).toEqual([]);
  });

  it('requires the three NVIDIA keys for a TargetPlatform and fills a documented set', () => {
    let test = onPlatform(JETSON_PLATFORM);
    expect(brief(problemsOf(test))).toEqual([
      'error gpu-code: gpu-code is required for a TargetPlatform with Accelerator NVIDIA (with trt-ver and cuda-ver)',
      'error trt-ver: trt-ver is required for a TargetPlatform with Accelerator NVIDIA (with gpu-code and cuda-ver)',
      'error cuda-ver: cuda-ver is required for a TargetPlatform with Accelerator NVIDIA (with gpu-code and trt-ver)',
    ]);
    expect(problemsOf(test)[0]?.fix?.label).toBe('Set gpu-code to sm_62 (Jetson TX2 example)');
    for (const field of ['gpu-code', 'trt-ver', 'cuda-ver']) {
      test = { draft: { ...test.draft, CompilerOptions: fixed(test, field) ?? '' } };
    }
    expect(test.draft.CompilerOptions).toBe(json(NVIDIA_OK));
    expect(problemsOf(test)).toEqual([]);
  });

  it('fills the missing NVIDIA keys to match the ones already set', () => {
    const xavier = onPlatform(JETSON_PLATFORM, json({ 'gpu-code': 'sm_72' }));
    expect(problemsOf(xavier).map((problem) => problem.fix?.label)).toEqual([
      'Set trt-ver to 5.1.6 (Jetson Xavier example)',
      'Set cuda-ver to 10.0 (Jetson Xavier example)',
    ]);
    const cloud = onPlatform(
      { Os: 'LINUX', Arch: 'X86_64', Accelerator: 'NVIDIA' },
      json({ mcpu: 'skylake-avx512' }),
    );
    expect(problemsOf(cloud).map((problem) => problem.fix?.label)).toEqual([
      'Remove mcpu',
      'Set gpu-code to sm_70 (ml_p3 example)',
      'Set trt-ver to 6.0.1 (ml_p3 example)',
      'Set cuda-ver to 10.0 (ml_p3 example)',
    ]);
    const odd = onPlatform(JETSON_PLATFORM, json({ 'gpu-code': 'sm_87' }));
    expect(problemsOf(odd).map((problem) => problem.fix)).toEqual([undefined, undefined]);
  });

  it('offers to rename a misspelt NVIDIA key rather than fill it', () => {
    const test = onPlatform(
      JETSON_PLATFORM,
      json({ gpu_code: 'sm_62', 'trt-ver': '6.0.1', 'cuda-ver': '10.0' }),
    );
    expect(brief(problemsOf(test))).toEqual([
      'warning gpu_code: "gpu_code" looks like a slip for gpu-code, the key the API\'s examples use',
      'error gpu-code: gpu-code is required for a TargetPlatform with Accelerator NVIDIA (with trt-ver and cuda-ver)',
    ]);
    expect(fixed(test, 'gpu-code')).toBe(json(NVIDIA_OK));
  });

  it('does not require the NVIDIA keys for an NVIDIA TargetDevice', () => {
    expect(problemsOf(onDevice(TEST_DEVICES.ml_p3, json({ dtype: 'float32' })))).toEqual([]);
  });

  it.each<[string, Case, string | undefined, JsonValue | undefined]>([
    [
      'ml_m5',
      onDevice(TEST_DEVICES.ml_m5),
      'Set mcpu to skylake-avx512',
      '{"mcpu":"skylake-avx512"}',
    ],
    ['rasp3b', onDevice(TEST_DEVICES.rasp3b), 'Use {"mattr":["+neon"]}', '{"mattr":["+neon"]}'],
    ['a Linux x86 platform', onPlatform({ Os: 'LINUX', Arch: 'X86_64' }), undefined, undefined],
  ])('recommends CompilerOptions for the CPU target %s', (_, test, label, result) => {
    const problems = problemsOf(test);
    expect(problems.map((problem) => [problem.field, problem.severity])).toEqual([
      ['CompilerOptions', 'warning'],
    ]);
    expect(problems[0]?.fix?.label).toBe(label);
    if (result !== undefined) expect(fixed(test, 'CompilerOptions')).toBe(result);
  });

  it('names in its message what its fix sets (rasp3b: mattr, not mcpu)', () => {
    const [problem] = problemsOf(onDevice(TEST_DEVICES.rasp3b));
    expect(problem?.message).toBe(
      'CompilerOptions is highly recommended for CPU compilations: the documented options for rasp3b are {"mattr":["+neon"]}',
    );
    expect(problem?.message).not.toContain('mcpu');
  });

  it.each<[string, string]>([
    ['ARM_EABI', '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}'],
    ['ARM64', '{"ANDROID_PLATFORM":29}'],
  ])('gives Android %s the reference example, with no mcpu nudge', (arch, example) => {
    const test = onPlatform({ Os: 'ANDROID', Arch: arch });
    const [problem] = problemsOf(test);
    expect(problem?.message).not.toContain('mcpu');
    expect(problem?.message).toContain(example);
    expect(fixed(test, 'CompilerOptions')).toBe(example);
  });

  it('words the CPU recommendation with the target', () => {
    expect(problemsOf(onDevice(TEST_DEVICES.ml_m5))[0]?.message).toBe(
      'CompilerOptions is highly recommended for CPU compilations: set mcpu (the CPU micro-architecture) for ml_m5',
    );
  });
});

describe('validateCompilerOptions: key spelling slips', () => {
  it.each<[string, string, string]>([
    ['gpu_code', 'gpu-code', 'sm_53'],
    ['DTYPE', 'dtype', 'long'],
    ['Dtype', 'dtype', 'long'],
    ['MCPU', 'mcpu', 'x'],
    ['android_platform', 'ANDROID_PLATFORM', '27'],
  ])('offers to rename %s to %s, keeping value and position', (slip, proper, value) => {
    const test = onPlatform(LINUX_ARM64, json({ before: 1, [slip]: value, after: 2 }));
    const problem = problemsOf(test).find((item) => item.field === slip);
    expect(problem?.severity).toBe('warning');
    expect(problem?.fix?.label).toBe(`Rename to ${proper}`);
    expect(fixed(test, slip)).toBe(json({ before: 1, [proper]: value, after: 2 }));
  });

  it('offers to remove the slip when the right key is also set', () => {
    const test = onDevice(
      TEST_DEVICES.jetson_nano,
      json({ gpu_code: 'sm_72', 'gpu-code': 'sm_53', 'trt-ver': '5.0.6', 'cuda-ver': '10.0' }),
    );
    expect(brief(problemsOf(test))).toEqual([
      'warning gpu_code: "gpu_code" looks like a slip for gpu-code, which is also set; the compiler reads gpu-code',
    ]);
    expect(fixed(test, 'gpu_code')).toBe(
      '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    );
  });

  it('leaves unrelated unknown keys alone', () => {
    expect(
      problemsOf(onDevice(TEST_DEVICES.ml_m5, json({ mcpu: 'x', constructor: 1, 'opt-level': 3 }))),
    ).toEqual([]);
  });
});

describe('validateCompilerOptions: fixes', () => {
  it('write Python-style or object values back as compact JSON', () => {
    const python = onDevice(TEST_DEVICES.ml_m5, "{'dtype': 'Float32', 'mcpu': 'x'}");
    expect(fixed(python, 'dtype')).toBe('{"dtype":"float32","mcpu":"x"}');
    const object = onDevice(TEST_DEVICES.ml_m5, { mcpu: 'x', dtype: 'LONG' });
    expect(fixed(object, 'dtype')).toBe('{"mcpu":"x","dtype":"long"}');
  });

  it('leave a draft alone when its CompilerOptions no longer holds an object', () => {
    const test = onDevice(TEST_DEVICES.ml_m5, json({ dtype: 'Float32' }));
    const problem = problemsOf(test)[0];
    const changed = { ...test.draft, CompilerOptions: '"--verbose 1"' };
    expect(problem?.fix?.apply(changed)).toEqual(changed);
  });
});
