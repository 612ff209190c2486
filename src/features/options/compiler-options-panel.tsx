import { Suspense } from 'react';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { keptOptionEntries } from '../../domain/compiler-options/plan/applicable-options';
import { DocumentedOptionsButton } from './documented-options-button';
import { KeptOptionKeys } from './kept-option-keys';
import { TARGET_PARTS } from '../../state/on-demand-code';
import type { CompilerOptionsState } from './use-compiler-options';
import { useTargetPlan } from './use-target-plan';

// The field widgets load once a target with options is chosen: a first visit has none. They are
// target parts, so a page opened from a link shows them with its target at once.
const OptionFieldsForm = onDemandComponent(
  () => import('./option-fields-form').then((module) => module.OptionFieldsForm),
  TARGET_PARTS,
);
const InferentiaOptions = onDemandComponent(
  () => import('./inferentia-options').then((module) => module.InferentiaOptions),
  TARGET_PARTS,
);

const loadingFields = (
  <p role="status" className="text-sm text-muted">
    Loading the option fields…
  </p>
);

/**
 * The options of the current target (SPEC §3): exactly the fields the domain plans, the
 * Inferentia flags builder, or why no option applies; then every other key, kept as given.
 */
export function CompilerOptionsPanel({ state }: { state: CompilerOptionsState }) {
  const { plan, device, isLoading, isCatalogueMissing } = useTargetPlan();
  const { parsed, options } = state;
  // Until the catalogue says which fields the device has, no key can be called "other".
  const keptEntries = isLoading ? [] : keptOptionEntries(plan, options);

  return (
    <>
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
    </>
  );
}
