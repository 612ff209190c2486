import { Suspense, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { buttonClasses } from '../../components/ui/button';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { Notice } from '../../components/ui/notice';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { draftChanges } from '../../domain/draft-changes';
import type { FailedJob } from '../../domain/failures/explain-failure';
import type { ImportedJob } from '../../domain/import-config';
import type { ImportFlow } from './use-import-flow';

// The catalogue of FailureReasons comes with it: loaded (and preloaded) once this notice is.
const FailureExplanation = onDemandComponent(() =>
  import('./failure-explanation').then((module) => module.FailureExplanation),
);

/** A describe response's job to explain: a FAILED status or a FailureReason. */
function failedJobOf(job: ImportedJob | undefined): FailedJob | undefined {
  if (job === undefined || (job.failureReason === undefined && job.status !== 'FAILED')) {
    return undefined;
  }
  return { failureReason: job.failureReason ?? '', status: job.status, jobName: job.name };
}

function Explanation({ job, onDismiss }: { job: FailedJob; onDismiss: () => void }) {
  return (
    <LoadBoundary what="the failure explanation">
      <Suspense fallback={<p role="status">Loading the explanation…</p>}>
        <FailureExplanation job={job} onDismiss={onDismiss} />
      </Suspense>
    </LoadBoundary>
  );
}

/** What the last import changed, with the notices of its normalisation and an Undo. */
export function ImportOutcomeNotice({ flow }: { flow: ImportFlow }) {
  const { outcome } = flow;
  const noticeRef = useRef<HTMLDivElement>(null);
  // The notice and its Undo come into view, wherever the Import button was (issue 12 §10).
  useEffect(() => {
    noticeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);
  if (outcome?.kind === 'undone') {
    return (
      <div ref={noticeRef}>
        <Notice tone="notice" onDismiss={flow.dismiss}>
          Import undone: the configuration is back as it was.
        </Notice>
      </div>
    );
  }
  if (outcome?.kind === 'explained') {
    return (
      <div ref={noticeRef}>
        <Explanation job={outcome.job} onDismiss={flow.dismiss} />
      </div>
    );
  }
  if (outcome?.kind !== 'imported') return null;
  return <ImportedNotice flow={flow} outcome={outcome} noticeRef={noticeRef} />;
}

function ImportedNotice({
  flow,
  outcome,
  noticeRef,
}: {
  flow: ImportFlow;
  outcome: Extract<NonNullable<ImportFlow['outcome']>, { kind: 'imported' }>;
  noticeRef: RefObject<HTMLDivElement | null>;
}) {
  const { notices, job } = outcome.imported;
  const failedJob = useMemo(() => failedJobOf(job), [job]);
  const [isExplained, setIsExplained] = useState(true);
  const changes = draftChanges(outcome.previous, outcome.imported.draft);
  return (
    <div ref={noticeRef}>
      <Notice
        tone="notice"
        onDismiss={flow.dismiss}
        actions={
          <button
            type="button"
            onClick={() => flow.undo(outcome.previous)}
            className={buttonClasses('inline', 'sm')}
          >
            Undo import
          </button>
        }
      >
        <p className="font-medium">Imported the OutputConfig.</p>
        {[...notices, ...changes].length > 0 && (
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {[...notices, ...changes].map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        )}
      </Notice>
      {failedJob && isExplained && (
        <div className="mt-2">
          <Explanation job={failedJob} onDismiss={() => setIsExplained(false)} />
        </div>
      )}
    </div>
  );
}
