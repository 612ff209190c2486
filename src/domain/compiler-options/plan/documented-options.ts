/**
 * "Documented options for this device" (SPEC §4.11): the device's documented CompilerOptions
 * applied in one explicit action. Until then they are suggestions only; applying them sets
 * each documented key (other keys stay), or for Inferentia the documented flags string. A value
 * the draft already holds (a board's real TensorRT) is never replaced silently: the action's
 * label names each value it would replace.
 */
import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import { withKey, type OutputConfigDraft } from '../../draft';
import { ownValue, type JsonObject } from '../../json/json-value';
import type { Fix } from '../../problem';
import type { JsonValue } from '../../json/json-value';
import { quote } from '../../value-text';
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
    const held = parseCompilerOptions(ownValue(draft, 'CompilerOptions'));
    if (ownValue(draft, 'CompilerOptions') === text) return undefined;
    return {
      label:
        held.kind === 'flags' && held.value.trim() !== ''
          ? `Replace ${quote(held.value)} with the documented ${quote(documented.value)}`
          : `Apply documented options (${documented.value})`,
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
    label: objectLabel(wanted, held, missing, ownValue(draft, 'CompilerOptions')),
    apply: (current) => {
      // Unreadable options text is replaced: the documented object is the only sure value.
      const options = readOptionsObject(current) ?? {};
      return withOptions(current, { ...options, ...wanted });
    },
  };
}

const shown = (value: JsonValue) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * "Apply documented options (gpu-code sm_72, …)" when nothing is replaced, otherwise
 * "Replace trt-ver 8.2.1, cuda-ver 10.2 with the documented 5.1.6, 10.0" (and what it adds).
 */
function objectLabel(
  wanted: JsonObject,
  held: JsonObject | undefined,
  missing: readonly string[],
  text: JsonValue | undefined,
): string {
  if (held === undefined && typeof text === 'string' && text.trim() !== '') {
    return `Replace the CompilerOptions text with the documented ${describe(wanted, Object.keys(wanted))}`;
  }
  const replaced = missing.filter((key) => {
    const value = ownValue(held ?? {}, key);
    return value !== undefined && value !== '';
  });
  const added = missing.filter((key) => !replaced.includes(key));
  if (replaced.length === 0) {
    return `Apply documented options (${describe(wanted, Object.keys(wanted))})`;
  }
  const from = describe(held ?? {}, replaced);
  const to = replaced.map((key) => shown(wanted[key] ?? null)).join(', ');
  const also = added.length === 0 ? '' : `, and set ${describe(wanted, added)}`;
  return `Replace ${from} with the documented ${to}${also}`;
}

function describe(options: JsonObject, keys: readonly string[]): string {
  return keys.map((key) => `${key} ${shown(ownValue(options, key) ?? null)}`).join(', ');
}
