import { useMemo } from 'react';
import type { OutputConfigDraft } from '../../domain/draft';
import { serializeRequest } from '../../domain/request/request-draft';
import { DATA_INPUT_PATH, REQUEST_FIELDS, valueAt } from '../../domain/request/request-fields';
import { useRequestSnapshot } from '../../state/request-store';
import { useRequestAnalysis } from '../../state/use-request-analysis';
import { DataInputHelper } from './data-input-helper';
import { RequestField } from './request-field';
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
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Optional. What you fill here goes into the request below and into the AWS CLI, boto3 and SDK
        v3 snippets; empty fields stay marked placeholders there.
      </p>
      {linkError && (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950/40"
        >
          {linkError} The request fields were left empty.
        </p>
      )}
      {REQUEST_FIELDS.map((meta) => (
        <Fragment key={meta.path}>
          <RequestField meta={meta} analysis={analysis} />
          {meta.path === 'InputConfig.FrameworkVersion' && (
            <DataInputField
              analysis={analysis}
              framework={valueAt(draft, 'InputConfig.Framework')}
            />
          )}
        </Fragment>
      ))}
      <div>
        <h3 className="mb-1 text-sm font-medium">CreateCompilationJob request</h3>
        <RequestPreview json={json} />
      </div>
    </div>
  );
}
