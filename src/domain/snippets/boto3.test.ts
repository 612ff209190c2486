import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBoto3Snippet } from './boto3';
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
  commandSucceeds,
  CLIENT_TEST_TIMEOUT_MS,
  ENV_REGION,
  findPython,
  isolatedAwsEnv,
  makeTempDir,
  removeDir,
  runClient,
} from '../../testing/snippets/run-client';

const GOLDEN_CONFIG = {
  S3OutputLocation: 's3://my-bucket/compiled/',
  TargetDevice: 'ml_inf2',
  CompilerOptions: '"--verbose 1 --num-neuroncores 2 -O2"',
};

describe('buildBoto3Snippet', () => {
  it('writes a runnable script with marked placeholders (golden)', () => {
    const snippet = buildBoto3Snippet({
      outputConfigJson: previewText(GOLDEN_CONFIG),
      region: 'us-east-2',
    });
    expect(snippet).toBe(
      [
        '# Replace every REPLACE-… value and the example account ID 111122223333,',
        '# and set InputConfig DataInputConfig and Framework for your model, before running.',
        '# This target is offered only in us-east-2, so the snippet sets the region.',
        'import boto3',
        '',
        'client = boto3.client("sagemaker", region_name="us-east-2")',
        '',
        'output_config = {',
        '    "S3OutputLocation": "s3://my-bucket/compiled/",',
        '    "TargetDevice": "ml_inf2",',
        `    "CompilerOptions": '"--verbose 1 --num-neuroncores 2 -O2"',`,
        '}',
        '',
        'response = client.create_compilation_job(',
        '    CompilationJobName="REPLACE-compilation-job-name",',
        '    RoleArn="arn:aws:iam::111122223333:role/REPLACE-sagemaker-execution-role",',
        '    InputConfig={',
        '        "S3Uri": "s3://REPLACE-bucket/REPLACE-model.tar.gz",',
        `        "DataInputConfig": '{"input0":[1,3,224,224]}',`,
        '        "Framework": "PYTORCH",',
        '    },',
        '    OutputConfig=output_config,',
        '    StoppingCondition={',
        '        "MaxRuntimeInSeconds": 900,',
        '    },',
        ')',
        'print(response["CompilationJobArn"])',
        '',
      ].join('\n'),
    );
  });

  it('leaves region_name out when the target is not single-region', () => {
    const config = { S3OutputLocation: 's3://b/o', TargetDevice: 'ml_c5' };
    const snippet = buildBoto3Snippet({
      outputConfigJson: previewText(config),
      region: regionForDraft(config),
    });
    expect(snippet).toContain('client = boto3.client("sagemaker")\n');
    expect(snippet).not.toContain('region_name');
    expect(snippet).not.toContain('offered only in');
  });
});

const python = findPython();
const hasBoto3 = python !== undefined && commandSucceeds(python, ['-c', 'import boto3']);

describe.skipIf(!hasBoto3)(
  hasBoto3
    ? 'the script run by real boto3 against a local SageMaker endpoint'
    : 'the script run by real boto3 (skipped: boto3 not installed)',
  { timeout: CLIENT_TEST_TIMEOUT_MS },
  () => {
    let endpoint: RecordingEndpoint;
    let dir = '';
    let n = 0;

    beforeAll(async () => {
      endpoint = await startRecordingEndpoint();
      dir = makeTempDir('snippet-boto3-');
    });
    afterAll(async () => {
      await endpoint.close();
      removeDir(dir);
    });

    it.each(HOSTILE_OUTPUT_CONFIGS)('sends $name exactly', async ({ config }) => {
      n += 1;
      const script = join(dir, `create_compilation_job_${n}.py`);
      const outputConfigJson = previewText(config);
      const region = regionForDraft(config);
      writeFileSync(script, buildBoto3Snippet({ outputConfigJson, region }));
      endpoint.requests.length = 0;
      const { stdout } = await runClient(
        python ?? 'python3',
        [script],
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
