import { useWatch } from 'react-hook-form';
import type { OutputConfigKey } from '../domain/api-values';
import type { OutputConfigDraft } from '../domain/draft';
import type { JsonValue } from '../domain/json-value';
import { useConfiguration } from './configuration-context';

// The form holds plain records (see DraftFormValues) whose values are JSON by construction;
// these selectors are the one place that says so, so no feature casts what it reads.

/** One OutputConfig member as the draft holds it (any JSON a link put there), or undefined. */
export function useDraftMember(key: OutputConfigKey): JsonValue | undefined {
  const { form } = useConfiguration();
  return useWatch({ control: form.control, name: key }) as JsonValue | undefined;
}

/** The whole draft; re-renders on every change, so only the analysis and the URL read it. */
export function useDraft(): OutputConfigDraft {
  const { form } = useConfiguration();
  return useWatch({ control: form.control }) as OutputConfigDraft;
}
