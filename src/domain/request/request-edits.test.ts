import { serializeDraft } from '../serialize';
import { isRequestEmpty } from './request-draft';
import {
  buildRequest,
  serializeRequest,
  withRequestKey,
  withStructureMember,
} from './request-edits';

const OUTPUT = { S3OutputLocation: 's3://b/out', TargetDevice: 'ml_c5', CompilerOptions: '' };

describe('request edits', () => {
  it('place the members the app adds in the API model order, whatever the edit order', () => {
    let request = withRequestKey({}, 'Tags', [{ Key: 'a', Value: 'b' }]);
    request = withStructureMember(request, 'StoppingCondition', 'MaxRuntimeInSeconds', 900);
    request = withStructureMember(request, 'InputConfig', 'Framework', 'PYTORCH');
    request = withStructureMember(request, 'InputConfig', 'S3Uri', 's3://b/m.tar.gz');
    request = withRequestKey(request, 'RoleArn', 'arn:aws:iam::111122223333:role/r');
    request = withRequestKey(request, 'CompilationJobName', 'job');
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        CompilationJobName: 'job',
        RoleArn: 'arn:aws:iam::111122223333:role/r',
        InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'PYTORCH' },
        StoppingCondition: { MaxRuntimeInSeconds: 900 },
        Tags: [{ Key: 'a', Value: 'b' }],
      }),
    );
  });

  it('remove a member set to empty, and a structure left empty', () => {
    const request = withStructureMember({}, 'VpcConfig', 'Subnets', ['s-1']);
    expect(withStructureMember(request, 'VpcConfig', 'Subnets', [])).toEqual({});
    expect(withRequestKey({ RoleArn: 'x' }, 'RoleArn', '')).toEqual({});
    expect(isRequestEmpty({ CompilationJobName: '', InputConfig: { S3Uri: '' } })).toBe(true);
    expect(isRequestEmpty({ Tags: [] })).toBe(false);
  });

  it('replace a structure that is not an object when a member is set', () => {
    expect(withStructureMember({ InputConfig: 'x' }, 'InputConfig', 'Framework', 'ONNX')).toEqual({
      InputConfig: { Framework: 'ONNX' },
    });
  });
});

describe('buildRequest', () => {
  it('embeds the OutputConfig exactly as its preview, after InputConfig', () => {
    const request = {
      CompilationJobName: 'job',
      InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'ONNX' },
      StoppingCondition: { MaxRuntimeInSeconds: 900 },
    };
    const whole = buildRequest(request, OUTPUT);
    expect(Object.keys(whole)).toEqual([
      'CompilationJobName',
      'InputConfig',
      'OutputConfig',
      'StoppingCondition',
    ]);
    expect(JSON.stringify(whole.OutputConfig, null, 2)).toBe(serializeDraft(OUTPUT));
  });

  it('keeps foreign keys in place and an empty OutputConfig as {}', () => {
    expect(serializeRequest({ Extra: 1, RoleArn: 'r' }, {})).toBe(
      JSON.stringify(
        {
          Extra: 1,
          RoleArn: 'r',
          OutputConfig: {},
          StoppingCondition: { MaxRuntimeInSeconds: 900 },
        },
        null,
        2,
      ),
    );
  });

  it('shows the default StoppingCondition the request is sent with, in its place, until one is set', () => {
    expect(Object.keys(buildRequest({ RoleArn: 'r', Tags: [] }, OUTPUT))).toEqual([
      'RoleArn',
      'OutputConfig',
      'StoppingCondition',
      'Tags',
    ]);
    expect(buildRequest({}, OUTPUT).StoppingCondition).toEqual({ MaxRuntimeInSeconds: 900 });
    expect(
      buildRequest({ StoppingCondition: { MaxRuntimeInSeconds: 60 } }, OUTPUT).StoppingCondition,
    ).toEqual({ MaxRuntimeInSeconds: 60 });
  });

  it('never lets an OutputConfig in the request fields replace the real one', () => {
    expect(
      buildRequest({ OutputConfig: { S3OutputLocation: 'evil' } }, OUTPUT).OutputConfig,
    ).toEqual({
      S3OutputLocation: 's3://b/out',
      TargetDevice: 'ml_c5',
    });
  });

  it('keeps a "__proto__" key a plain member', () => {
    const request = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, never>;
    const whole = buildRequest(request, {});
    expect(Object.keys(whole)).toEqual(['OutputConfig', '__proto__', 'StoppingCondition']);
    expect(Object.getPrototypeOf(whole)).toBe(Object.prototype);
  });
});
