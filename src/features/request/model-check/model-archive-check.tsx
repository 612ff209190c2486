import { memo, useId, useMemo, useState, type DragEvent } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { inputClasses } from '../../../components/ui/input-classes';
import { Notice } from '../../../components/ui/notice';
import {
  answerKey,
  applyModelInputs,
  completeProposal,
  proposeInputs,
  shapeText,
  type InputProposal,
} from '../../../domain/model/input-proposal';
import type { ModelCheck, ModelProblem } from '../../../domain/model/model-types';
import { crossCheckRequest } from '../../../domain/model/request-cross-check';
import type { RequestDraft } from '../../../domain/request/request-draft';
import { useRequestSnapshot, useRequestStore } from '../../../state/request/request-store';
import { useModelFileCheck } from './use-model-file-check';

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MiB`;

/**
 * The local model check (SPEC 5.10, §9): choose or drop model.tar.gz (or a bare model file);
 * a worker reads it here, in the page, and this shows the Framework it recognises, the model's
 * inputs, the problems Neo would fail on, and the DataInputConfig it proposes, applied only by
 * "Use these inputs" (with Undo). The file is never sent anywhere. Memoised: a keystroke in the
 * OutputConfig re-renders the Request section around it and changes nothing here.
 */
export const ModelArchiveCheck = memo(function ModelArchiveCheck({
  targetDevice,
}: {
  targetDevice: unknown;
}) {
  const id = useId();
  const { state, check, cancel } = useModelFileCheck();
  const [isDragging, setIsDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) check(file);
  };

  return (
    <div className="space-y-3">
      <div
        className={`rounded-md border-2 border-dashed p-3 ${isDragging ? 'border-accent-border bg-surface-hover' : 'border-border'}`}
        onDragOver={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={id} className="block text-sm font-medium">
          Model archive to check
        </label>
        <p className="text-xs text-muted">
          Choose or drop model.tar.gz (or a bare model file): it is read here, in your browser, and
          never uploaded.
        </p>
        <input
          id={id}
          type="file"
          className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:py-1.5 file:text-sm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) check(file);
            event.target.value = '';
          }}
        />
      </div>
      {state.status === 'reading' && (
        <div className="flex flex-wrap items-center gap-3 text-sm" role="status">
          <span>
            Reading {state.fileName}: {mib(state.read)} of {mib(state.total)}
            {state.unpacked > state.read && `, ${mib(state.unpacked)} unpacked`}
          </span>
          <progress
            className="w-40"
            max={state.total || 1}
            value={state.read}
            aria-label={`Reading ${state.fileName}`}
          />
          <Button variant="secondary" size="sm" onClick={cancel}>
            Cancel
          </Button>
        </div>
      )}
      {state.status === 'cancelled' && (
        <p className="text-sm" role="status">
          Stopped reading {state.fileName}. Nothing in the request changed.
        </p>
      )}
      {state.status === 'unreadable' && (
        <div data-testid="model-check">
          <Notice tone="error">
            <p>{state.message}</p>
            <p className="mt-1">Nothing in the request changed.</p>
          </Notice>
        </div>
      )}
      {state.status === 'done' && (
        <ModelCheckResult
          key={state.check.fileName}
          check={state.check}
          targetDevice={targetDevice}
        />
      )}
    </div>
  );
});

function ProblemItem({ problem }: { problem: ModelProblem }) {
  return (
    <li className="rounded-md border border-border p-2">
      <p>
        <Badge tone={problem.severity === 'error' ? 'warning' : 'neutral'}>
          {problem.severity === 'error' ? 'Error' : 'Warning'}
        </Badge>{' '}
        {problem.message}
      </p>
      {problem.neoText && (
        <p className="mt-1 text-xs text-muted">
          Neo says: <q className="font-mono break-words">{problem.neoText}</q>
        </p>
      )}
      {problem.fix && <p className="mt-1 text-xs">Fix: {problem.fix}</p>}
    </li>
  );
}

function ModelCheckResult({ check, targetDevice }: { check: ModelCheck; targetDevice: unknown }) {
  const store = useRequestStore();
  const { draft } = useRequestSnapshot();
  const proposal = useMemo(() => proposeInputs(check), [check]);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [applied, setApplied] = useState<{
    before: RequestDraft;
    text?: string;
    undone: boolean;
  }>();
  const completed = proposal && completeProposal(proposal, answers);
  const findings = crossCheckRequest(check, draft, targetDevice, completed?.text);
  const isReady = completed !== undefined && completed.missing.length === 0;

  const use = () => {
    if (!proposal || !isReady) return;
    const before = draft;
    store.update((current) => applyModelInputs(current, proposal.framework, completed.text));
    setApplied({ before, text: completed.text, undone: false });
  };

  return (
    <section
      data-testid="model-check"
      aria-label={`Model check of ${check.fileName}`}
      className="space-y-3 rounded-md border border-border p-3 text-sm"
    >
      <h4 className="font-medium">
        {check.framework ? (
          <>
            Framework: <code className="font-semibold">{check.framework}</code>
            {check.modelFile && <span className="font-normal"> (from {check.modelFile})</span>}
          </>
        ) : (
          'No model recognised'
        )}
      </h4>
      <p className="text-xs text-muted">
        Checked {check.fileName}
        {check.notes.length > 0 && ` · ${check.notes.join(' · ')}`}
      </p>
      {check.inputs.length > 0 && (
        <div>
          <h5 className="font-medium">Inputs in the model</h5>
          <ul className="mt-1 space-y-1">
            {check.inputs.map((input) => (
              <li key={input.name} className="break-words">
                <code>{input.name}</code> <code>{shapeText(input.shape)}</code>
                {input.dtype && <span className="text-muted"> {input.dtype}</span>}
                {input.layout && <span className="text-muted"> ({input.layout} in the file)</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h5 className="font-medium">Problems</h5>
        {check.problems.length === 0 ? (
          <p>None found in the archive&apos;s layout or the model file.</p>
        ) : (
          <ul className="mt-1 space-y-2">
            {check.problems.map((problem, index) => (
              <ProblemItem key={index} problem={problem} />
            ))}
          </ul>
        )}
      </div>
      {proposal && (
        <ProposalForm
          proposal={proposal}
          answers={answers}
          setAnswers={setAnswers}
          text={completed?.text}
          missing={completed?.missing ?? []}
        />
      )}
      {proposal && (
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="primary" onClick={use} disabled={!isReady}>
            Use these inputs
          </Button>
          {!isReady && completed && (
            <span className="text-xs text-muted">First give {completed.missing.join(', ')}.</span>
          )}
        </div>
      )}
      {applied && (
        <Notice
          tone="notice"
          actions={
            applied.undone ? undefined : (
              <Button
                variant="inline"
                size="sm"
                onClick={() => {
                  store.update(() => applied.before);
                  setApplied({ ...applied, undone: true });
                }}
              >
                Undo the model&apos;s inputs
              </Button>
            )
          }
        >
          {applied.undone
            ? 'Undone: the request is back as it was.'
            : `Applied the model's inputs${applied.text ? `: DataInputConfig ${applied.text}` : ''}.`}
        </Notice>
      )}
      {findings.length > 0 && (
        <div>
          <h5 className="font-medium">The request against the model</h5>
          <ul className="mt-1 space-y-2">
            {findings.map((finding) => (
              <li key={finding.message} className="rounded-md border border-border p-2">
                <p>
                  <Badge tone="warning">{finding.field}</Badge> {finding.message}
                </p>
                {finding.neoText && (
                  <p className="mt-1 text-xs text-muted">
                    Neo says: <q className="font-mono break-words">{finding.neoText}</q>
                  </p>
                )}
                {finding.fix && (
                  <Button
                    className="mt-1"
                    variant="secondary"
                    size="sm"
                    onClick={() => store.update(finding.fix!.apply, finding.field)}
                  >
                    {finding.fix.label}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ProposalForm({
  proposal,
  answers,
  setAnswers,
  text,
  missing,
}: {
  proposal: InputProposal;
  answers: Record<string, string>;
  setAnswers: (next: Record<string, string>) => void;
  text?: string;
  missing: string[];
}) {
  const id = useId();
  const field = (key: string, label: string, placeholder: string) => (
    <label key={key} className="block text-xs" htmlFor={`${id}-${key}`}>
      {label}
      <input
        id={`${id}-${key}`}
        className={inputClasses}
        inputMode="numeric"
        placeholder={placeholder}
        value={answers[key] ?? ''}
        onChange={(event) => setAnswers({ ...answers, [key]: event.target.value })}
      />
    </label>
  );
  return (
    <div>
      <h5 className="font-medium">
        Proposed DataInputConfig
        {proposal.layout !== 'none' && <span className="font-normal"> ({proposal.layout})</span>}
      </h5>
      {proposal.notes.map((note) => (
        <p key={note} className="text-xs text-muted">
          {note}
        </p>
      ))}
      <div className="mt-1 grid gap-2 sm:grid-cols-2">
        {proposal.inputs.flatMap((input, index) =>
          input.dims === undefined
            ? [
                field(
                  answerKey(index),
                  `Shape of ${input.name} (${proposal.layout})`,
                  proposal.layout === 'NHWC' ? '1, 224, 224, 3' : '1, 3, 224, 224',
                ),
              ]
            : input.dims.flatMap((dim, axis) =>
                'ask' in dim
                  ? [
                      field(
                        answerKey(index, axis),
                        `Size of ${dim.ask} of ${input.name}`,
                        'e.g. 224',
                      ),
                    ]
                  : [],
              ),
        )}
      </div>
      {proposal.layout !== 'none' && (
        <p className="mt-1 break-words">
          {text !== undefined ? (
            <code data-testid="model-check-proposal">{text}</code>
          ) : (
            <span className="text-xs text-muted">Still open: {missing.join(', ')}.</span>
          )}
        </p>
      )}
    </div>
  );
}
