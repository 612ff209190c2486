/**
 * "Documented options for this device" (SPEC §4.11): the device's documented CompilerOptions
 * applied in one explicit action. Until then they are suggestions only; applying them sets
 * each documented key (other keys stay), or for Inferentia the documented flags string.
 */
import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import { withKey, type OutputConfigDraft } from '../../draft';
import { ownValue } from '../../json/json-value';
import type { Fix } from '../../problem';
import { formatFlags, parseCompilerOptions } from '../api-string';
import { readOptionsObject, withOptions } from '../option-edits';

/**
 * The edit that applies the device's documented options to the draft, or undefined when the
 * device documents none or the draft already holds every one of them.
 */
export function documentedOptionsEdit(
  draft: OutputConfigDraft,
  device: CatalogueDevice | undefined,
): Fix | undefined {
  if (device === undefined || ownValue(draft, 'TargetDevice') !== device.id) return undefined;
  const documented = parseCompilerOptions(device.suggestedCompilerOptions);
  if (documented.kind === 'flags') {
    const text = formatFlags(documented.value);
    if (ownValue(draft, 'CompilerOptions') === text) return undefined;
    return {
      label: `Apply documented options (${documented.value})`,
      apply: (current) => withKey(current, 'CompilerOptions', text),
    };
  }
  if (documented.kind !== 'object') return undefined;
  const wanted = documented.value;
  const held = readOptionsObject(draft);
  const missing = Object.keys(wanted).filter(
    (key) => JSON.stringify(ownValue(held ?? {}, key)) !== JSON.stringify(wanted[key]),
  );
  if (held !== undefined && missing.length === 0) return undefined;
  return {
    label: `Apply documented options (${Object.entries(wanted)
      .map(([key, value]) => `${key} ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(', ')})`,
    apply: (current) => {
      // Unreadable options text is replaced: the documented object is the only sure value.
      const options = readOptionsObject(current) ?? {};
      return withOptions(current, { ...options, ...wanted });
    },
  };
}
