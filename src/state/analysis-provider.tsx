import { useMemo, type ReactNode } from 'react';
import { unappliedOptionsEdit, withUnappliedEdits } from '../domain/copy-readiness';
import { analyzeDraft } from '../domain/validate';
import { useConfiguration } from './configuration-context';
import { useDeviceIndex } from './use-catalogue';
import { AnalysisContext } from './analysis-context';
import { useDraft } from './use-draft-member';

/**
 * Re-analyses the draft on every change; only the consumers of the analysis re-render. An
 * edit the advanced editor could not apply counts as an error, so the summary and every copy
 * say the output is not what was typed (SPEC §4.11).
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const draft = useDraft();
  const devices = useDeviceIndex();
  const { mode, unappliedOptions } = useConfiguration();
  const analysis = useMemo(() => {
    const isCurrent =
      unappliedOptions !== undefined &&
      unappliedOptions.over === JSON.stringify(draft.CompilerOptions ?? '');
    const edit = isCurrent ? unappliedOptionsEdit(unappliedOptions.text) : undefined;
    return withUnappliedEdits(analyzeDraft(draft, devices, mode), edit ? [edit] : []);
  }, [draft, devices, mode, unappliedOptions]);
  return <AnalysisContext value={analysis}>{children}</AnalysisContext>;
}
