import { useCallback, useMemo } from 'react';
import { Notice } from '../../components/ui/notice';
import type { OutputConfigDraft } from '../../domain/draft';
import { serializeRequest } from '../../domain/request/request-edits';
import { DATA_INPUT_PATH, REQUEST_FIELDS, valueAt } from '../../domain/request/request-fields';
import { useRequestSnapshot } from '../../state/request/request-store';
import { useRequestAnalysis } from '../../state/request/use-request-analysis';
import { DataInputHelper } from './data-input-helper';
import { ModelArchiveCheck } from './model-check/model-archive-check';
import { RequestField } from './request-field';
import { RequestKeyProblems } from './request-key-problems';
import { RequestPreview } from './request-preview';

/**
 * The optional Request part (SPEC §8): the CreateCompilationJob fields around OutputConfig,
 * each labelled with its API name and validated like the OutputConfig, and the whole request.
 * Loaded on demand; the first screen carries none of it.
 */
export function RequestSection({ outputConfig }: { outputConfig: OutputConfigDraft }) {
  const { draft, linkError } = useRequestSnapshot();
  const analysis = useRequestAnalysis(outputConfig);
  const json = useMemo(() => serializeRequest(draft, outputConfig), [draft, outputConfig]);
  const framework = valueAt(draft, 'InputConfig.Framework');
  // Kept while the framework stays, so that a keystroke in the OutputConfig, which only changes
  // the request preview, re-renders none of the (memoised) fields.
  const dataInputHelper = useCallback(
    ({ text, setText }: { text: string; setText: (text: string) => void }) => (
      <DataInputHelper text={text} framework={framework} onWrite={setText} />
    ),
    [framework],
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        Optional. What you fill here goes into the request below and into the AWS CLI, boto3 and SDK
        v3 snippets; empty fields stay marked placeholders there.
      </p>
      {linkError && <Notice tone="error">{linkError} The request fields were left empty.</Notice>}
      {analysis && <RequestKeyProblems analysis={analysis} />}
      <ModelArchiveCheck targetDevice={outputConfig.TargetDevice} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          {REQUEST_FIELDS.map((meta) => (
            <RequestField
              key={meta.path}
              meta={meta}
              analysis={analysis}
              after={meta.path === DATA_INPUT_PATH ? dataInputHelper : undefined}
            />
          ))}
        </div>
        <div className="min-w-0">
          <h3 className="mb-1 text-sm font-medium">CreateCompilationJob request</h3>
          <RequestPreview json={json} />
        </div>
      </div>
    </div>
  );
}
