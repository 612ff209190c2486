import { Suspense } from 'react';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { FieldMessages } from '../../components/ui/field-messages';
import { keptOptionEntries } from '../../domain/compiler-options/applicable-options';
import { useFieldProblems } from '../../state/use-field-problems';
import { AdvancedOptionsSection } from './advanced-options-section';
import { DocumentedOptionsButton } from './documented-options-button';
import { KeptOptionKeys } from './kept-option-keys';
import { useCompilerOptions, useTargetPlan } from './use-compiler-options';

// The field widgets load once a target with options is chosen: a first visit has none.
const OptionFieldsForm = onDemandComponent(() =>
  import('./option-fields-form').then((module) => module.OptionFieldsForm),
);
const InferentiaOptions = onDemandComponent(() =>
  import('./inferentia-options').then((module) => module.InferentiaOptions),
);

const loadingFields = (
  <p role="status" className="text-sm text-muted">
    Loading the option fields…
  </p>
);

/**
 * CompilerOptions for the current target (SPEC §3): exactly the fields the domain plans, the
 * Inferentia flags builder, or why no option applies; then every other key, kept as given,
 * and the advanced JSON editor.
 */
export function CompilerOptionsPanel() {
  const { plan, device, isLoading, isCatalogueMissing } = useTargetPlan();
  const state = useCompilerOptions();
  const { problems, applyFix } = useFieldProblems('CompilerOptions');
  const { parsed, options } = state;
  // Until the catalogue says which fields the device has, no key can be called "other".
  const keptEntries = isLoading ? [] : keptOptionEntries(plan, options);

  return (
    <section
      aria-labelledby="compiler-options-heading"
      className="mt-6 space-y-4 border-t border-slate-200 pt-4 dark:border-slate-700"
    >
      <div>
        <h3 id="compiler-options-heading" className="text-base font-semibold">
          Compiler options (CompilerOptions)
        </h3>
        <FieldMessages field="CompilerOptions" problems={problems} onFix={applyFix} />
      </div>
      {isLoading && isCatalogueMissing ? (
        <p className="text-sm text-subtle">
          The device catalogue did not load, so the option fields for this device cannot be shown:
          use Retry in the Target panel. CompilerOptions is kept as it is, and the editor below
          still changes it.
        </p>
      ) : isLoading ? (
        <p role="status" className="text-sm text-muted">
          Loading the device catalogue to see which options apply…
        </p>
      ) : plan.mode === 'none' ? (
        <p className="text-sm text-subtle">{plan.whyNone}.</p>
      ) : (
        <LoadBoundary what="the option fields">
          <DocumentedOptionsButton device={device} />
          <Suspense fallback={loadingFields}>
            {plan.mode === 'inferentia' && plan.neuron ? (
              <InferentiaOptions state={state} builder={plan.neuron} />
            ) : (
              <OptionFieldsForm plan={plan} options={options} parsed={parsed} />
            )}
          </Suspense>
        </LoadBoundary>
      )}
      <KeptOptionKeys entries={keptEntries} />
      <AdvancedOptionsSection
        needsAttention={
          parsed.kind === 'invalid' || (parsed.kind === 'not-string' && options === undefined)
        }
      />
    </section>
  );
}
