import { readTarget, type PlatformFields } from '../../../domain/target/target';
import { useDraftMember } from '../../../state/draft/use-draft-member';

/** The TargetPlatform members as the draft holds them, whatever a link put there. */
export function usePlatformFields(): PlatformFields {
  const platform = useDraftMember('TargetPlatform');
  if (platform === undefined) return {};
  return readTarget({ TargetPlatform: platform }).platform ?? {};
}
