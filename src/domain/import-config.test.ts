import fc from 'fast-check';
import { anyDraft, formDraft } from '../testing/draft-arbitraries';
import { toApiObject, type OutputConfigDraft } from './draft';
import { importConfig, MAX_IMPORT_BYTES } from './import-config';
import { serializeRequest } from './request/request-edits';
import { serializeDraft } from './serialize';

const config = { S3OutputLocation: 's3://bucket/compiled', TargetDevice: 'ml_c5' };

/** The imported draft as JSON text, so key order counts. */
const importedJson = (text: string) => {
  const result = importConfig(text);
  return result.ok ? JSON.stringify(result.draft) : result;
};

describe('importConfig', () => {
  it('takes a bare OutputConfig (also what --output-config takes) as it is', () => {
    expect(importConfig(JSON.stringify(config, null, 2))).toEqual({
      ok: true,
      draft: config,
      source: 'OutputConfig',
      notices: [],
    });
    expect(importConfig('{}')).toEqual({
      ok: true,
      draft: {},
      source: 'OutputConfig',
      notices: [],
    });
  });

  it('finds the OutputConfig in a CreateCompilationJob request', () => {
    const request = {
      CompilationJobName: 'resnet-c5',
      RoleArn: 'arn:aws:iam::111122223333:role/Neo',
      InputConfig: {
        S3Uri: 's3://bucket/model.tar.gz',
        Framework: 'PYTORCH',
        DataInputConfig: '{"input0":[1,3,224,224]}',
      },
      OutputConfig: config,
      StoppingCondition: { MaxRuntimeInSeconds: 900 },
    };
    const fields = Object.fromEntries(
      Object.entries(request).filter(([key]) => key !== 'OutputConfig'),
    );
    expect(importConfig(JSON.stringify(request))).toEqual({
      ok: true,
      draft: config,
      source: 'CreateCompilationJob request',
      notices: [
        'Took OutputConfig from the CreateCompilationJob request, and the request fields around it.',
      ],
      request: fields,
    });
  });

  it('keeps the request fields of a request as given, unknown keys and order included', () => {
    const text = '{"Tags": [], "OutputConfig": {}, "Extra": 1, "RoleArn": 5}';
    const result = importConfig(text);
    expect(result.ok && JSON.stringify(result.request)).toBe('{"Tags":[],"Extra":1,"RoleArn":5}');
  });

  it('finds the OutputConfig in a DescribeCompilationJob response', () => {
    const response = {
      CompilationJobName: 'resnet-c5',
      CompilationJobArn: 'arn:aws:sagemaker:us-east-1:111122223333:compilation-job/resnet-c5',
      CompilationJobStatus: 'COMPLETED',
      OutputConfig: { ...config, CompilerOptions: '{"dtype":"float32"}' },
      ModelArtifacts: { S3ModelArtifacts: 's3://bucket/compiled/model-ml_c5.tar.gz' },
    };
    const result = importConfig(JSON.stringify(response));
    expect(result.ok && result.source).toBe('DescribeCompilationJob response');
    expect(result.ok && result.draft).toEqual(response.OutputConfig);
    expect(result.ok && result.request).toEqual({ CompilationJobName: 'resnet-c5' });
  });

  it('takes only the request members of a response, in the request order', () => {
    const response = {
      CompilationJobName: 'job',
      CompilationJobStatus: 'FAILED',
      StoppingCondition: { MaxRuntimeInSeconds: 900 },
      CreationTime: 1700000000,
      FailureReason: 'x',
      RoleArn: 'arn:aws:iam::111122223333:role/Neo',
      InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'ONNX' },
      OutputConfig: config,
      DerivedInformation: { DerivedDataInputConfig: '{}' },
    };
    const result = importConfig(JSON.stringify(response));
    expect(result.ok && JSON.stringify(result.request)).toBe(
      JSON.stringify({
        CompilationJobName: 'job',
        RoleArn: 'arn:aws:iam::111122223333:role/Neo',
        InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'ONNX' },
        StoppingCondition: { MaxRuntimeInSeconds: 900 },
      }),
    );
  });

  it("carries a failed job's status, FailureReason and name out, and flags the name", () => {
    const response = {
      CompilationJobName: 'keras-c5',
      CompilationJobArn: 'arn:aws:sagemaker:us-east-1:111122223333:compilation-job/keras-c5',
      CompilationJobStatus: 'FAILED',
      FailureReason: 'ClientError: InputConfiguration: Input input_1 has wrong shape',
      OutputConfig: config,
    };
    const result = importConfig(JSON.stringify(response));
    expect(result.ok && result.job).toEqual({
      status: 'FAILED',
      failureReason: response.FailureReason,
      name: 'keras-c5',
    });
    expect(result.ok && result.notices.join('\n')).toMatch(
      /"keras-c5" is the failed job's: it exists/,
    );
  });

  it('carries no job from a request, nor a response without status or reason', () => {
    const request = { CompilationJobName: 'a', FailureReason: 'x', OutputConfig: config };
    const asRequest = importConfig(JSON.stringify(request));
    expect(asRequest.ok && asRequest.job).toBeUndefined();
    const response = { CompilationJobArn: 'arn', OutputConfig: config };
    const asResponse = importConfig(JSON.stringify(response));
    expect(asResponse.ok && asResponse.job).toBeUndefined();
    const completed = importConfig(
      JSON.stringify({ ...response, CompilationJobName: 'a', CompilationJobStatus: 'COMPLETED' }),
    );
    expect(completed.ok && completed.job).toEqual({ status: 'COMPLETED', name: 'a' });
    expect(completed.ok && completed.notices.join()).not.toMatch(/failed job/);
  });

  it('leaves the request fields alone when the text is a bare OutputConfig', () => {
    const result = importConfig(JSON.stringify(config));
    expect(result.ok && 'request' in result).toBe(false);
  });

  it('turns CompilerOptions given as an object into the API string, in place', () => {
    const text =
      '{"S3OutputLocation": "s3://b", "CompilerOptions": {"gpu-code": "sm_53", "trt-ver": "5.0.6"}, "TargetDevice": "jetson_nano"}';
    const result = importConfig(text);
    expect(result.ok && result.notices).toEqual([
      'CompilerOptions was a JSON object; the API takes it as a string, so it became {"gpu-code":"sm_53","trt-ver":"5.0.6"}',
    ]);
    expect(importedJson(text)).toBe(
      JSON.stringify({
        S3OutputLocation: 's3://b',
        CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6"}',
        TargetDevice: 'jetson_nano',
      }),
    );
  });

  it("normalises the Python-style text of AWS's own examples", () => {
    const text = JSON.stringify({
      OutputConfig: {
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
        CompilerOptions: "{'mattr': ['+neon']}",
      },
    });
    expect(importConfig(text)).toEqual({
      ok: true,
      draft: {
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
        CompilerOptions: '{"mattr":["+neon"]}',
      },
      source: 'CreateCompilationJob request',
      notices: [
        'Took OutputConfig from the CreateCompilationJob request.',
        'CompilerOptions used Python-style quotes; it was converted to JSON: {"mattr":["+neon"]}',
      ],
      request: {},
    });
  });

  it.each([
    ['strict JSON', '{"mcpu": "skylake-avx512"}'],
    ['an Inferentia flags string', '"--verbose 1 --num-neuroncores 2 -O2"'],
    ['unreadable text, for the validator to flag', '{mcpu: skylake}'],
    ['flags without their quotes', '--verbose 1'],
  ])('keeps CompilerOptions that is %s as given', (_case, options) => {
    const result = importConfig(JSON.stringify({ ...config, CompilerOptions: options }));
    expect(result.ok && result.draft.CompilerOptions).toBe(options);
    expect(result.ok && result.notices).toEqual([]);
  });

  it('keeps everything else exactly as given, errors included', () => {
    const given = {
      KmsKeyId: 'not a key',
      TargetDevice: 'ML_C5',
      TargetPlatform: { os: 'linux', Arch: 5 },
      targetDevice: '<script>alert(1)</script>',
      S3OutputLocation: 42,
      constructor: { prototype: 'x' },
      CompilerOptions: ['mcpu'],
    };
    expect(importedJson(JSON.stringify(given))).toBe(JSON.stringify(given));
  });

  it.each([
    [
      '',
      'The text is empty. Paste an OutputConfig, a CreateCompilationJob request or a DescribeCompilationJob response',
    ],
    [
      '[{"TargetDevice": "ml_c5"}]',
      'Expected a JSON object (an OutputConfig, a CreateCompilationJob request or a DescribeCompilationJob response), found an array',
    ],
    [
      '"ml_c5"',
      'Expected a JSON object (an OutputConfig, a CreateCompilationJob request or a DescribeCompilationJob response), found a string',
    ],
    ['{"OutputConfig": "ml_c5"}', 'OutputConfig must be a JSON object, found a string'],
    [
      '{"CompilationJobName": "x", "RoleArn": "y"}',
      'No OutputConfig found. Paste an OutputConfig, a CreateCompilationJob request or a DescribeCompilationJob response',
    ],
    [
      `{"S3OutputLocation": "${'x'.repeat(MAX_IMPORT_BYTES)}"}`,
      'The text is over 32 KiB; an OutputConfig is far smaller. Paste an OutputConfig, a CreateCompilationJob request or a DescribeCompilationJob response',
    ],
    [
      `{"S3OutputLocation": "${'é'.repeat(MAX_IMPORT_BYTES / 2)}"}`,
      'The text is over 32 KiB; an OutputConfig is far smaller. Paste an OutputConfig, a CreateCompilationJob request or a DescribeCompilationJob response',
    ],
  ])('refuses %j', (text, message) => {
    expect(importConfig(text)).toEqual({ ok: false, error: { message } });
  });

  it.each([
    ['{\n  "TargetDevice": "ml_c5",\n}', { TargetDevice: 'ml_c5' }, [2]],
    [
      '{"TargetPlatform": {"Os": "LINUX", "Arch": "ARM64",}, "x": [1, 2,],}',
      { TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' }, x: [1, 2] },
      [1, 1, 1],
    ],
    [
      '{"S3OutputLocation": "s3://b/a,}", "TargetDevice": "ml_c5"}',
      { S3OutputLocation: 's3://b/a,}', TargetDevice: 'ml_c5' },
      [],
    ],
  ])('repairs trailing commas in %j with a notice', (text, draft, lines) => {
    const result = importConfig(text);
    expect(result.ok && result.draft).toEqual(draft);
    const notices = result.ok ? result.notices : [];
    if (lines.length === 0) expect(notices).toEqual([]);
    else {
      expect(notices).toEqual([
        `Removed ${lines.length === 1 ? 'a trailing comma' : `${lines.length} trailing commas`}, which JSON does not allow (line ${[...new Set(lines)].join(', ')}).`,
      ]);
    }
  });

  it.each([
    [
      "OutputConfig={'S3OutputLocation': 's3://bucket/out', 'TargetDevice': 'jetson_xavier', 'CompilerOptions': '{\"gpu-code\": \"sm_72\"}'},",
      {
        S3OutputLocation: 's3://bucket/out',
        TargetDevice: 'jetson_xavier',
        CompilerOptions: '{"gpu-code": "sm_72"}',
      },
    ],
    [
      "    OutputConfig = {\n        'S3OutputLocation': 's3://bucket/out',\n        'TargetPlatform': {'Os': 'LINUX', 'Arch': 'ARM64'},\n    }\n)",
      { S3OutputLocation: 's3://bucket/out', TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } },
    ],
  ])('accepts OutputConfig= pasted from a boto3 script: %j', (text, draft) => {
    const result = importConfig(text);
    expect(result.ok && result.draft).toEqual(draft);
    expect(result.ok && result.notices).toEqual([
      'Read OutputConfig from Python (boto3) code; it was converted to JSON.',
    ]);
  });

  it('still reports where a boto3 paste stops being readable', () => {
    const result = importConfig("OutputConfig={'TargetDevice': json.dumps(x)}");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^Not valid Python: unexpected word 'json'/);
  });

  it.each([
    [
      "{'TargetDevice': 'ml_c5'}",
      'Not valid JSON: JSON needs double quotes ("), not single quotes',
      1,
      2,
    ],
    [
      '{"OutputConfig": {"__proto__": {"polluted": true}}}',
      'Not valid JSON: The key "__proto__" is not allowed',
      1,
      19,
    ],
  ])('shows where %j stops being JSON', (text, message, line, column) => {
    expect(importConfig(text)).toEqual({ ok: false, error: { message, line, column } });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads back the request preview: the same OutputConfig and the same request fields', () => {
    const responseKeys = [
      'CompilationJobArn',
      'CompilationJobStatus',
      'CreationTime',
      'ModelArtifacts',
    ];
    fc.assert(
      fc.property(anyDraft, (request) => {
        fc.pre(responseKeys.every((key) => !Object.hasOwn(request, key)));
        const result = importConfig(serializeRequest(request, config));
        expect(result.ok && JSON.stringify(result.draft)).toBe(JSON.stringify(config));
        // The same request preview: its default StoppingCondition is read back as set.
        expect(result.ok && result.request && serializeRequest(result.request, config)).toBe(
          serializeRequest(request, config),
        );
      }),
    );
  });

  it('reads back any preview, bare or inside a request, without changing it', () => {
    fc.assert(
      fc.property(fc.oneof(formDraft, anyDraft), (draft) => {
        const api = toApiObject(draft);
        const options = api.CompilerOptions;
        const normalised =
          (typeof options === 'object' && options !== null && !Array.isArray(options)) ||
          (typeof options === 'string' && options.includes("'"));
        fc.pre(!normalised);
        const request = importConfig(
          JSON.stringify({ CompilationJobName: 'job', OutputConfig: api }),
        );
        expect(request.ok && JSON.stringify(request.draft)).toBe(JSON.stringify(api));
        const bare = importConfig(serializeDraft(draft));
        if (bare.ok && bare.source === 'OutputConfig')
          expect(JSON.stringify(bare.draft)).toBe(JSON.stringify(api));
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify({ OutputConfig: value })),
      fc
        .jsonValue()
        .map((value) => JSON.stringify({ TargetDevice: 'ml_c5', CompilerOptions: value })),
      fc
        .string()
        .map((options) => JSON.stringify({ TargetDevice: 'ml_c5', CompilerOptions: options })),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = importConfig(text);
        expect(typeof result.ok).toBe('boolean');
        const draft: OutputConfigDraft | undefined = result.ok ? result.draft : undefined;
        if (draft) expect(Object.getPrototypeOf(draft)).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });
});
