/**
 * What "Use the flags builder" puts in place of an Inferentia CompilerOptions that is not a
 * flags string (SPEC §3.6): the flags a dict stands for, bare flags quoted, or nothing.
 */
import { isJsonObject } from '../../json/json-value';
import type { ParsedCompilerOptions } from '../api-string';
import { flagsFromOptions } from '../inferentia-flags';

/** The flags string the builder starts from; "" when nothing in the old value reads as flags. */
export function flagsBuilderStart(parsed: ParsedCompilerOptions): string {
  switch (parsed.kind) {
    case 'flags':
      return parsed.value;
    case 'object':
    case 'python':
      return flagsFromOptions(parsed.value) ?? '';
    case 'not-string':
      return isJsonObject(parsed.value) ? (flagsFromOptions(parsed.value) ?? '') : '';
    case 'invalid':
      return parsed.text.trimStart().startsWith('-') ? parsed.text.trim() : '';
    case 'absent':
      return '';
  }
}
