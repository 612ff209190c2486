import { withKey, withPlatformMember, type OutputConfigDraft } from './draft';
import { serializeDraft } from './serialize';

/** Builds a draft the way the form does: members in a scrambled order, options as API text. */
function platformDraft(platform: [string, string][], options?: object): OutputConfigDraft {
  let draft: OutputConfigDraft = {};
  if (options) draft = withKey(draft, 'CompilerOptions', JSON.stringify(options));
  for (const [member, value] of [...platform].reverse())
    draft = withPlatformMember(draft, member, value);
  return withKey(draft, 'S3OutputLocation', 's3://bucket/compiled');
}

function deviceDraft(device: string, compilerOptions?: string): OutputConfigDraft {
  let draft: OutputConfigDraft = withKey({}, 'CompilerOptions', compilerOptions);
  draft = withKey(draft, 'TargetDevice', device);
  return withKey(draft, 'S3OutputLocation', 's3://bucket/compiled');
}

describe('serializeDraft', () => {
  it('gives {} for an empty draft and leaves empty values out', () => {
    expect(serializeDraft({})).toBe('{}');
    expect(
      serializeDraft({ S3OutputLocation: '', TargetPlatform: { Os: '' }, CompilerOptions: '' }),
    ).toBe('{}');
  });

  it.each([
    [
      'Raspberry Pi 3 Model B+',
      platformDraft(
        [
          ['Os', 'LINUX'],
          ['Arch', 'ARM_EABIHF'],
        ],
        { mattr: ['+neon'] },
      ),
      `{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetPlatform": {
    "Os": "LINUX",
    "Arch": "ARM_EABIHF"
  },
  "CompilerOptions": "{\\"mattr\\":[\\"+neon\\"]}"
}`,
    ],
    [
      'Jetson TX2',
      platformDraft(
        [
          ['Os', 'LINUX'],
          ['Arch', 'ARM64'],
          ['Accelerator', 'NVIDIA'],
        ],
        {
          'gpu-code': 'sm_62',
          'trt-ver': '6.0.1',
          'cuda-ver': '10.0',
        },
      ),
      `{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetPlatform": {
    "Os": "LINUX",
    "Arch": "ARM64",
    "Accelerator": "NVIDIA"
  },
  "CompilerOptions": "{\\"gpu-code\\":\\"sm_62\\",\\"trt-ver\\":\\"6.0.1\\",\\"cuda-ver\\":\\"10.0\\"}"
}`,
    ],
    [
      'EC2 m5.2xlarge instance OS',
      platformDraft(
        [
          ['Os', 'LINUX'],
          ['Arch', 'X86_64'],
          ['Accelerator', 'NVIDIA'],
        ],
        { mcpu: 'skylake-avx512' },
      ),
      `{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetPlatform": {
    "Os": "LINUX",
    "Arch": "X86_64",
    "Accelerator": "NVIDIA"
  },
  "CompilerOptions": "{\\"mcpu\\":\\"skylake-avx512\\"}"
}`,
    ],
    [
      'RK3399',
      platformDraft([
        ['Os', 'LINUX'],
        ['Arch', 'ARM64'],
        ['Accelerator', 'MALI'],
      ]),
      `{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetPlatform": {
    "Os": "LINUX",
    "Arch": "ARM64",
    "Accelerator": "MALI"
  }
}`,
    ],
    [
      'ARMv7 phone (CPU)',
      platformDraft(
        [
          ['Os', 'ANDROID'],
          ['Arch', 'ARM_EABI'],
        ],
        { ANDROID_PLATFORM: 25, mattr: ['+neon'] },
      ),
      `{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetPlatform": {
    "Os": "ANDROID",
    "Arch": "ARM_EABI"
  },
  "CompilerOptions": "{\\"ANDROID_PLATFORM\\":25,\\"mattr\\":[\\"+neon\\"]}"
}`,
    ],
    [
      'ARMv8 phone (CPU)',
      platformDraft(
        [
          ['Os', 'ANDROID'],
          ['Arch', 'ARM64'],
        ],
        { ANDROID_PLATFORM: 29 },
      ),
      `{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetPlatform": {
    "Os": "ANDROID",
    "Arch": "ARM64"
  },
  "CompilerOptions": "{\\"ANDROID_PLATFORM\\":29}"
}`,
    ],
  ])('writes the API reference example "%s" exactly', (_name, draft, expected) => {
    expect(serializeDraft(draft)).toBe(expected);
  });

  it.each([
    [
      'ml_m5',
      '{"dtype":"float32","mcpu":"skylake-avx512"}',
      '"{\\"dtype\\":\\"float32\\",\\"mcpu\\":\\"skylake-avx512\\"}"',
    ],
    [
      'jetson_nano',
      '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
      '"{\\"gpu-code\\":\\"sm_53\\",\\"trt-ver\\":\\"5.0.6\\",\\"cuda-ver\\":\\"10.0\\"}"',
    ],
    ['qcs605', '{"ANDROID_PLATFORM":27}', '"{\\"ANDROID_PLATFORM\\":27}"'],
    [
      'ml_inf1',
      '"--verbose 1 --num-neuroncores 2 -O2"',
      '"\\"--verbose 1 --num-neuroncores 2 -O2\\""',
    ],
    [
      'coreml',
      '{"class_labels":"imagenet_labels_1000.txt"}',
      '"{\\"class_labels\\":\\"imagenet_labels_1000.txt\\"}"',
    ],
    [
      'ml_eia2',
      '{"precision_mode":"FP32","output_names":["output:0"]}',
      '"{\\"precision_mode\\":\\"FP32\\",\\"output_names\\":[\\"output:0\\"]}"',
    ],
  ])('writes %s with its options as the API string', (device, options, expectedOptions) => {
    expect(serializeDraft(deviceDraft(device, options))).toBe(`{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetDevice": "${device}",
  "CompilerOptions": ${expectedOptions}
}`);
  });

  it('places KmsKeyId last, whatever order the fields were set in', () => {
    let draft = withKey({}, 'KmsKeyId', 'arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias');
    draft = withKey(draft, 'TargetDevice', 'ml_c5');
    draft = withKey(draft, 'S3OutputLocation', 's3://bucket/compiled');
    expect(serializeDraft(draft)).toBe(`{
  "S3OutputLocation": "s3://bucket/compiled",
  "TargetDevice": "ml_c5",
  "KmsKeyId": "arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias"
}`);
  });

  it('shows what a link carried as given: foreign keys, wrong types and order kept', () => {
    expect(serializeDraft({ TargetDevice: 'ML_C5', extra: 1, S3OutputLocation: 42 })).toBe(`{
  "TargetDevice": "ML_C5",
  "extra": 1,
  "S3OutputLocation": 42
}`);
  });
});
