/**
 * The advanced editor's text (SPEC §3.9): the whole options object as readable JSON, the
 * Inferentia flags as a JSON string, or text that is not readable exactly as it was given.
 * Reading the edited text back gives the API string for CompilerOptions, or a positioned error
 * while the text does not parse (the draft then keeps its last readable value).
 */
import type { UnappliedEdit } from '../copy-readiness';
import type { JsonTextError } from '../json/json-text';
import { parseJsonText } from '../json/json-text';
import type { JsonValue } from '../json/json-value';
import { isJsonObject } from '../json/json-value';
import { describeType } from '../value-text';
import {
  formatFlags,
  formatOptionsObject,
  parseCompilerOptions,
  parsePythonStyleOptions,
} from './api-string';

export type EditorTextReading =
  /** `compilerOptions` is the API string; "" means no CompilerOptions. */
  | { ok: true; compilerOptions: string; convertedFromPython: boolean }
  | { ok: false; error: JsonTextError };

/** The editor's text for a draft's CompilerOptions value. */
export function optionsEditorText(value: JsonValue | undefined): string {
  const parsed = parseCompilerOptions(value);
  switch (parsed.kind) {
    case 'absent':
      return '';
    case 'object':
    case 'python':
      return JSON.stringify(parsed.value, null, 2);
    case 'flags':
      return JSON.stringify(parsed.value);
    case 'invalid':
      return parsed.text;
    case 'not-string':
      return JSON.stringify(parsed.value, null, 2);
  }
}

/** Reads the editor's text into the CompilerOptions API string; empty text means none. */
export function readOptionsEditorText(text: string): EditorTextReading {
  if (text.trim() === '') return accepted('');
  const json = parseJsonText(text);
  if (json.ok) {
    const { value } = json;
    if (isJsonObject(value)) {
      return accepted(Object.keys(value).length === 0 ? '' : formatOptionsObject(value));
    }
    if (typeof value === 'string') return accepted(value === '' ? '' : formatFlags(value));
    return rejected(
      `CompilerOptions holds an object of options, or for Inferentia a quoted flags string, not ${describeType(value)}`,
    );
  }
  // Python-style text as AWS's examples write it; other JSON slips are reported, not guessed at.
  const python = looksPythonStyle(text) ? parsePythonStyleOptions(text) : undefined;
  if (python?.ok) {
    return {
      ok: true,
      compilerOptions: formatOptionsObject(python.value),
      convertedFromPython: true,
    };
  }
  if (text.trimStart().startsWith('-')) {
    return rejected(
      'Compiler flags are a JSON string: put them in double quotes, e.g. "--verbose 1"',
    );
  }
  return { ok: false, error: json.error };
}

function looksPythonStyle(text: string): boolean {
  return /'|\b(?:True|False|None)\b/.test(text);
}

function accepted(compilerOptions: string): EditorTextReading {
  return { ok: true, compilerOptions, convertedFromPython: false };
}

function rejected(message: string): EditorTextReading {
  return { ok: false, error: { message, line: 1, column: 1 } };
}

/** The editor's text as an unapplied edit when it cannot be read; undefined when it applies. */
export function unappliedOptionsEdit(editorText: string | undefined): UnappliedEdit | undefined {
  if (editorText === undefined) return undefined;
  const reading = readOptionsEditorText(editorText);
  return reading.ok ? undefined : unreadableEditorEdit(reading.error);
}

/** Text the editor could not read, as the edit the summary and every copy count (SPEC §4.11). */
export function unreadableEditorEdit({ message, line, column }: JsonTextError): UnappliedEdit {
  return {
    field: 'CompilerOptions',
    severity: 'error',
    message: `CompilerOptions editor has an edit that is not applied (${message}, line ${line}, column ${column}); the output keeps the last readable options`,
  };
}
