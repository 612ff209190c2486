/**
 * SPEC §8.3: a snippet with every request field filled runs unchanged with the real AWS CLI,
 * boto3 and the AWS SDK for JavaScript v3, and what reaches the (local) endpoint is exactly the
 * request preview.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonObject } from '../json/json-value';
import { serializeRequest } from '../request/request-edits';
import { serializeDraft } from '../serialize';
import { buildAwsCliCommand } from './aws-cli';
import { buildBoto3Snippet } from './boto3';
import { buildSdkV3Snippet } from './sdk-v3';
import { regionForDraft, type SnippetInput } from './snippet-input';
import {
  runSnippetAgainst,
  startRecordingEndpoint,
  type RecordingEndpoint,
} from '../../testing/snippets/recording-endpoint';
import {
  CLIENT_TEST_TIMEOUT_MS,
  commandSucceeds,
  findPython,
  makeTempDir,
  removeDir,
} from '../../testing/snippets/run-client';

const FULL_REQUEST: JsonObject = {
  CompilationJobName: 'resnet50-ml-inf2',
  RoleArn: 'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole',
  InputConfig: {
    S3Uri: 's3://my-bucket/models/resnet50.tar.gz',
    DataInputConfig: '{"input0":[1,3,224,224]}',
    Framework: 'PYTORCH',
    FrameworkVersion: '1.13',
  },
  VpcConfig: {
    SecurityGroupIds: ['sg-0123456789abcdef0'],
    Subnets: ['subnet-0a1b2c3d', 'subnet-1'],
  },
  StoppingCondition: { MaxRuntimeInSeconds: 1800, MaxWaitTimeInSeconds: 3600 },
  Tags: [
    { Key: 'team', Value: 'vision' },
    { Key: 'cost-center', Value: '' },
  ],
};

/** Strings that break naive quoting, where the API model takes free text. */
const HOSTILE_REQUEST: JsonObject = {
  CompilationJobName: 'job-1',
  RoleArn: 'arn:aws:iam::111122223333:role/Neo',
  InputConfig: {
    S3Uri: 's3://bucket/it\'s/$(id)/`x`/"q"\\/m.tar.gz',
    DataInputConfig: '{"in\'put $HOME":[1,3,224,224]}',
    Framework: 'ONNX',
  },
  StoppingCondition: { MaxRuntimeInSeconds: 900 },
  Tags: [{ Key: "it's", Value: 'a "b" \\ é漢字 ${PATH}\n!' }],
};

const CASES: { name: string; request: JsonObject; config: JsonObject }[] = [
  {
    name: 'a fully filled request (ml_inf2, single region)',
    request: FULL_REQUEST,
    config: { S3OutputLocation: 's3://my-bucket/compiled/', TargetDevice: 'ml_inf2' },
  },
  {
    name: 'quoting hazards in every free-text field',
    request: HOSTILE_REQUEST,
    config: {
      S3OutputLocation: "s3://bucket/o'ut/",
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
      CompilerOptions: '{"mcpu":"cortex-a72"}',
    },
  },
  {
    name: 'a model package instead of InputConfig',
    request: {
      CompilationJobName: 'from-package',
      RoleArn: 'arn:aws:iam::111122223333:role/Neo',
      ModelPackageVersionArn: 'arn:aws:sagemaker:us-east-1:111122223333:model-package/p/3',
      StoppingCondition: { MaxRuntimeInSeconds: 900 },
    },
    config: { S3OutputLocation: 's3://b/o', TargetDevice: 'ml_c5' },
  },
];

const inputOf = (request: JsonObject, config: JsonObject): SnippetInput => ({
  outputConfigJson: serializeDraft(config),
  region: regionForDraft(config),
  request,
});

/** What the endpoint must receive: the request preview, parsed. */
const previewBody = (request: JsonObject, config: JsonObject) =>
  JSON.parse(serializeRequest(request, config)) as unknown;

type Client = {
  name: string;
  available: boolean;
  file: string;
  build: (input: SnippetInput) => string;
  command: (file: string) => [string, string[]];
};

const python = findPython();
const CLIENTS: Client[] = [
  {
    name: 'AWS CLI',
    available: commandSucceeds('aws', ['--version']),
    file: 'command.sh',
    build: buildAwsCliCommand,
    command: (file) => ['bash', [file]],
  },
  {
    name: 'boto3',
    available: python !== undefined && commandSucceeds(python, ['-c', 'import boto3']),
    file: 'script.py',
    build: buildBoto3Snippet,
    command: (file) => [python ?? 'python3', [file]],
  },
  {
    name: 'SDK v3',
    available: true,
    file: 'module.mjs',
    build: buildSdkV3Snippet,
    command: (file) => [process.execPath, [file]],
  },
];

describe.each(CLIENTS)('the $name snippet of a filled request', (client) => {
  // Inside the project so that `@aws-sdk/client-sagemaker` resolves from its node_modules.
  const cacheDir = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));
  let endpoint: RecordingEndpoint;
  let dir = '';
  let n = 0;

  beforeAll(async () => {
    endpoint = await startRecordingEndpoint();
    mkdirSync(cacheDir, { recursive: true });
    dir = makeTempDir('snippet-request-', cacheDir);
  });
  afterAll(async () => {
    await endpoint.close();
    removeDir(dir);
  });

  it.skipIf(!client.available).each(CASES)(
    'runs unchanged and sends exactly the request preview: $name',
    { timeout: CLIENT_TEST_TIMEOUT_MS },
    async ({ request, config }) => {
      n += 1;
      const file = join(dir, `${n}-${client.file}`);
      const snippet = client.build(inputOf(request, config));
      expect(snippet).not.toContain('REPLACE');
      const { sent } = await runSnippetAgainst(endpoint, {
        file,
        text: snippet,
        command: client.command(file),
      });
      expect(sent.target).toBe('SageMaker.CreateCompilationJob');
      expect(sent.body).toEqual(previewBody(request, config));
    },
  );
});
