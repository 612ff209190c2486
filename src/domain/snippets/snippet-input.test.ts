import { TARGET_DEVICES } from '../api-values';
import { regionForDraft } from './snippet-input';

describe('regionForDraft', () => {
  it.each([
    ['ml_trn1', 'us-east-1'],
    ['ml_inf2', 'us-east-2'],
  ])('pins %s to %s', (device, region) => {
    expect(regionForDraft({ S3OutputLocation: 's3://b/o', TargetDevice: device })).toBe(region);
  });

  it('leaves every other device unpinned', () => {
    const pinned = TARGET_DEVICES.filter(
      (device) => regionForDraft({ TargetDevice: device }) !== undefined,
    );
    expect(pinned).toEqual(['ml_inf2', 'ml_trn1']);
  });

  it.each([
    ['a platform', { TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' } }],
    ['no target', {}],
    ['a device in the wrong case', { TargetDevice: 'ML_INF2' }],
    ['a prototype key', { TargetDevice: 'constructor' }],
    ['"__proto__"', { TargetDevice: '__proto__' }],
    ['a number', { TargetDevice: 7 }],
  ])('leaves %s unpinned', (_name, draft) => {
    expect(regionForDraft(draft)).toBeUndefined();
  });
});
