/**
 * Test support: API-shaped OutputConfigs whose strings carry everything that breaks naive
 * quoting in a shell, Python or JavaScript. Every value has the type the API expects, so real
 * clients (which check types, not patterns) send them. Lone surrogates are left out here: the
 * Python clients cannot encode them to UTF-8 (the literal escapers are tested on them apart).
 */
import type { JsonObject } from '../../domain/json/json-value';

export type HostileCase = { name: string; config: JsonObject };

const options = (value: JsonObject): string => JSON.stringify(value);

export const HOSTILE_OUTPUT_CONFIGS: HostileCase[] = [
  {
    name: 'single quotes',
    config: {
      S3OutputLocation: "s3://bucket/it's/out'",
      TargetDevice: 'ml_c5',
      CompilerOptions: options({ mcpu: "it's", x: "'\\''" }),
    },
  },
  {
    name: 'double quotes and backslashes',
    config: {
      S3OutputLocation: 's3://bucket/"q"/\\',
      TargetDevice: 'ml_m5',
      CompilerOptions: options({ note: 'a "quoted" \\ back\\slash\\', end: '\\' }),
    },
  },
  {
    name: 'expansions: $HOME, $(id), backticks, ${PATH}',
    config: {
      S3OutputLocation: 's3://bucket/$HOME/`id`/$(id)',
      TargetDevice: 'rasp4b',
      CompilerOptions: options({ mattr: ['$HOME', '$(id)', '`uname -a`', '${PATH}', '$1 $@ $$'] }),
    },
  },
  {
    name: 'shell operators and history expansion',
    config: {
      S3OutputLocation: 's3://bucket/a;b|c&d>e<f',
      TargetDevice: 'ml_c5',
      CompilerOptions: options({ x: "; rm -rf / # !! !$ * ? ~ [a] {a,b} '\"'\"'" }),
    },
  },
  {
    name: 'newlines, tabs and carriage returns',
    config: {
      S3OutputLocation: 's3://bucket/line1\nline2\tend\r',
      TargetDevice: 'ml_c5',
      CompilerOptions: options({ x: 'a\nb\r\nc\td' }),
    },
  },
  {
    name: 'non-ASCII text',
    config: {
      S3OutputLocation: 's3://bucket/é漢字🙂/',
      TargetDevice: 'coreml',
      CompilerOptions: options({ class_labels: 'étiquettes-漢字-🙂.txt' }),
    },
  },
  {
    name: 'invisible characters (bidi override, separators, ZWJ, DEL, C1)',
    config: {
      S3OutputLocation: 's3://bucket/\u202eevil\u2066/',
      TargetDevice: 'ml_c5',
      CompilerOptions: options({ x: 'a\u2028b\u2029c\u007fd\u0085e\u200bf👩\u200d💻\ufeff' }),
    },
  },
  {
    name: 'Python breakers (\'\'\' and """ and a trailing backslash)',
    config: {
      S3OutputLocation: 's3://bucket/\'\'\'/"""/',
      TargetDevice: 'ml_c5',
      CompilerOptions: options({ x: '\'\'\'"""\\' }),
    },
  },
  {
    name: 'Inferentia flags string (a JSON string, not an object)',
    config: {
      S3OutputLocation: 's3://bucket/inf1/',
      TargetDevice: 'ml_inf1',
      CompilerOptions: JSON.stringify('--verbose 1 --num-neuroncores 2 -O2'),
    },
  },
  {
    name: 'ml_inf2 (single region us-east-2)',
    config: {
      S3OutputLocation: 's3://bucket/inf2/',
      TargetDevice: 'ml_inf2',
      CompilerOptions: options({ dtype: 'float32' }),
    },
  },
  {
    name: 'ml_trn1 (single region us-east-1)',
    config: { S3OutputLocation: 's3://bucket/trn1/', TargetDevice: 'ml_trn1' },
  },
  {
    name: 'TargetPlatform with KmsKeyId',
    config: {
      S3OutputLocation: 'https://bucket.s3.amazonaws.com/out',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      CompilerOptions: options({ 'gpu-code': 'sm_72', 'trt-ver': '8.5.2', 'cuda-ver': '11.4' }),
      KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:alias/my-key',
    },
  },
];

/** The preview text for a config, as serializeDraft produces it. */
export const previewText = (config: JsonObject): string => JSON.stringify(config, null, 2);
