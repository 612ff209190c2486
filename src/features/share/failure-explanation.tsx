import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import {
  explainFailure,
  type ExplainedCause,
  type FailedJob,
} from '../../domain/failures/explain-failure';
import { FAILURE_CATALOGUE } from '../../domain/failures/failure-catalogue';
import { DETAIL_LABELS } from '../../domain/failures/match-failure';
import type { Fix } from '../../domain/problem';
import { fieldDomId } from '../../lib/field-dom-id';
import { useTargetMode, useUndo } from '../../state/draft/configuration-context';
import { useApplyRequestFix, useRequestSnapshot } from '../../state/request/request-store';
import { useOutputConfigPreview } from '../../state/request/use-request-analysis';

type Props = { job: FailedJob; onDismiss: () => void };

/** Focuses the input of a field named by API name (an OutputConfig member by its own key). */
function focusField(field: string) {
  const element = document.getElementById(fieldDomId(field.replace(/^OutputConfig\./, '')));
  element?.scrollIntoView?.({ block: 'center' });
  element?.focus();
}

/**
 * Why a compilation job failed (SPEC §10, §5.11): the FailureReason whole, each cause the
 * catalogue recognises in plain words with the fields concerned (each focuses its field), what
 * to change, the sources, and a fix button where the fix is a change to the request. A reason
 * that matches nothing is said to be unrecognised, with the general checks.
 */
export function FailureExplanation({ job, onDismiss }: Props) {
  const { draft, modelCheck } = useRequestSnapshot();
  const outputConfig = useOutputConfigPreview();
  const applyRequestFix = useApplyRequestFix();
  const { currentPoint, recordChange } = useUndo();
  const { mode } = useTargetMode();
  const [applied, setApplied] = useState<string[]>([]);
  const explanation = useMemo(
    () => explainFailure(job, draft, outputConfig, modelCheck),
    [job, draft, outputConfig, modelCheck],
  );
  const id = useId();
  // Each fix is an action of the page's one undo history (SPEC §4.11, §4.12).
  const apply = (fix: Fix, field: string) => {
    const before = currentPoint();
    applyRequestFix(fix, field);
    recordChange({ what: 'fix', title: `${fix.label}.`, lines: [], before, mode });
    setApplied((labels) => [...labels, fix.label]);
  };
  const { causes, jobNameFix } = explanation;
  return (
    <section
      data-testid="failure-explained"
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-md border border-border bg-surface p-3 text-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="text-base font-semibold">
          Why the job failed
        </h3>
        <Button variant="inline" size="xs" onClick={onDismiss}>
          Dismiss explanation
        </Button>
      </div>
      <div>
        <p className="font-medium">
          FailureReason
          {explanation.status && (
            <span className="font-normal text-muted">
              {' '}
              (CompilationJobStatus {explanation.status})
            </span>
          )}
        </p>
        <pre
          tabIndex={0}
          aria-label="FailureReason"
          className="mt-1 max-h-72 overflow-auto rounded border border-border px-2 py-1 font-mono text-xs break-words whitespace-pre-wrap focus-ring"
        >
          {explanation.reason === '' ? '(the response has no FailureReason)' : explanation.reason}
        </pre>
        {explanation.isCut && (
          <p className="mt-1 text-xs text-muted">
            AWS cuts a FailureReason at 1,024 characters: the end of this one may be missing. The
            job’s CloudWatch log has it whole.
          </p>
        )}
      </div>
      <div role="status" className="space-y-3">
        {causes.length === 0 ? (
          <div>
            <p className="font-medium">
              Unrecognised: this FailureReason matches none of the {FAILURE_CATALOGUE.length} known
              reasons, so no cause is guessed.
            </p>
            <p className="mt-1">Check:</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {explanation.generalChecks.map((check) => (
                <li key={check}>{check}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="font-medium">
            {causes.length === 1 ? 'One recognised cause' : `${causes.length} recognised causes`}
          </p>
        )}
        {applied.length > 0 && (
          <p className="text-muted">Applied: {applied.join('; ')}. The request below shows it.</p>
        )}
      </div>
      {causes.length > 0 && (
        <ol className="space-y-3">
          {causes.map((cause) => (
            <CauseItem
              key={cause.entry.id}
              cause={cause}
              modelFileName={modelCheck?.fileName}
              onApply={apply}
            />
          ))}
        </ol>
      )}
      {jobNameFix && (
        <div className="border-t border-border pt-3">
          <p>
            <span className="font-medium">CompilationJobName</span> still holds the failed job’s
            name. A job keeps its name after it fails, so CreateCompilationJob would refuse it.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => focusField('CompilationJobName')}>
              CompilationJobName
            </Button>
            <Button variant="primary" onClick={() => apply(jobNameFix, 'CompilationJobName')}>
              {jobNameFix.label}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function CauseItem({
  cause,
  modelFileName,
  onApply,
}: {
  cause: ExplainedCause;
  /** The archive the model check read, when it did. */
  modelFileName?: string;
  onApply: (fix: Fix, field: string) => void;
}) {
  const { entry, details, fix } = cause;
  const named = Object.entries(details);
  return (
    <li className="space-y-2 rounded border border-border p-2">
      <p>
        <span className="font-semibold">{entry.title}</span>{' '}
        <span className="text-xs text-muted">({entry.group})</span>
      </p>
      <p>{entry.cause}</p>
      {named.length > 0 && (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs">
          {named.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-muted">{DETAIL_LABELS[key] ?? key}</dt>
              <dd className="font-mono break-words">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {cause.modelFindings.length > 0 && (
        <div>
          <p className="font-medium">From the model check of {modelFileName}:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {cause.modelFindings.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <span className="font-medium">What to change: </span>
        {entry.change}
      </p>
      {entry.fields.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-xs text-muted">Fields concerned:</span>
          {entry.fields.map((field) => (
            <Button
              key={field}
              variant="secondary"
              size="xs"
              className="font-mono break-all"
              aria-label={`Go to ${field}`}
              onClick={() => focusField(field)}
            >
              {field}
            </Button>
          ))}
        </div>
      )}
      {fix && (
        <Button variant="primary" onClick={() => onApply(fix, entry.fields[0] ?? '')}>
          {fix.label}
        </Button>
      )}
      <p className="text-xs text-muted">
        Source:{' '}
        {entry.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 && '; '}
            <a href={source.url} target="_blank" rel="noreferrer" className="underline">
              {source.label}
            </a>
          </span>
        ))}
      </p>
    </li>
  );
}
