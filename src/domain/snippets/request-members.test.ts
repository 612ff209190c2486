import {
  INPUT_CONFIG_PLACEHOLDER,
  JOB_NAME_PLACEHOLDER,
  ROLE_ARN_PLACEHOLDER,
} from './placeholders';
import { membersObject, snippetRequest } from './request-members';

const OUTPUT = { S3OutputLocation: 's3://b/out', TargetDevice: 'ml_c5' };
const FILLED = {
  CompilationJobName: 'job',
  RoleArn: 'arn:aws:iam::111122223333:role/Neo',
  InputConfig: {
    S3Uri: 's3://b/m.tar.gz',
    Framework: 'ONNX',
    DataInputConfig: '{"data":[1,3,224,224]}',
  },
  VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: ['subnet-1'] },
  StoppingCondition: { MaxRuntimeInSeconds: 600 },
  Tags: [{ Key: 'team', Value: 'vision' }],
};

describe('snippetRequest', () => {
  it('keeps today’s placeholders when no request field is filled', () => {
    const { members, hasPlaceholders } = snippetRequest({}, OUTPUT);
    expect(hasPlaceholders).toBe(true);
    expect(membersObject(members)).toEqual({
      CompilationJobName: JOB_NAME_PLACEHOLDER,
      RoleArn: ROLE_ARN_PLACEHOLDER,
      InputConfig: INPUT_CONFIG_PLACEHOLDER,
      OutputConfig: OUTPUT,
      StoppingCondition: { MaxRuntimeInSeconds: 900 },
    });
  });

  it('sends a filled request as it is, in the API model order, with no placeholder', () => {
    const { members, hasPlaceholders } = snippetRequest(FILLED, OUTPUT);
    expect(hasPlaceholders).toBe(false);
    expect(members.map(({ key }) => key)).toEqual([
      'CompilationJobName',
      'RoleArn',
      'InputConfig',
      'OutputConfig',
      'VpcConfig',
      'StoppingCondition',
      'Tags',
    ]);
    expect(membersObject(members)).toEqual({ ...FILLED, OutputConfig: OUTPUT });
  });

  it('fills only the missing required InputConfig members, keeping what was set', () => {
    const { members, hasPlaceholders } = snippetRequest(
      { InputConfig: { FrameworkVersion: '1.8' } },
      OUTPUT,
    );
    expect(hasPlaceholders).toBe(true);
    expect(JSON.stringify(membersObject(members).InputConfig)).toBe(
      JSON.stringify({
        S3Uri: INPUT_CONFIG_PLACEHOLDER.S3Uri,
        // A marked placeholder, never a guessed framework (SPEC §4.12).
        Framework: 'REPLACE-FRAMEWORK',
        FrameworkVersion: '1.8',
      }),
    );
  });

  it('sends no InputConfig for a model package, and leaves unknown keys out', () => {
    const arn = 'arn:aws:sagemaker:us-east-1:111122223333:model-package/p/1';
    const { members } = snippetRequest(
      { ModelPackageVersionArn: arn, Extra: 1, __proto__x: 2 },
      OUTPUT,
    );
    expect(members.map(({ key }) => key)).toEqual([
      'CompilationJobName',
      'RoleArn',
      'ModelPackageVersionArn',
      'OutputConfig',
      'StoppingCondition',
    ]);
  });
});
