import fc from 'fast-check';
import { anyDraft, formDraft } from '../testing/draft-arbitraries';
import { serializeDraft } from './serialize';
import { linkHashFor, openLink } from './open-link';
import { buildShareHash } from './share-link';

const S3 = 's3://bucket/out';

describe('openLink', () => {
  it.each([
    { case: 'no hash', hash: '', status: 'absent', mode: 'device', draft: {} },
    { case: 'only UI state', hash: '#tab=platform', status: 'absent', mode: 'platform', draft: {} },
    {
      case: 'a device link',
      hash: buildShareHash({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }),
      status: 'ok',
      mode: 'device',
      draft: { S3OutputLocation: S3, TargetDevice: 'ml_c5' },
    },
    {
      case: 'a platform link without the tab pair',
      hash: buildShareHash({ TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' } }),
      status: 'ok',
      mode: 'platform',
      draft: { TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' } },
    },
    {
      case: 'the Platform tab asked for by a link with no target',
      hash: buildShareHash({ S3OutputLocation: S3 }, { tab: 'platform' }),
      status: 'ok',
      mode: 'platform',
      draft: { S3OutputLocation: S3 },
    },
    {
      case: 'the Platform tab refused: switching would drop the device',
      hash: buildShareHash({ TargetDevice: 'ml_c5' }, { tab: 'platform' }),
      status: 'ok',
      mode: 'device',
      draft: { TargetDevice: 'ml_c5' },
    },
    {
      case: 'the Platform tab refused: switching would drop the options',
      hash: buildShareHash({ CompilerOptions: '{}' }, { tab: 'platform' }),
      status: 'ok',
      mode: 'device',
      draft: { CompilerOptions: '{}' },
    },
    {
      case: 'an unknown tab value',
      hash: '#tab=other',
      status: 'absent',
      mode: 'device',
      draft: {},
    },
  ])('$case', ({ hash, status, mode, draft }) => {
    const link = openLink(hash);
    expect(link).toMatchObject({ status, mode });
    expect(link.draft).toEqual(draft);
  });

  it('starts empty and says why when the link cannot be read', () => {
    const link = openLink('#config=+++&tab=platform');
    expect(link).toMatchObject({ status: 'error', draft: {}, mode: 'platform' });
    expect(link.status === 'error' && link.error).toMatch(/base64url/);
  });

  it('gives back the draft and mode it was given, for any draft', () => {
    fc.assert(
      fc.property(fc.oneof(anyDraft, formDraft), (draft) => {
        const first = openLink(linkHashFor(draft, 'device'));
        const again = openLink(linkHashFor(first.draft, first.mode));
        expect(serializeDraft(again.draft)).toBe(serializeDraft(draft));
        expect(again.mode).toBe(first.mode);
      }),
    );
  });
});

describe('linkHashFor', () => {
  it('adds the tab pair only in Platform mode', () => {
    expect(linkHashFor({ S3OutputLocation: S3 }, 'device')).toBe(
      buildShareHash({ S3OutputLocation: S3 }),
    );
    expect(linkHashFor({ S3OutputLocation: S3 }, 'platform')).toBe(
      buildShareHash({ S3OutputLocation: S3 }, { tab: 'platform' }),
    );
  });
});
