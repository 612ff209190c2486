import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSdkV3Snippet } from './sdk-v3';
import { regionForDraft } from './snippet-input';
import { HOSTILE_OUTPUT_CONFIGS, previewText } from '../../testing/snippets/hostile-output-configs';
import {
  expectedRequestBody,
  lastSentJob,
  RECORDED_JOB_ARN,
  startRecordingEndpoint,
  type RecordingEndpoint,
} from '../../testing/snippets/recording-endpoint';
import {
  CLIENT_TEST_TIMEOUT_MS,
  ENV_REGION,
  isolatedAwsEnv,
  makeTempDir,
  removeDir,
  runClient,
} from '../../testing/snippets/run-client';

const GOLDEN_CONFIG = {
  S3OutputLocation: 's3://my-bucket/compiled/',
  TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
  CompilerOptions: '{"mattr":["+neon"]}',
};

describe('buildSdkV3Snippet', () => {
  it('writes a runnable ES module with marked placeholders (golden)', () => {
    expect(buildSdkV3Snippet({ outputConfigJson: previewText(GOLDEN_CONFIG) })).toBe(
      [
        '// Replace every REPLACE-… value and the example account ID 111122223333,',
        '// and set InputConfig DataInputConfig and Framework for your model, before running.',
        '// Run as an ES module (e.g. create-compilation-job.mjs) with @aws-sdk/client-sagemaker installed.',
        '// The region comes from AWS_REGION or your AWS config.',
        'import { CreateCompilationJobCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";',
        '',
        'const client = new SageMakerClient({});',
        '',
        'const input = {',
        '  CompilationJobName: "REPLACE-compilation-job-name",',
        '  RoleArn: "arn:aws:iam::111122223333:role/REPLACE-sagemaker-execution-role",',
        '  InputConfig: {',
        '    S3Uri: "s3://REPLACE-bucket/REPLACE-model.tar.gz",',
        `    DataInputConfig: '{"input0":[1,3,224,224]}',`,
        '    Framework: "PYTORCH",',
        '  },',
        '  OutputConfig: {',
        '    S3OutputLocation: "s3://my-bucket/compiled/",',
        '    TargetPlatform: {',
        '      Os: "LINUX",',
        '      Arch: "ARM_EABIHF",',
        '    },',
        `    CompilerOptions: '{"mattr":["+neon"]}',`,
        '  },',
        '  StoppingCondition: {',
        '    MaxRuntimeInSeconds: 900,',
        '  },',
        '};',
        '',
        'const response = await client.send(new CreateCompilationJobCommand(input));',
        'console.log(response.CompilationJobArn);',
        '',
      ].join('\n'),
    );
  });

  it('pins the region only for a single-region target', () => {
    const trn1 = { S3OutputLocation: 's3://b/o', TargetDevice: 'ml_trn1' };
    const snippet = buildSdkV3Snippet({
      outputConfigJson: previewText(trn1),
      region: regionForDraft(trn1),
    });
    expect(snippet).toContain('const client = new SageMakerClient({ region: "us-east-1" });');
    expect(snippet).toContain('// This target is offered only in us-east-1');
  });
});

describe(
  'the module run by the real AWS SDK v3 against a local SageMaker endpoint',
  { timeout: CLIENT_TEST_TIMEOUT_MS },
  () => {
    // Inside the project so that `@aws-sdk/client-sagemaker` resolves from its node_modules.
    const cacheDir = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));
    let endpoint: RecordingEndpoint;
    let dir = '';
    let n = 0;

    beforeAll(async () => {
      endpoint = await startRecordingEndpoint();
      mkdirSync(cacheDir, { recursive: true });
      dir = makeTempDir('snippet-sdk-v3-', cacheDir);
    });
    afterAll(async () => {
      await endpoint.close();
      removeDir(dir);
    });

    it.each(HOSTILE_OUTPUT_CONFIGS)('sends $name exactly', async ({ config }) => {
      n += 1;
      const module = join(dir, `create-compilation-job-${n}.mjs`);
      const outputConfigJson = previewText(config);
      const region = regionForDraft(config);
      writeFileSync(module, buildSdkV3Snippet({ outputConfigJson, region }));
      endpoint.requests.length = 0;
      const { stdout } = await runClient(
        process.execPath,
        [module],
        isolatedAwsEnv(dir, { AWS_ENDPOINT_URL_SAGEMAKER: endpoint.url }),
      );
      expect(stdout).toBe(`${RECORDED_JOB_ARN}\n`);
      expect(lastSentJob(endpoint)).toEqual({
        target: 'SageMaker.CreateCompilationJob',
        signedRegion: region ?? ENV_REGION,
        body: expectedRequestBody(outputConfigJson),
      });
    });
  },
);
