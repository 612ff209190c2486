import { Suspense } from 'react';
import { FieldMessages } from '../../components/ui/field-messages';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { NO_TARGET_OPTIONS } from '../../domain/target/target-or-options';
import { TARGET_CODE, useNeedsTargetCode } from '../../state/on-demand-code';
import { useFieldProblems } from '../../state/analysis/use-field-problems';
import { AdvancedOptionsSection } from './advanced-options-section';
import { useCompilerOptions } from './use-compiler-options';

// The fields of a target load with the option rules, as one on-demand group: whatever brings a
// target or options waits for the group (state/on-demand-code), so this never shows its fallback.
const CompilerOptionsPanel = onDemandComponent(
  () => import('./compiler-options-panel').then((module) => module.CompilerOptionsPanel),
  TARGET_CODE,
);

/**
 * CompilerOptions (SPEC §3): its messages, the fields the target's plan asks for (or, with no
 * target and no options, what to do first, with none of the option code loaded), and the
 * advanced JSON editor, which stays put as the part above it changes.
 */
export function CompilerOptionsSection() {
  const needsCode = useNeedsTargetCode();
  const state = useCompilerOptions();
  const { problems, applyFix } = useFieldProblems('CompilerOptions');
  const { parsed, options } = state;
  return (
    <section
      aria-labelledby="compiler-options-heading"
      className="mt-6 space-y-4 border-t border-line pt-4"
    >
      <div>
        <h3 id="compiler-options-heading" className="text-base font-semibold">
          Compiler options (CompilerOptions)
        </h3>
        <FieldMessages field="CompilerOptions" problems={problems} onFix={applyFix} />
      </div>
      {needsCode ? (
        <LoadBoundary what="the compiler options">
          <Suspense fallback={null}>
            <CompilerOptionsPanel state={state} />
          </Suspense>
        </LoadBoundary>
      ) : (
        <p className="text-sm text-subtle">{NO_TARGET_OPTIONS}.</p>
      )}
      <AdvancedOptionsSection
        needsAttention={
          parsed.kind === 'invalid' || (parsed.kind === 'not-string' && options === undefined)
        }
      />
    </section>
  );
}
