import { useWatch } from 'react-hook-form';
import type { OutputConfigKey } from '../../domain/api-values';
import type { JsonValue } from '../../domain/json/json-value';
import { useConfiguration } from './configuration-context';

// The form holds plain records (see DraftFormValues) whose values are JSON by construction;
// this selector is the one place that says so, so no feature casts what it reads.

/** One OutputConfig member as the draft holds it (any JSON a link put there), or undefined. */
export function useDraftMember(key: OutputConfigKey): JsonValue | undefined {
  const { form } = useConfiguration();
  return useWatch({ control: form.control, name: key }) as JsonValue | undefined;
}
