import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, type JsonValue } from '../json/json-value';
import { buildRequestFile, requestFileCommand, requestFileNotes } from './request-file';
import { previewText } from '../../testing/snippets/hostile-output-configs';
import { describeRealClient } from '../../testing/snippets/real-client-suite';
import {
  lastSentJob,
  RECORDED_JOB_ARN,
  startRecordingEndpoint,
  type RecordingEndpoint,
} from '../../testing/snippets/recording-endpoint';
import {
  CLIENT_TEST_TIMEOUT_MS,
  commandSucceeds,
  isolatedAwsEnv,
  makeTempDir,
  removeDir,
  runClient,
} from '../../testing/snippets/run-client';
import { VALID_ML_C5_REQUEST } from '../../testing/request-fixtures';

const NANO = {
  S3OutputLocation: 's3://my-bucket/compiled/',
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"7.1.3","cuda-ver":"10.2"}',
};

/** Every member the API model has, each filled. */
const FULL_REQUEST = {
  ...VALID_ML_C5_REQUEST,
  VpcConfig: { SecurityGroupIds: ['sg-0123456789abcdef0'], Subnets: ['subnet-0123456789abcdef0'] },
  Tags: [{ Key: 'team', Value: 'edge' }],
};

describe('buildRequestFile', () => {
  it('writes every request member around the OutputConfig, placeholders marked (golden)', () => {
    const { text, hasPlaceholders } = buildRequestFile({ outputConfigJson: previewText(NANO) });
    expect(hasPlaceholders).toBe(true);
    expect(text).toBe(
      [
        '{',
        '  "CompilationJobName": "REPLACE-compilation-job-name",',
        '  "RoleArn": "arn:aws:iam::111122223333:role/REPLACE-sagemaker-execution-role",',
        '  "InputConfig": {',
        '    "S3Uri": "s3://REPLACE-bucket/REPLACE-model.tar.gz",',
        '    "DataInputConfig": "REPLACE-{\\"input0\\":[1,3,224,224]}",',
        '    "Framework": "REPLACE-FRAMEWORK"',
        '  },',
        '  "OutputConfig": {',
        '    "S3OutputLocation": "s3://my-bucket/compiled/",',
        '    "TargetDevice": "jetson_nano",',
        '    "CompilerOptions": "{\\"gpu-code\\":\\"sm_53\\",\\"trt-ver\\":\\"7.1.3\\",\\"cuda-ver\\":\\"10.2\\"}"',
        '  },',
        '  "StoppingCondition": {',
        '    "MaxRuntimeInSeconds": 900',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('carries the filled request as it is, with no placeholder', () => {
    const { text, hasPlaceholders } = buildRequestFile({
      outputConfigJson: previewText(NANO),
      request: FULL_REQUEST,
    });
    expect(hasPlaceholders).toBe(false);
    expect(JSON.parse(text)).toEqual({ ...FULL_REQUEST, OutputConfig: NANO });
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'CompilationJobName',
      'RoleArn',
      'InputConfig',
      'OutputConfig',
      'VpcConfig',
      'StoppingCondition',
      'Tags',
    ]);
  });

  it('writes invisible characters as escapes of the same value', () => {
    const config = { S3OutputLocation: 's3://b/\u202eevil/', TargetDevice: 'ml_c5' };
    const { text } = buildRequestFile({ outputConfigJson: previewText(config) });
    expect(text).toContain('"S3OutputLocation": "s3://b/\\u202eevil/"');
    expect((JSON.parse(text) as { OutputConfig: unknown }).OutputConfig).toEqual(config);
  });

  it('says what to replace and how to send it, with the region of a single-region target', () => {
    expect(requestFileNotes({}, 'request-ml_c5.json')).toEqual([
      'Replace every REPLACE-… value and the example account ID 111122223333,',
      "the model's Framework and DataInputConfig among them, before running.",
      'Send it with: aws sagemaker create-compilation-job --cli-input-json file://request-ml_c5.json',
    ]);
    expect(
      requestFileNotes({ region: 'us-east-2', request: FULL_REQUEST }, 'request-ml_inf2.json'),
    ).toEqual([
      'This target is offered only in us-east-2, so the command sets the region.',
      expect.stringContaining('InputConfig.FrameworkVersion needs botocore 1.20.5'),
      'Send it with: aws sagemaker create-compilation-job --cli-input-json file://request-ml_inf2.json --region us-east-2',
    ]);
  });
});

const awsMissing = commandSucceeds('aws', ['--version'])
  ? undefined
  : 'no `aws` on PATH; install the AWS CLI (v1: `python3 -m pip install awscli`, or v2)';

/** The --cli-input-json command, as the notes give it, for an argv. */
const cliInputJsonArgs = (file: string, region?: string) =>
  requestFileCommand(file, region).split(' ').slice(1);

describeRealClient({
  name: 'the real AWS CLI reading the --cli-input-json file',
  missing: awsMissing,
  build: (input) => buildRequestFile(input).text,
  fileName: (n) => `request-${n}.json`,
  command: (file, region) => ['aws', cliInputJsonArgs(file, region)],
  printed: (stdout) => JSON.parse(stdout),
});

/** Every key path of `value` that `skeleton` (the CLI's own input skeleton) lacks. */
function keysNotIn(value: JsonValue, skeleton: JsonValue, path = ''): string[] {
  if (Array.isArray(value) && Array.isArray(skeleton)) {
    return value.flatMap((item, i) => keysNotIn(item, skeleton[0] ?? null, `${path}[${i}]`));
  }
  if (!isJsonObject(value)) return [];
  if (!isJsonObject(skeleton)) return [path];
  return Object.entries(value).flatMap(([key, member]) =>
    Object.hasOwn(skeleton, key)
      ? keysNotIn(member, skeleton[key]!, `${path}.${key}`)
      : [`${path}.${key}`],
  );
}

(awsMissing === undefined || process.env.CI ? describe : describe.skip)(
  'the whole request file and the AWS CLI',
  { timeout: CLIENT_TEST_TIMEOUT_MS },
  () => {
    let endpoint: RecordingEndpoint;
    let dir = '';

    beforeAll(async () => {
      endpoint = await startRecordingEndpoint();
      dir = makeTempDir('request-file-');
    });
    afterAll(async () => {
      await endpoint.close();
      removeDir(dir);
    });

    it('has only members of the CLI’s own --generate-cli-skeleton', () => {
      const skeleton = JSON.parse(
        execFileSync('aws', ['sagemaker', 'create-compilation-job', '--generate-cli-skeleton'], {
          encoding: 'utf8',
          env: isolatedAwsEnv(dir, {}),
        }),
      ) as JsonValue;
      const { text } = buildRequestFile({
        outputConfigJson: previewText({
          ...NANO,
          TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
          KmsKeyId: 'alias/my-key',
        }),
        request: { ...FULL_REQUEST, ModelPackageVersionArn: 'arn:aws:sagemaker:x' },
      });
      expect(keysNotIn(JSON.parse(text) as JsonValue, skeleton)).toEqual([]);
    });

    it('is sent member for member, every member filled', async () => {
      const file = join(dir, 'request-full.json');
      const { text } = buildRequestFile({
        outputConfigJson: previewText(NANO),
        request: FULL_REQUEST,
      });
      writeFileSync(file, text);
      endpoint.requests.length = 0;
      const { stdout } = await runClient(
        'aws',
        cliInputJsonArgs(file),
        isolatedAwsEnv(dir, { AWS_ENDPOINT_URL_SAGEMAKER: endpoint.url }),
      );
      expect(JSON.parse(stdout)).toEqual({ CompilationJobArn: RECORDED_JOB_ARN });
      expect(lastSentJob(endpoint).body).toEqual(JSON.parse(text));
    });
  },
);
