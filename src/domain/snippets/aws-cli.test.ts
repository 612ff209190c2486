import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildAwsCliCommand } from './aws-cli';
import { snippetNotes } from './request-members';
import { regionForDraft } from './snippet-input';
import { HOSTILE_OUTPUT_CONFIGS, previewText } from '../../testing/snippets/hostile-output-configs';
import { describeRealClient } from '../../testing/snippets/real-client-suite';
import {
  CLIENT_TEST_TIMEOUT_MS,
  commandSucceeds,
  makeTempDir,
  removeDir,
  runClient,
} from '../../testing/snippets/run-client';

const GOLDEN_CONFIG = {
  S3OutputLocation: 's3://my-bucket/compiled/',
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"7.1.3","cuda-ver":"10.2"}',
};

describe('buildAwsCliCommand', () => {
  it('writes the full command with marked placeholders (golden)', () => {
    expect(buildAwsCliCommand({ outputConfigJson: previewText(GOLDEN_CONFIG) })).toBe(
      [
        'aws sagemaker create-compilation-job \\',
        '  --compilation-job-name REPLACE-compilation-job-name \\',
        '  --role-arn arn:aws:iam::111122223333:role/REPLACE-sagemaker-execution-role \\',
        `  --input-config '{"S3Uri":"s3://REPLACE-bucket/REPLACE-model.tar.gz","DataInputConfig":"REPLACE-{\\"input0\\":[1,3,224,224]}","Framework":"REPLACE-FRAMEWORK"}' \\`,
        "  --output-config '{",
        '  "S3OutputLocation": "s3://my-bucket/compiled/",',
        '  "TargetDevice": "jetson_nano",',
        '  "CompilerOptions": "{\\"gpu-code\\":\\"sm_53\\",\\"trt-ver\\":\\"7.1.3\\",\\"cuda-ver\\":\\"10.2\\"}"',
        "}' \\",
        `  --stopping-condition '{"MaxRuntimeInSeconds":900}'`,
      ].join('\n'),
    );
  });

  it('adds --region and says why only when the target is single-region', () => {
    const inf2 = { S3OutputLocation: 's3://b/o', TargetDevice: 'ml_inf2' };
    const command = buildAwsCliCommand({
      outputConfigJson: previewText(inf2),
      region: regionForDraft(inf2),
    });
    expect(command).toContain('create-compilation-job \\\n  --region us-east-2 \\\n');
    expect(snippetNotes({ region: regionForDraft(inf2) })).toContain(
      'This target is offered only in us-east-2, so the snippet sets the region.',
    );
    expect(buildAwsCliCommand({ outputConfigJson: previewText(GOLDEN_CONFIG) })).not.toContain(
      '--region',
    );
  });

  it('has no comment lines, which interactive zsh runs as commands (issue 12)', () => {
    const command = buildAwsCliCommand({ outputConfigJson: '{}', region: 'us-east-2' });
    expect(command.startsWith('aws sagemaker create-compilation-job')).toBe(true);
    expect(command.split('\n').filter((line) => line.trimStart().startsWith('#'))).toEqual([]);
    // The notes go beside it instead, and only while a placeholder is left.
    expect(snippetNotes({ region: 'us-east-2' })).toHaveLength(3);
    const filled = {
      CompilationJobName: 'job',
      RoleArn: 'arn:aws:iam::111122223333:role/Neo',
      InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'ONNX' },
    };
    expect(snippetNotes({ request: filled })).toEqual([]);
  });

  it('escapes a single quote in the OutputConfig as the shell needs it', () => {
    const command = buildAwsCliCommand({
      outputConfigJson: '{"S3OutputLocation": "s3://b/it\'s"}',
    });
    expect(command).toContain(`--output-config '{"S3OutputLocation": "s3://b/it'\\''s"}'`);
  });
});

/** Any code points, lone surrogates and quoting hazards included. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '"', '\\', '$', '`', '\n', '!', '\ud800', '\u202e'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

/** The argv a stub `aws` on PATH recorded when bash ran the command. */
describe(
  'the command as bash runs it (stub aws records its argv)',
  { timeout: CLIENT_TEST_TIMEOUT_MS },
  () => {
    let dir = '';
    let n = 0;

    beforeAll(() => {
      dir = makeTempDir('snippet-aws-cli-');
      const stub = join(dir, 'aws');
      writeFileSync(stub, '#!/bin/sh\nprintf \'%s\\0\' "$@" > "$AWS_STUB_ARGV_FILE"\n');
      chmodSync(stub, 0o755);
    });
    afterAll(() => removeDir(dir));

    async function argvOf(command: string): Promise<string[]> {
      n += 1;
      const script = join(dir, `command-${n}.sh`);
      const argvFile = join(dir, `argv-${n}`);
      writeFileSync(script, command);
      await runClient('bash', [script], {
        ...process.env,
        PATH: `${dir}:${process.env.PATH ?? ''}`,
        AWS_STUB_ARGV_FILE: argvFile,
      });
      return readFileSync(argvFile, 'utf8').split('\0').slice(0, -1);
    }

    const valueAfter = (argv: string[], flag: string) => argv[argv.indexOf(flag) + 1];

    it.each(HOSTILE_OUTPUT_CONFIGS)('passes $name through unchanged', async ({ config }) => {
      const outputConfigJson = previewText(config);
      const region = regionForDraft(config);
      const argv = await argvOf(buildAwsCliCommand({ outputConfigJson, region }));
      expect(argv.slice(0, 2)).toEqual(['sagemaker', 'create-compilation-job']);
      expect(JSON.parse(valueAfter(argv, '--output-config') ?? '')).toEqual(
        JSON.parse(outputConfigJson),
      );
      expect(JSON.parse(valueAfter(argv, '--input-config') ?? '')).toEqual({
        S3Uri: 's3://REPLACE-bucket/REPLACE-model.tar.gz',
        DataInputConfig: 'REPLACE-{"input0":[1,3,224,224]}',
        Framework: 'REPLACE-FRAMEWORK',
      });
      expect(valueAfter(argv, '--stopping-condition')).toBe('{"MaxRuntimeInSeconds":900}');
      expect(argv.includes('--region') ? valueAfter(argv, '--region') : undefined).toBe(region);
    });

    it('passes any CompilerOptions string through unchanged (property)', async () => {
      await fc.assert(
        fc.asyncProperty(anyText, async (options) => {
          const outputConfigJson = previewText({
            S3OutputLocation: `s3://bucket/${options}`,
            TargetDevice: 'ml_c5',
            CompilerOptions: options,
          });
          const argv = await argvOf(buildAwsCliCommand({ outputConfigJson }));
          expect(JSON.parse(valueAfter(argv, '--output-config') ?? '')).toEqual(
            JSON.parse(outputConfigJson),
          );
        }),
        { numRuns: 50 },
      );
    });
  },
);

describeRealClient({
  name: 'the real AWS CLI',
  missing: commandSucceeds('aws', ['--version'])
    ? undefined
    : 'no `aws` on PATH; install the AWS CLI (v1: `python3 -m pip install awscli`, or v2)',
  build: buildAwsCliCommand,
  fileName: (n) => `command-${n}.sh`,
  command: (file) => ['bash', [file]],
  printed: (stdout) => JSON.parse(stdout),
});
