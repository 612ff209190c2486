import fc from 'fast-check';
import { anyDraft, formDraft } from '../../testing/draft-arbitraries';
import { serializeDraft } from '../serialize';
import { FRESH_VISIT, linkHashFor, requestOfLink } from './opened-link';
import { openLink } from './open-link';
import { buildShareHash } from './encode-link';

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

describe('the request fields of a link', () => {
  const request = { CompilationJobName: 'job', StoppingCondition: { MaxRuntimeInSeconds: 900 } };

  it('come back from the hash that carries them, with the draft and the tab', () => {
    const link = openLink(linkHashFor({ S3OutputLocation: S3 }, 'platform', request));
    expect(link).toMatchObject({ status: 'ok', mode: 'platform', draft: { S3OutputLocation: S3 } });
    expect(requestOfLink(link)).toEqual(request);
  });

  it('are empty for a link without them, and a bad request pair keeps the configuration', () => {
    expect(requestOfLink(openLink(linkHashFor({ S3OutputLocation: S3 }, 'device')))).toEqual({});
    const link = openLink(`${buildShareHash({ S3OutputLocation: S3 })}&request=%%%`);
    expect(link).toMatchObject({ status: 'ok', draft: { S3OutputLocation: S3 } });
    expect(link.request.status).toBe('error');
    expect(requestOfLink(link)).toEqual({});
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

describe('FRESH_VISIT', () => {
  it('is what opening an empty hash gives, so a fresh page need not read one', () => {
    expect(openLink('')).toEqual(FRESH_VISIT);
    expect(openLink('#')).toEqual(FRESH_VISIT);
  });
});
