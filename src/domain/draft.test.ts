import { toApiObject, withCanonicalSlots, withKey, withPlatformMember } from './draft';

describe('withKey', () => {
  it('places keys the app adds in canonical order', () => {
    let draft = withKey({}, 'KmsKeyId', 'alias/x');
    draft = withKey(draft, 'TargetDevice', 'ml_c5');
    draft = withKey(draft, 'S3OutputLocation', 's3://b');
    draft = withKey(draft, 'CompilerOptions', '{"dtype":"float32"}');
    expect(Object.keys(draft)).toEqual([
      'S3OutputLocation',
      'TargetDevice',
      'CompilerOptions',
      'KmsKeyId',
    ]);
  });

  it('keeps the position of a key that is already there, even out of order', () => {
    const draft = withKey({ KmsKeyId: 'a', S3OutputLocation: 's3://b' }, 'KmsKeyId', 'b');
    expect(Object.entries(draft)).toEqual([
      ['KmsKeyId', 'b'],
      ['S3OutputLocation', 's3://b'],
    ]);
  });

  it('removes a key set to an empty value', () => {
    expect(withKey({ KmsKeyId: 'a' }, 'KmsKeyId', '')).toEqual({});
  });
});

describe('withPlatformMember', () => {
  it('replaces a TargetPlatform that is not an object', () => {
    expect(withPlatformMember({ TargetPlatform: 'LINUX' }, 'Arch', 'ARM64')).toEqual({
      TargetPlatform: { Arch: 'ARM64' },
    });
  });

  it('orders members Os, Arch, Accelerator', () => {
    let draft = withPlatformMember({}, 'Accelerator', 'NVIDIA');
    draft = withPlatformMember(draft, 'Os', 'LINUX');
    draft = withPlatformMember(draft, 'Arch', 'ARM64');
    expect(Object.keys(draft.TargetPlatform as object)).toEqual(['Os', 'Arch', 'Accelerator']);
  });
});

describe('withCanonicalSlots', () => {
  it('adds empty slots that do not show in the API object', () => {
    const slotted = withCanonicalSlots({ TargetDevice: 'ml_c5' });
    expect(Object.keys(slotted)).toEqual([
      'S3OutputLocation',
      'TargetDevice',
      'TargetPlatform',
      'CompilerOptions',
      'KmsKeyId',
    ]);
    expect(toApiObject(slotted)).toEqual({ TargetDevice: 'ml_c5' });
  });

  it('keeps foreign order and unknown keys where they are', () => {
    const slotted = withCanonicalSlots({ KmsKeyId: 'k', Extra: 1, S3OutputLocation: 's3://b' });
    expect(Object.keys(toApiObject(slotted))).toEqual(['KmsKeyId', 'Extra', 'S3OutputLocation']);
  });
});

describe('toApiObject', () => {
  it('keeps a "__proto__" member as plain data', () => {
    const draft = JSON.parse('{"__proto__": {"polluted": true}, "S3OutputLocation": "s3://b"}');
    const api = toApiObject(draft);
    expect(Object.keys(api)).toEqual(['__proto__', 'S3OutputLocation']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
