import type { OutputConfigDraft } from '../draft';
import { serializeDraft } from '../serialize';
import { modeOfDraft, type TargetMode } from './target-mode';
import { keptAsideNotice, switchTargetMode } from './target-switch';

const device = {
  S3OutputLocation: 's3://bucket/out',
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53"}',
};

describe('switchTargetMode', () => {
  it('clears the device and its options when switching to an empty platform mode', () => {
    const { draft } = switchTargetMode(device, {}, 'device', 'platform');
    expect(JSON.parse(serializeDraft(draft))).toEqual({ S3OutputLocation: 's3://bucket/out' });
  });

  it('restores exactly what each mode had after switching back and forth', () => {
    const toPlatform = switchTargetMode(device, {}, 'device', 'platform');
    const platformDraft = {
      ...toPlatform.draft,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
      CompilerOptions: '{"mcpu":"cortex-a57"}',
    };
    const back = switchTargetMode(platformDraft, toPlatform.stash, 'platform', 'device');
    expect(serializeDraft(back.draft)).toBe(serializeDraft(device));
    const again = switchTargetMode(back.draft, back.stash, 'device', 'platform');
    expect(JSON.parse(serializeDraft(again.draft))).toEqual({
      S3OutputLocation: 's3://bucket/out',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
      CompilerOptions: '{"mcpu":"cortex-a57"}',
    });
  });

  it('keeps a platform that a link gave together with a device', () => {
    const both = { ...device, TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } };
    const { draft } = switchTargetMode(both, {}, 'device', 'platform');
    expect(JSON.parse(serializeDraft(draft))).toEqual({
      S3OutputLocation: 's3://bucket/out',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
      CompilerOptions: '{"gpu-code":"sm_53"}',
    });
  });
});

describe('modeOfDraft', () => {
  it.each([
    [{ TargetDevice: 'ml_c5' }, 'device'],
    [{ TargetPlatform: { Os: 'LINUX' } }, 'platform'],
    [{ TargetPlatform: 'LINUX' }, 'platform'],
    [{ TargetDevice: 'ml_c5', TargetPlatform: { Os: 'LINUX' } }, 'device'],
    [{}, 'device'],
  ])('%j opens in %s mode', (draft, mode) => {
    expect(modeOfDraft(draft)).toBe(mode);
  });
});

describe('keptAsideNotice', () => {
  it.each<[OutputConfigDraft, TargetMode, string | undefined]>([
    [
      { TargetDevice: 'jetson_xavier', CompilerOptions: '{"gpu-code":"sm_72"}' },
      'device',
      'jetson_xavier and its CompilerOptions are kept aside, out of the output; the Device tab brings them back',
    ],
    [
      { TargetDevice: 'ml_c5' },
      'device',
      'ml_c5 is kept aside, out of the output; the Device tab brings it back',
    ],
    [
      { TargetPlatform: { Os: 'LINUX' }, CompilerOptions: '{"mcpu":"x"}' },
      'platform',
      'TargetPlatform and its CompilerOptions are kept aside, out of the output; the Platform tab brings them back',
    ],
    [{ S3OutputLocation: 's3://b/k' }, 'device', undefined],
  ])('%j leaving %s', (draft, from, notice) => {
    expect(keptAsideNotice(draft, from)).toBe(notice);
  });
});
