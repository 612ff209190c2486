import type { OutputConfigDraft } from '../draft';
import type { JsonObject, JsonValue } from '../json/json-value';
import type { Problem } from '../problem';
import { analyzeRequest } from './request-analysis';
import { VALID_ML_C5_REQUEST } from '../../testing/request-fixtures';
import { withRequestKey, withStructureMember, type StructureKey } from './request-edits';

const OUTPUT: OutputConfigDraft = { S3OutputLocation: 's3://bucket/out', TargetDevice: 'ml_c5' };
const on = (TargetDevice: string): OutputConfigDraft => ({ ...OUTPUT, TargetDevice });
const EDGE_PLATFORM: OutputConfigDraft = {
  S3OutputLocation: 's3://bucket/out',
  TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
};

const VALID = VALID_ML_C5_REQUEST;

type Edit = (request: JsonObject) => JsonObject;
const top =
  (key: string, value: JsonValue | undefined): Edit =>
  (request) =>
    withRequestKey(request, key, value);
const member =
  (key: StructureKey, name: string, value: JsonValue | undefined): Edit =>
  (request) =>
    withStructureMember(request, key, name, value);
const input = (name: string, value: JsonValue | undefined) => member('InputConfig', name, value);
const both =
  (...edits: Edit[]): Edit =>
  (request) =>
    edits.reduce((current, edit) => edit(current), request);
const keep: Edit = (request) => request;

type Case = {
  rule: string;
  /** The field and severity the failing request must report. */
  field: string;
  severity: Problem['severity'];
  pass: Edit;
  fail: Edit;
  output?: OutputConfigDraft;
  /** The OutputConfig of the passing case when it differs from the failing one. */
  passOutput?: OutputConfigDraft;
  /** The label of the fix the failing case offers; applying it must clear the problem. */
  fix?: string;
};

