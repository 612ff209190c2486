import { FRESH_VISIT, type OpenedLink } from '../../domain/link/opened-link';
import { linkState } from './open-link';

describe('linkState', () => {
  it('opens a link with its draft, tab and request, every message shown', () => {
    const link: OpenedLink = {
      status: 'ok',
      draft: { S3OutputLocation: 's3://b/out', TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } },
      mode: 'platform',
      request: { status: 'ok', request: { CompilationJobName: 'job' } },
    };
    expect(linkState(link)).toEqual({
      draft: link.draft,
      mode: 'platform',
      isRevealedAll: true,
      request: { CompilationJobName: 'job' },
      isRequestRevealedAll: true,
      requestError: undefined,
    });
  });

  it('starts a fresh visit empty and quiet', () => {
    expect(linkState(FRESH_VISIT)).toMatchObject({
      draft: {},
      isRevealedAll: false,
      request: {},
      isRequestRevealedAll: false,
    });
  });

  it('keeps the configuration of a link whose request part is broken, and says why', () => {
    const state = linkState({
      status: 'ok',
      draft: { TargetDevice: 'ml_c5' },
      mode: 'device',
      request: { status: 'error', error: 'the request part is not base64url' },
    });
    expect(state).toMatchObject({
      draft: { TargetDevice: 'ml_c5' },
      request: {},
      requestError: 'the request part is not base64url',
    });
  });
});
