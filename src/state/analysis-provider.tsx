import { useMemo, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { OutputConfigDraft } from '../domain/draft';
import { analyzeDraft } from '../domain/validate';
import { useDeviceIndex } from './use-catalogue';
import { AnalysisContext } from './analysis-context';
import { useConfiguration } from './configuration-context';

/** Re-analyses the draft on every change; only the consumers of the analysis re-render. */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const { form } = useConfiguration();
  const draft = useWatch({ control: form.control }) as OutputConfigDraft;
  const devices = useDeviceIndex();
  const analysis = useMemo(() => analyzeDraft(draft, devices), [draft, devices]);
  return <AnalysisContext value={analysis}>{children}</AnalysisContext>;
}
