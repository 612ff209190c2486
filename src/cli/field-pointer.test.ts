import { existingPointer, fieldSegments, outputConfigPath } from './field-pointer';

describe('fieldSegments', () => {
  it.each([
    ['S3OutputLocation', ['S3OutputLocation']],
    ['TargetPlatform.Arch', ['TargetPlatform', 'Arch']],
    ['InputConfig.DataInputConfig', ['InputConfig', 'DataInputConfig']],
    ['Tags[2].Key', ['Tags', '2', 'Key']],
  ])('%s → %j', (field, segments) => {
    expect(fieldSegments(field)).toEqual(segments);
  });
});

describe('outputConfigPath', () => {
  const config = { S3OutputLocation: 's3://b', Extra: 1, CompilerOptions: '{"mcpu":"x"}' };

  it('keeps OutputConfig keys and keys the document holds', () => {
    expect(outputConfigPath('TargetPlatform.Os', config)).toEqual(['TargetPlatform', 'Os']);
    expect(outputConfigPath('Extra', config)).toEqual(['Extra']);
  });

  it('places a compiler option key in CompilerOptions', () => {
    expect(outputConfigPath('mcpu', config)).toEqual(['CompilerOptions']);
    expect(outputConfigPath('gpu-code', config)).toEqual(['CompilerOptions']);
  });
});

describe('existingPointer', () => {
  const document = {
    OutputConfig: { targetDevice: 'ml_c5', TargetPlatform: { Os: 'LINUX' } },
    Tags: [{ Key: 'a' }],
  };

  it('points at the value when the document holds it', () => {
    expect(existingPointer(document, ['OutputConfig', 'TargetPlatform', 'Os'])).toBe(
      '/OutputConfig/TargetPlatform/Os',
    );
    expect(existingPointer(document, ['Tags', '0', 'Key'])).toBe('/Tags/0/Key');
  });

  it('points at a misspelled key as written, and at the parent of a missing member', () => {
    expect(existingPointer(document, ['OutputConfig', 'TargetDevice'])).toBe(
      '/OutputConfig/targetDevice',
    );
    expect(existingPointer(document, ['OutputConfig', 'TargetPlatform', 'Arch'])).toBe(
      '/OutputConfig/TargetPlatform',
    );
    expect(existingPointer(document, ['Tags', '3', 'Key'])).toBe('/Tags');
    expect(existingPointer(document, ['StoppingCondition', 'MaxRuntimeInSeconds'])).toBe('');
  });
});
