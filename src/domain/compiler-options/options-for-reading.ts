/**
 * CompilerOptions written out for reading, as the preview's expanded view shows it. What is
 * copied is always the API string; this is only ever read by a person.
 */
import { NO_COMPILER_OPTIONS } from '../target/target-or-options';
import type { ParsedCompilerOptions } from './api-string';

export function optionsForReading(parsed: ParsedCompilerOptions): string {
  switch (parsed.kind) {
    case 'absent':
      return NO_COMPILER_OPTIONS.readable;
    case 'object':
    case 'python':
      return JSON.stringify(parsed.value, null, 2);
    case 'flags':
      return `Neuron compiler flags: ${parsed.value}`;
    case 'invalid':
      return `Not readable: ${parsed.reason}`;
    case 'not-string':
      return 'CompilerOptions is not a string.';
  }
}
