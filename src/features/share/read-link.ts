import { decodeShareHash } from '../../domain/share-link';
import type { OutputConfigDraft } from '../../domain/draft';

export type LinkState =
  | { kind: 'none' }
  | { kind: 'loaded'; draft: OutputConfigDraft; ui: ReadonlyMap<string, string> }
  | { kind: 'failed'; message: string };

/** Reads the configuration a link carries in the URL fragment (SPEC §5.1). */
export function readLink(hash: string): LinkState {
  const decoded = decodeShareHash(hash);
  if (decoded.status === 'absent') return { kind: 'none' };
  if (decoded.status === 'ok') return { kind: 'loaded', draft: decoded.draft, ui: decoded.ui };
  return { kind: 'failed', message: decoded.error };
}
