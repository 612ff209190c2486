/** Where a suggested option value comes from, said beside it in the list. */
import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import { ownValue } from '../../json/json-value';
import { parseCompilerOptions } from '../api-string';
import { optionTokens } from '../field-edits';
import { GPU_CODE_OWNERS } from './option-suggestions';

/** A suggested value and, when it has one, where it comes from ("jetson_nano's GPU"). */
export type Suggestion = { value: string; note?: string };

/** The values with their notes: the device's own, its AWS example's, a gpu-code's owner. */
export function describeSuggestions(
  key: string,
  values: readonly string[],
  device?: CatalogueDevice,
): Suggestion[] {
  const starter = parseCompilerOptions(device?.suggestedCompilerOptions);
  const example =
    starter.kind === 'object' || starter.kind === 'python'
      ? optionTokens(ownValue(starter.value, key)).map(String)
      : [];
  return values.map((value) => {
    const note = noteFor(key, value, example, device);
    return note === undefined ? { value } : { value, note };
  });
}

function noteFor(
  key: string,
  value: string,
  example: readonly string[],
  device?: CatalogueDevice,
): string | undefined {
  if (device !== undefined) {
    if (key === 'gpu-code' && value === device.gpuCode) return `${device.id}'s GPU`;
    if (key === 'mcpu' && value === device.mcpu) {
      return device.mcpuVerified === false ? `${device.id}'s CPU (inferred)` : `${device.id}'s CPU`;
    }
    if (example.includes(value)) return `AWS example for ${device.id}`;
  }
  return key === 'gpu-code' ? GPU_CODE_OWNERS.get(value) : undefined;
}