const cases: Case[] = [
  // The API model (errors).
  {
    rule: 'unknown top-level key',
    field: 'Extra',
    severity: 'error',
    pass: keep,
    fail: top('Extra', 1),
    fix: 'Remove "Extra"',
  },
  {
    rule: 'a misspelled top-level key is renamed',
    field: 'RoleArn',
    severity: 'error',
    pass: keep,
    fail: (request) => {
      const { RoleArn, ...rest } = request;
      return { ...rest, roleArn: RoleArn ?? '' };
    },
    fix: 'Rename to RoleArn',
  },
  {
    rule: 'unknown InputConfig member',
    field: 'InputConfig.Shape',
    severity: 'error',
    pass: keep,
    fail: input('Shape', 'x'),
    fix: 'Remove "Shape"',
  },
  {
    rule: 'a structure must be an object',
    field: 'StoppingCondition',
    severity: 'error',
    pass: keep,
    fail: top('StoppingCondition', 900),
    fix: 'Remove StoppingCondition',
  },
  {
    rule: 'CompilationJobName is required',
    field: 'CompilationJobName',
    severity: 'error',
    pass: keep,
    fail: top('CompilationJobName', undefined),
  },
  {
    rule: 'CompilationJobName pattern',
    field: 'CompilationJobName',
    severity: 'error',
    pass: top('CompilationJobName', 'a-b--c9'),
    fail: top('CompilationJobName', 'my_model.v2'),
    fix: 'Use "my-model-v2"',
  },
  {
    rule: 'CompilationJobName length',
    field: 'CompilationJobName',
    severity: 'error',
    pass: top('CompilationJobName', 'a'.repeat(63)),
    fail: top('CompilationJobName', 'a'.repeat(64)),
  },
  {
    rule: 'CompilationJobName type',
    field: 'CompilationJobName',
    severity: 'error',
    pass: keep,
    fail: top('CompilationJobName', 42),
    fix: 'Use "42"',
  },
  {
    rule: 'RoleArn is required',
    field: 'RoleArn',
    severity: 'error',
    pass: keep,
    fail: top('RoleArn', undefined),
  },
  {
    rule: 'RoleArn must be a role',
    field: 'RoleArn',
    severity: 'error',
    pass: top('RoleArn', 'arn:aws-cn:iam::111122223333:role/Neo'),
    fail: top('RoleArn', 'arn:aws:iam::111122223333:user/bob'),
  },
  {
    rule: 'an assumed-role session ARN names its role',
    field: 'RoleArn',
    severity: 'error',
    pass: keep,
    fail: top('RoleArn', 'arn:aws:sts::111122223333:assumed-role/NeoRole/session-1'),
    fix: 'Use "arn:aws:iam::111122223333:role/NeoRole"',
  },
  {
    rule: 'RoleArn whitespace',
    field: 'RoleArn',
    severity: 'error',
    pass: keep,
    fail: top('RoleArn', ' arn:aws:iam::111122223333:role/Neo'),
    fix: 'Trim whitespace',
  },
  {
    rule: 'RoleArn minimum length',
    field: 'RoleArn',
    severity: 'error',
    pass: keep,
    fail: top('RoleArn', 'arn:aws:iam::1:role'),
  },
  {
    rule: 'the model is required (InputConfig or ModelPackageVersionArn)',
    field: 'InputConfig.S3Uri',
    severity: 'error',
    pass: both(
      top('InputConfig', undefined),
      top('ModelPackageVersionArn', 'arn:aws:sagemaker:us-east-1:111122223333:model-package/p/1'),
    ),
    fail: top('InputConfig', undefined),
  },
  {
    rule: 'InputConfig and ModelPackageVersionArn are exclusive',
    field: 'ModelPackageVersionArn',
    severity: 'error',
    pass: keep,
    fail: top(
      'ModelPackageVersionArn',
      'arn:aws:sagemaker:us-east-1:111122223333:model-package/p/1',
    ),
    fix: 'Keep InputConfig',
  },
  {
    rule: 'ModelPackageVersionArn pattern',
    field: 'ModelPackageVersionArn',
    severity: 'error',
    pass: both(
      top('InputConfig', undefined),
      top('ModelPackageVersionArn', 'arn:aws:sagemaker:eu-west-1:111122223333:model-package/p/2'),
    ),
    fail: both(
      top('InputConfig', undefined),
      top('ModelPackageVersionArn', 'arn:aws:s3:::bucket/p'),
    ),
  },
  {
    rule: 'S3Uri is required',
    field: 'InputConfig.S3Uri',
    severity: 'error',
    pass: keep,
    fail: input('S3Uri', undefined),
  },
  {
    rule: 'S3Uri pattern',
    field: 'InputConfig.S3Uri',
    severity: 'error',
    pass: input('S3Uri', 'https://bucket.s3.amazonaws.com/m.tar.gz'),
    fail: input('S3Uri', 'bucket/model.tar.gz'),
  },
  {
    rule: 'S3Uri length',
    field: 'InputConfig.S3Uri',
    severity: 'error',
    pass: keep,
    fail: input('S3Uri', `s3://b/${'k'.repeat(1020)}.tar.gz`),
  },
  {
    rule: 'Framework is required',
    field: 'InputConfig.Framework',
    severity: 'error',
    pass: keep,
    fail: input('Framework', undefined),
  },
  {
    rule: 'Framework from the API list (case slip)',
    field: 'InputConfig.Framework',
    severity: 'error',
    pass: input('Framework', 'ONNX'),
    fail: input('Framework', 'pytorch'),
    fix: 'Use "PYTORCH"',
  },
  {
    rule: 'Framework from the API list (alias)',
    field: 'InputConfig.Framework',
    severity: 'error',
    pass: keep,
    fail: input('Framework', 'TensorFlow Lite'),
    fix: 'Use "TFLITE"',
  },
  {
    rule: 'Framework from the API list (unknown)',
    field: 'InputConfig.Framework',
    severity: 'error',
    pass: keep,
    fail: input('Framework', 'JAX'),
  },
  {
    rule: 'FrameworkVersion pattern',
    field: 'InputConfig.FrameworkVersion',
    severity: 'error',
    pass: input('FrameworkVersion', '1.8.1'),
    fail: input('FrameworkVersion', 'v1.8'),
  },
  {
    rule: 'FrameworkVersion length',
    field: 'InputConfig.FrameworkVersion',
    severity: 'error',
    pass: keep,
    fail: input('FrameworkVersion', '1.8.1.2.3.4'),
  },
  {
    rule: 'DataInputConfig is a string',
    field: 'InputConfig.DataInputConfig',
    severity: 'error',
    pass: keep,
    fail: input('DataInputConfig', { input0: [1, 3, 224, 224] }),
    fix: 'Write it as a JSON string',
  },
  {
    rule: 'DataInputConfig length',
    field: 'InputConfig.DataInputConfig',
    severity: 'error',
    pass: keep,
    fail: input('DataInputConfig', `{"a":[${'1,'.repeat(8200)}1]}`),
  },
  {
    rule: 'MaxRuntimeInSeconds is a whole number',
    field: 'StoppingCondition.MaxRuntimeInSeconds',
    severity: 'error',
    pass: keep,
    fail: member('StoppingCondition', 'MaxRuntimeInSeconds', '900'),
    fix: 'Use the number 900',
  },
  {
    rule: 'MaxRuntimeInSeconds is at least 1',
    field: 'StoppingCondition.MaxRuntimeInSeconds',
    severity: 'error',
    pass: member('StoppingCondition', 'MaxRuntimeInSeconds', 1),
    fail: member('StoppingCondition', 'MaxRuntimeInSeconds', 0),
  },
  {
    rule: 'MaxWaitTimeInSeconds is a whole number',
    field: 'StoppingCondition.MaxWaitTimeInSeconds',
    severity: 'error',
    pass: member('StoppingCondition', 'MaxWaitTimeInSeconds', 900),
    fail: member('StoppingCondition', 'MaxWaitTimeInSeconds', 1.5),
  },
  {
    rule: 'VpcConfig needs Subnets',
    field: 'VpcConfig.Subnets',
    severity: 'error',
    pass: top('VpcConfig', { SecurityGroupIds: ['sg-0a1b2c3d'], Subnets: ['subnet-0a1b'] }),
    fail: top('VpcConfig', { SecurityGroupIds: ['sg-0a1b2c3d'] }),
  },
  {
    rule: 'VpcConfig IDs pattern',
    field: 'VpcConfig.Subnets',
    severity: 'error',
    pass: keep,
    fail: top('VpcConfig', { SecurityGroupIds: ['sg-1'], Subnets: ['subnet_1'] }),
  },
  {
    rule: 'VpcConfig at most 5 security groups',
    field: 'VpcConfig.SecurityGroupIds',
    severity: 'error',
    pass: keep,
    fail: top('VpcConfig', {
      SecurityGroupIds: ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5', 'sg-6'],
      Subnets: ['s-1'],
    }),
  },
  {
    rule: 'Tags is a list',
    field: 'Tags',
    severity: 'error',
    pass: top('Tags', [{ Key: 'team', Value: 'vision' }]),
    fail: top('Tags', { team: 'vision' }),
  },
  {
    rule: 'Tags at most 50',
    field: 'Tags',
    severity: 'error',
    pass: keep,
    fail: top(
      'Tags',
      Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' })),
    ),
  },
  {
    rule: 'a tag needs a Key',
    field: 'Tags',
    severity: 'error',
    pass: top('Tags', [{ Key: 'a', Value: '' }]),
    fail: top('Tags', [{ Value: 'x' }]),
  },
  {
    rule: 'tag keys are unique',
    field: 'Tags',
    severity: 'error',
    pass: keep,
    fail: top('Tags', [
      { Key: 'a', Value: '1' },
      { Key: 'a', Value: '2' },
    ]),
  },
  {
    rule: 'tag value pattern',
    field: 'Tags',
    severity: 'error',
    pass: top('Tags', [{ Key: 'a b', Value: 'é:/=+-@' }]),
    fail: top('Tags', [{ Key: 'a', Value: '<b>' }]),
  },
  {
    rule: 'a tag holds only Key and Value',
    field: 'Tags',
    severity: 'error',
    pass: keep,
    fail: top('Tags', [{ Key: 'a', Value: 'b', Note: 'c' }]),
  },
  // What the API pages document beyond the model (warnings).
  {
    rule: 'S3Uri points to a .tar.gz',
    field: 'InputConfig.S3Uri',
    severity: 'warning',
    pass: keep,
    fail: input('S3Uri', 's3://bucket/model.pth'),
  },
  {
    rule: 'MaxRuntimeInSeconds is set',
    field: 'StoppingCondition.MaxRuntimeInSeconds',
    severity: 'warning',
    pass: keep,
    fail: top('StoppingCondition', { MaxWaitTimeInSeconds: 900 }),
    fix: 'Use 900 seconds',
  },
  {
    rule: 'MaxRuntimeInSeconds at most 28 days',
    field: 'StoppingCondition.MaxRuntimeInSeconds',
    severity: 'warning',
    pass: member('StoppingCondition', 'MaxRuntimeInSeconds', 2419200),
    fail: member('StoppingCondition', 'MaxRuntimeInSeconds', 2419201),
    fix: 'Use 28 days',
  },
  {
    rule: 'MaxWaitTimeInSeconds ≥ MaxRuntimeInSeconds',
    field: 'StoppingCondition.MaxWaitTimeInSeconds',
    severity: 'warning',
    pass: member('StoppingCondition', 'MaxWaitTimeInSeconds', 900),
    fail: member('StoppingCondition', 'MaxWaitTimeInSeconds', 600),
    fix: 'Use 900 seconds',
  },
  {
    rule: 'security group IDs start with sg-',
    field: 'VpcConfig.SecurityGroupIds',
    severity: 'warning',
    pass: top('VpcConfig', { SecurityGroupIds: ['sg-1'], Subnets: ['s-1'] }),
    fail: top('VpcConfig', { SecurityGroupIds: ['g-1'], Subnets: ['s-1'] }),
  },
  {
    rule: 'FrameworkVersion only for MXNet, PyTorch, TensorFlow, TFLite',
    field: 'InputConfig.FrameworkVersion',
    severity: 'warning',
    pass: keep,
    fail: both(input('Framework', 'ONNX'), input('DataInputConfig', '{"data":[1,3,224,224]}')),
    fix: 'Remove FrameworkVersion',
  },
  {
    rule: 'FrameworkVersion not for targets the SDK never sends it for',
    field: 'InputConfig.FrameworkVersion',
    severity: 'warning',
    pass: keep,
    fail: keep,
    output: on('coreml'),
    passOutput: OUTPUT,
    fix: 'Remove FrameworkVersion',
  },
  {
    rule: 'FrameworkVersion among the cloud versions',
    field: 'InputConfig.FrameworkVersion',
    severity: 'warning',
    pass: input('FrameworkVersion', '2.0.1'),
    fail: input('FrameworkVersion', '1.9'),
  },
  {
    rule: 'FrameworkVersion among the Inferentia versions',
    field: 'InputConfig.FrameworkVersion',
    severity: 'warning',
    pass: input('FrameworkVersion', '1.9'),
    fail: input('FrameworkVersion', '2.0'),
    output: on('ml_inf1'),
  },
  {
    rule: 'FrameworkVersion among the edge versions',
    field: 'InputConfig.FrameworkVersion',
    severity: 'warning',
    pass: keep,
    fail: input('FrameworkVersion', '2.0'),
    output: EDGE_PLATFORM,
  },
  {
    rule: 'coreml converts TensorFlow and PyTorch only',
    field: 'InputConfig.Framework',
    severity: 'warning',
    pass: input('FrameworkVersion', undefined),
    fail: both(input('FrameworkVersion', undefined), input('Framework', 'MXNET')),
    output: on('coreml'),
  },
  {
    rule: 'DataInputConfig is needed (TensorFlow)',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: both(
      input('Framework', 'TENSORFLOW'),
      input('DataInputConfig', '{"input":[1,224,224,3]}'),
      input('FrameworkVersion', '2.9'),
    ),
    fail: both(
      input('Framework', 'TENSORFLOW'),
      input('DataInputConfig', undefined),
      input('FrameworkVersion', '2.9'),
    ),
  },
  {
    rule: 'DataInputConfig is optional for PyTorch 2.0+ on cloud instances only',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: both(input('FrameworkVersion', '2.0'), input('DataInputConfig', undefined)),
    fail: both(input('FrameworkVersion', '1.8'), input('DataInputConfig', undefined)),
  },
  {
    rule: 'XGBoost needs no DataInputConfig',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: both(
      input('Framework', 'XGBOOST'),
      input('FrameworkVersion', undefined),
      input('DataInputConfig', undefined),
    ),
    fail: both(input('Framework', 'XGBOOST'), input('FrameworkVersion', undefined)),
    fix: 'Remove DataInputConfig',
  },
  {
    rule: 'DataInputConfig is a dictionary or list',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: input('DataInputConfig', "{'input0': [1,3,224,224]}"),
    fail: input('DataInputConfig', 'input0=1,3,224,224'),
  },
  {
    rule: 'only PyTorch takes a list of shapes',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: input('DataInputConfig', '[[1,3,224,224],[1,3,224,224]]'),
    fail: both(input('Framework', 'MXNET'), input('DataInputConfig', '[[1,3,224,224]]')),
  },
  {
    rule: 'shapes are static whole numbers',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: keep,
    fail: input('DataInputConfig', '{"input0":[1,3,-1,224]}'),
  },
  {
    rule: 'PyTorch shapes are NCHW',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: keep,
    fail: input('DataInputConfig', '{"input0":[1,224,224,3]}'),
    fix: 'Reorder to NCHW',
  },
  {
    rule: 'TensorFlow shapes are NHWC',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: both(
      input('Framework', 'TENSORFLOW'),
      input('FrameworkVersion', '2.9'),
      input('DataInputConfig', '{"data1":[1,28,28,1],"data2":[1,28,28,1]}'),
    ),
    fail: both(
      input('Framework', 'TENSORFLOW'),
      input('FrameworkVersion', '2.9'),
      input('DataInputConfig', '{"input":[1,3,224,224]}'),
    ),
    fix: 'Reorder to NHWC',
  },
  {
    rule: 'Keras DataInputConfig is NCHW though its artifacts are NHWC',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: both(
      input('Framework', 'KERAS'),
      input('FrameworkVersion', undefined),
      input('DataInputConfig', '{"input_1":[1,3,224,224]}'),
    ),
    fail: both(
      input('Framework', 'KERAS'),
      input('FrameworkVersion', undefined),
      input('DataInputConfig', '{"input_1":[1,224,224,3]}'),
    ),
    fix: 'Reorder to NCHW',
  },
  {
    rule: 'coreml shapes may be objects',
    field: 'InputConfig.DataInputConfig',
    severity: 'warning',
    pass: both(
      input('FrameworkVersion', undefined),
      input('DataInputConfig', '{"input_1":{"shape":[1,224,224,3]}}'),
    ),
    fail: both(
      input('FrameworkVersion', undefined),
      input('DataInputConfig', '{"input_1":{"shape":[1,224,224,3]}}'),
    ),
    passOutput: on('coreml'),
  },
];

