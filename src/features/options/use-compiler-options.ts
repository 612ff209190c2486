import { useMemo } from 'react';
import {
  parseCompilerOptions,
  type ParsedCompilerOptions,
} from '../../domain/compiler-options/compiler-options-text';
import { readOptionsObject } from '../../domain/compiler-options/options-edit';
import type { OutputConfigDraft } from '../../domain/draft';
import type { JsonObject, JsonValue } from '../../domain/json-value';
import { useDraftMember } from '../../state/use-draft-member';

export type CompilerOptionsState = {
  /** CompilerOptions exactly as the draft holds it. */
  raw: JsonValue | undefined;
  parsed: ParsedCompilerOptions;
  /** The options object the fields edit; undefined when CompilerOptions holds none (flags, bad text). */
  options: JsonObject | undefined;
};

/** The draft's CompilerOptions, read once per change. */
export function useCompilerOptions(): CompilerOptionsState {
  const raw = useDraftMember('CompilerOptions');
  return useMemo(() => {
    const draft: OutputConfigDraft = raw === undefined ? {} : { CompilerOptions: raw };
    return { raw, parsed: parseCompilerOptions(raw), options: readOptionsObject(draft) };
  }, [raw]);
}
