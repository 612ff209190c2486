import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { withUnappliedEdits } from '../domain/copy-readiness';
import { analyzeDraft } from '../domain/validate';
import { useConfiguration } from './configuration-context';
import { useDeviceIndex } from './use-catalogue';
import { AnalysisContext, createAnalysisStore } from './analysis-context';
import { targetRules } from './target-code';
import { useDraft } from './use-draft-member';

/**
 * Re-analyses the draft on every change and publishes it before the browser paints; only the
 * parts whose selection of it changed re-render (see useAnalysisSelector).
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const draft = useDraft();
  const devices = useDeviceIndex();
  const { mode, unappliedOptions } = useConfiguration();
  // An edit the advanced editor could not apply counts as an error, so the summary and every
  // copy say the output is not what was typed (SPEC §4.11).
  const analysis = useMemo(() => {
    const isCurrent =
      unappliedOptions !== undefined &&
      unappliedOptions.over === JSON.stringify(draft.CompilerOptions ?? '');
    const edit = isCurrent ? unappliedOptions.edit : undefined;
    // The rules are in memory whenever the draft has a target or options (whenTargetCode).
    const analysis = analyzeDraft(draft, devices, mode, targetRules.loaded());
    return withUnappliedEdits(analysis, edit ? [edit] : []);
  }, [draft, devices, mode, unappliedOptions]);
  const [store] = useState(() => createAnalysisStore(analysis));
  useLayoutEffect(() => store.set(analysis), [store, analysis]);
  return <AnalysisContext value={store}>{children}</AnalysisContext>;
}
