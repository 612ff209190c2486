import { PAGE_DEVICES } from '../testing/config-cases';
import { checkDocument } from './check-document';

const S3 = 's3://bucket/out';

describe('checkDocument', () => {
  it('judges a bare OutputConfig with the page rules, locating each problem', () => {
    const text = `{\n  "S3OutputLocation": "${S3}",\n  "TargetPlatform": { "Os": "linux", "Arch": "ARM64" }\n}`;
    const check = checkDocument(text, PAGE_DEVICES);
    expect(check).toMatchObject({
      ok: true,
      source: 'OutputConfig',
      errorCount: 1,
      warningCount: 1,
    });
    if (!check.ok) return;
    expect(check.findings[0]).toEqual({
      field: 'TargetPlatform.Os',
      severity: 'error',
      message: 'Os "linux" has the wrong case: the API takes LINUX',
      fix: 'Use LINUX',
      pointer: '/TargetPlatform/Os',
      position: { line: 3, column: 23 },
    });
    // The missing CompilerOptions is about the object that lacks it.
    expect(check.findings[1]).toMatchObject({
      field: 'CompilerOptions',
      severity: 'warning',
      pointer: '',
    });
  });

  it('judges a request: OutputConfig fields under /OutputConfig, request fields by their API name', () => {
    const text = JSON.stringify(
      {
        CompilationJobName: 'job',
        RoleArn: 'arn:aws:iam::111122223333:role/R',
        InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'PYTORCH', DataInputConfig: '[1,3]' },
        OutputConfig: {
          S3OutputLocation: S3,
          TargetDevice: 'jetson_nano',
          CompilerOptions: '{"gpu-code":"sm72"}',
        },
        StoppingCondition: { MaxRuntimeInSeconds: 900 },
      },
      null,
      2,
    );
    const check = checkDocument(text, PAGE_DEVICES);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.source).toBe('CreateCompilationJob request');
    const byField = Object.fromEntries(check.findings.map((finding) => [finding.field, finding]));
    expect(byField['gpu-code']).toMatchObject({
      severity: 'error',
      pointer: '/OutputConfig/CompilerOptions',
      position: { line: 12, column: 5 },
    });
    expect(byField['InputConfig.DataInputConfig']).toMatchObject({
      pointer: '/InputConfig/DataInputConfig',
      position: { line: 7, column: 5 },
    });
  });

  it('reads boto3 text as Import does, with a notice and pointers but no positions', () => {
    const check = checkDocument(
      `OutputConfig={'S3OutputLocation': '${S3}', 'TargetDevice': 'ML_C5'}`,
      PAGE_DEVICES,
    );
    expect(check).toMatchObject({ ok: true, notices: [expect.stringMatching(/Python \(boto3\)/)] });
    if (!check.ok) return;
    expect(check.findings[0]).toEqual({
      field: 'TargetDevice',
      severity: 'error',
      message: 'TargetDevice "ML_C5" has the wrong case: the API takes ml_c5',
      fix: 'Use ml_c5',
      pointer: '/TargetDevice',
    });
  });

  it('locates fields in JSON whose trailing comma Import removed', () => {
    const check = checkDocument(
      `{\n "S3OutputLocation": 7,\n "TargetDevice": "ml_c5",\n}`,
      PAGE_DEVICES,
    );
    expect(check).toMatchObject({ ok: true, notices: [expect.stringMatching(/trailing comma/)] });
    if (check.ok) expect(check.findings[0]?.position).toEqual({ line: 2, column: 2 });
  });

  it.each([
    [
      'broken JSON',
      '{\n  "S3OutputLocation": "s3://b"\n  "TargetDevice": "ml_c5"\n}',
      { line: 3, column: 3 },
    ],
    ['a __proto__ key', '{"__proto__": {}}', { line: 1, column: 2 }],
    [
      '64 levels of nesting and more',
      `${'['.repeat(100)}${']'.repeat(100)}`,
      { line: 1, column: 65 },
    ],
  ])('reports %s as unreadable with its line and column', (_name, text, position) => {
    expect(checkDocument(text, PAGE_DEVICES)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Not valid JSON: /),
      position,
    });
  });

  it('reports text that holds no OutputConfig as unreadable', () => {
    expect(checkDocument('{"Name": "x"}', PAGE_DEVICES)).toEqual({
      ok: false,
      message: expect.stringMatching(/^No OutputConfig found/),
    });
  });
});
