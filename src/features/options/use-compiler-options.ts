import { useMemo } from 'react';
import type { CompilerOptionsReading } from '../../domain/compiler-options/option-edits';
import type { JsonValue } from '../../domain/json/json-value';
import { hasTargetOrOptions, NO_COMPILER_OPTIONS } from '../../domain/target/target-or-options';
import { fromTargetCode, optionsReading } from '../../state/on-demand-code';
import { useDraftMember } from '../../state/draft/use-draft-member';

export type CompilerOptionsState = CompilerOptionsReading & {
  /** CompilerOptions exactly as the draft holds it. */
  raw: JsonValue | undefined;
};

/** The draft's CompilerOptions, read once per change. */
export function useCompilerOptions(): CompilerOptionsState {
  const raw = useDraftMember('CompilerOptions');
  return useMemo(() => {
    const isSet = hasTargetOrOptions({ CompilerOptions: raw });
    return { raw, ...(isSet ? fromTargetCode(optionsReading)(raw) : NO_COMPILER_OPTIONS) };
  }, [raw]);
}
