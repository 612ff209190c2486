/**
 * The request's analysis, derived (never stored) from the request draft and the OutputConfig
 * draft. The rules load on demand: an empty request needs none, so the first screen carries
 * none of their code.
 */
import { useEffect, useMemo, useState } from 'react';
import { onDemand } from '../../lib/on-demand';
import { useAnalysisSelector } from '../analysis/analysis-context';
import type { OutputConfigDraft } from '../../domain/draft';
import { isRequestEmpty, type RequestDraft } from '../../domain/request/request-draft';
import type { RequestAnalysis } from '../../domain/request/request-analysis';
import { REQUEST_CODE } from '../on-demand-code';
import { useRequestSnapshot } from './request-store';

// Declared once here, so the idle preload (lib/on-demand) fetches the rules too.
const analyzer = onDemand(() => import('../../domain/request/request-analysis'), REQUEST_CODE);

/** The analysis of the current request, or undefined while it is empty or its rules load. */
export function useRequestAnalysis(outputConfig: OutputConfigDraft): RequestAnalysis | undefined {
  const { draft } = useRequestSnapshot();
  const isEmpty = isRequestEmpty(draft);
  const [rules, setRules] = useState(analyzer.loaded);
  useEffect(() => {
    if (isEmpty || rules) return;
    let isCurrent = true;
    analyzer.load().then(
      (module) => isCurrent && setRules(module),
      // The summary and the section go on without the request's problems; a later need retries.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [isEmpty, rules]);
  return useMemo(
    () => (rules === undefined || isEmpty ? undefined : rules.analyzeRequest(draft, outputConfig)),
    [rules, isEmpty, draft, outputConfig],
  );
}

const apiObject = (analysis: { api: OutputConfigDraft }) => analysis.api;

/** The OutputConfig exactly as its preview shows it: what the whole request embeds. */
export function useOutputConfigPreview(): OutputConfigDraft {
  return useAnalysisSelector(apiObject);
}

/**
 * The request's analysis at the moment of an export, for its confirmation: undefined while the
 * request is empty. Read when asked rather than on every keystroke.
 */
export async function analyzeRequestNow(
  request: RequestDraft,
  outputConfig: OutputConfigDraft,
): Promise<RequestAnalysis | undefined> {
  if (isRequestEmpty(request)) return undefined;
  const rules = analyzer.loaded() ?? (await analyzer.load());
  return rules.analyzeRequest(request, outputConfig);
}
