import { useWatch } from 'react-hook-form';
import type { JsonValue } from '../../domain/json-value';
import { readTarget, type PlatformFields } from '../../domain/target';
import { useConfiguration } from '../../state/configuration-context';

/** The TargetPlatform members as the draft holds them, whatever a link put there. */
export function usePlatformFields(): PlatformFields {
  const { form } = useConfiguration();
  const platform = useWatch({ control: form.control, name: 'TargetPlatform' }) as
    JsonValue | undefined;
  if (platform === undefined) return {};
  return readTarget({ TargetPlatform: platform }).platform ?? {};
}
