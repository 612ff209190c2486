import { memo } from 'react';
import { hasTargetOrOptions, NO_COMPILER_OPTIONS } from '../../domain/target/target-or-options';
import { fromTargetCode, optionsReading } from '../../state/on-demand-code';
import { useDraftMember } from '../../state/draft/use-draft-member';

/**
 * CompilerOptions decoded for reading only; what is copied is always the API string. Memoised:
 * the preview around it re-renders on every keystroke, and this re-reads only when the options
 * change.
 */
export const ExpandedCompilerOptions = memo(function ExpandedCompilerOptions() {
  const value = useDraftMember('CompilerOptions');
  // Without options (a fresh page) there is nothing to read, and no option code loaded.
  const { readable } = hasTargetOrOptions({ CompilerOptions: value })
    ? fromTargetCode(optionsReading)(value)
    : NO_COMPILER_OPTIONS;
  return (
    <section aria-label="CompilerOptions expanded" className="mt-2">
      <h3 className="text-xs font-medium text-muted">CompilerOptions, expanded for reading</h3>
      <pre
        tabIndex={0}
        className="mt-1 rounded-md border border-dashed border-border p-3 font-mono text-[13px] leading-5 [overflow-wrap:anywhere] whitespace-pre-wrap focus-ring"
      >
        {readable}
      </pre>
    </section>
  );
});
