import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSdkV3Snippet } from './sdk-v3';
import { regionForDraft } from './snippet-input';
import { previewText } from '../../testing/snippets/hostile-output-configs';
import { describeRealClient, printedLine } from '../../testing/snippets/real-client-suite';

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
        "// the model's Framework and DataInputConfig among them, before running.",
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
        `    DataInputConfig: 'REPLACE-{"input0":[1,3,224,224]}',`,
        '    Framework: "REPLACE-FRAMEWORK",',
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

describeRealClient({
  name: 'the real AWS SDK v3',
  // A devDependency, so `npm ci` always installs it.
  missing: undefined,
  build: buildSdkV3Snippet,
  fileName: (n) => `create-compilation-job-${n}.mjs`,
  command: (file) => [process.execPath, [file]],
  printed: printedLine,
  // Inside the project so that `@aws-sdk/client-sagemaker` resolves from its node_modules.
  parentDir: cacheDir(),
});

function cacheDir(): string {
  const dir = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}
