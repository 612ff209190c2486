import { buildBoto3Snippet } from './boto3';
import { regionForDraft } from './snippet-input';
import { previewText } from '../../testing/snippets/hostile-output-configs';
import { describeRealClient, printedLine } from '../../testing/snippets/real-client-suite';
import { commandSucceeds, findPython } from '../../testing/snippets/run-client';

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
        "# the model's Framework and DataInputConfig among them, before running.",
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
        `        "DataInputConfig": 'REPLACE-{"input0":[1,3,224,224]}',`,
        '        "Framework": "REPLACE-FRAMEWORK",',
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

describeRealClient({
  name: 'real boto3',
  missing:
    python === undefined
      ? 'no python3 on PATH; install Python 3 and then `python3 -m pip install boto3`'
      : commandSucceeds(python, ['-c', 'import boto3'])
        ? undefined
        : `${python} cannot import boto3; install it with \`python3 -m pip install boto3\``,
  build: buildBoto3Snippet,
  fileName: (n) => `create_compilation_job_${n}.py`,
  command: (file) => [python ?? 'python3', [file]],
  printed: printedLine,
});