const has = (problems: Problem[], { field, severity }: Pick<Case, 'field' | 'severity'>) =>
  problems.find((problem) => problem.field === field && problem.severity === severity);

describe('analyzeRequest rules', () => {
  it('finds nothing wrong with the complete request', () => {
    expect(analyzeRequest(VALID, OUTPUT).problems).toEqual([]);
  });

  it('calls no unset StoppingCondition missing: the request is sent with the default it shows', () => {
    const analysis = analyzeRequest(top('StoppingCondition', undefined)(VALID), OUTPUT);
    expect(analysis.problems).toEqual([]);
    expect(JSON.parse(analysis.json)).toMatchObject({
      StoppingCondition: { MaxRuntimeInSeconds: 900 },
    });
  });

  it('judges nothing while the request is empty (the section is optional)', () => {
    expect(analyzeRequest({}, OUTPUT)).toMatchObject({
      problems: [],
      isEmpty: true,
      errorCount: 0,
    });
  });

  describe.each(cases)('$rule', (rule) => {
    const failOutput = rule.output ?? OUTPUT;
    const passOutput = rule.passOutput ?? failOutput;

    it('passes', () => {
      expect(has(analyzeRequest(rule.pass(VALID), passOutput).problems, rule)).toBeUndefined();
    });

    it('fails, and any fix clears it', () => {
      const failing = rule.fail(VALID);
      const problem = has(analyzeRequest(failing, failOutput).problems, rule);
      expect(problem).toBeDefined();
      expect(problem?.fix?.label).toBe(rule.fix);
      if (problem?.fix) {
        const fixed = analyzeRequest(problem.fix.apply(failing), failOutput).problems;
        expect(
          fixed.filter((p) => p.field === rule.field && p.message === problem.message),
        ).toEqual([]);
      }
    });
  });

  it('transposes every NHWC shape and keeps names and order', () => {
    const failing = input('DataInputConfig', '{"b":[1,224,224,3],"a":[1,3,32,32]}')(VALID);
    const problem = has(analyzeRequest(failing, OUTPUT).problems, {
      field: 'InputConfig.DataInputConfig',
      severity: 'warning',
    });
    const fixed = problem?.fix?.apply(failing);
    expect(fixed?.InputConfig).toMatchObject({
      DataInputConfig: '{"b":[1,3,224,224],"a":[1,3,32,32]}',
    });
  });

  it('counts errors and warnings and lists errors first', () => {
    const analysis = analyzeRequest(
      both(top('RoleArn', undefined), input('S3Uri', 's3://b/m.zip'))(VALID),
      OUTPUT,
    );
    expect(analysis).toMatchObject({ errorCount: 1, warningCount: 1, isEmpty: false });
    expect(analysis.problems.map((problem) => problem.severity)).toEqual(['error', 'warning']);
  });
});
