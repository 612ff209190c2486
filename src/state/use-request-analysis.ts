/**
 * The request's analysis, derived (never stored) from the request draft and the OutputConfig
 * draft. The rules load on demand: an empty request needs none, so the first screen carries
 * none of their code.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAnalysis } from './analysis-context';
import type { OutputConfigDraft } from '../domain/draft';
import { isRequestEmpty } from '../domain/request/request-draft';
import type { RequestAnalysis } from '../domain/request/request-analysis';
import { useRequestSnapshot } from './request-store';

type Analyzer = typeof import('../domain/request/request-analysis');

let loaded: Analyzer | undefined;
let loading: Promise<Analyzer> | undefined;

/** Loads the request rules once; a failed load is tried again on the next need. */
export function loadRequestAnalyzer(): Promise<Analyzer> {
  loading ??= import('../domain/request/request-analysis').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The analysis of the current request, or undefined while it is empty or its rules load. */
export function useRequestAnalysis(outputConfig: OutputConfigDraft): RequestAnalysis | undefined {
  const { draft } = useRequestSnapshot();
  const isEmpty = isRequestEmpty(draft);
  const [analyzer, setAnalyzer] = useState(loaded);
  useEffect(() => {
    if (isEmpty || analyzer) return;
    let isCurrent = true;
    loadRequestAnalyzer().then(
      (module) => isCurrent && setAnalyzer(module),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [isEmpty, analyzer]);
  return useMemo(
    () =>
      analyzer === undefined || isEmpty ? undefined : analyzer.analyzeRequest(draft, outputConfig),
    [analyzer, isEmpty, draft, outputConfig],
  );
}

/** The OutputConfig exactly as its preview shows it: what the whole request embeds. */
export function useOutputConfigPreview(): OutputConfigDraft {
  const { json } = useAnalysis();
  return useMemo(() => JSON.parse(json) as OutputConfigDraft, [json]);
}
