import type { CatalogueDevice } from '../../domain/catalogue-schema';
import { parseCompilerOptions } from '../../domain/compiler-options/compiler-options-text';
import { optionTokens } from '../../domain/compiler-options/option-field-edits';
import { GPU_CODE_OWNERS } from '../../domain/compiler-options/option-suggestions';
import { ownValue } from '../../domain/json-value';
import type { Suggestion } from './option-combobox';

/** Where a suggested value comes from, said beside it in the list: "jetson_nano's GPU", "Xavier's". */
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
