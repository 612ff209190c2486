import type { BoardReading } from '../../../domain/board-probe/parse-board-probe';
import { describeProbeTarget } from '../../../domain/board-probe/apply-probe-target';
import type { Confidence } from '../../../domain/board-probe/probe-types';

const CONFIDENCE_CLASSES: Record<Confidence, string> = {
  high: 'border-emerald-600 text-emerald-800 dark:border-emerald-400 dark:text-emerald-200',
  medium: 'border-sky-600 text-sky-800 dark:border-sky-400 dark:text-sky-200',
  low: 'border-amber-600 text-amber-800 dark:border-amber-400 dark:text-amber-200',
};

const listHeading = 'mt-3 text-sm font-semibold';

/**
 * What the board's text says, before Apply (SPEC §5.6, §7.2): the proposed target, each value
 * with the line it came from and how sure it is, the warnings, and what could not be told.
 */
export function DetectionResult({ reading }: { reading: BoardReading }) {
  if (!reading.recognised) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">{reading.message}</p>;
  }
  return (
    <div className="text-sm">
      <p className="font-medium">
        {reading.target
          ? `Proposed: ${describeProbeTarget(reading.target)}`
          : 'Not enough for a target yet: see what is missing below.'}
      </p>
      <h3 id="detected-values" className={listHeading}>
        Inferred values
      </h3>
      <ul aria-labelledby="detected-values" className="mt-1 space-y-1.5">
        {reading.values.map((value) => (
          <li
            key={value.field}
            className="rounded-md border border-slate-200 p-2 dark:border-slate-700"
          >
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <code className="font-semibold">{value.field}</code>
              <span className="font-mono break-all">{value.value}</span>
              <span
                className={`rounded-full border px-2 py-0.5 text-xs font-medium ${CONFIDENCE_CLASSES[value.confidence]}`}
              >
                {value.confidence} confidence
              </span>
            </div>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              from line {value.source.line}:{' '}
              <code className="break-all text-slate-800 dark:text-slate-200">
                {value.source.text}
              </code>
            </p>
            {value.note && <p className="mt-0.5 text-xs">{value.note}</p>}
          </li>
        ))}
      </ul>
      <MessageList title="Warnings" items={reading.warnings.map((warning) => warning.message)} />
      <MessageList title="Not inferred" items={reading.missing} />
      <MessageList
        title="Read but not used"
        items={reading.notes.map((note) => `line ${note.source.line}: ${note.text}`)}
      />
    </div>
  );
}

function MessageList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  const id = `detected-${title.toLowerCase().replaceAll(' ', '-')}`;
  return (
    <>
      <h3 id={id} className={listHeading}>
        {title}
      </h3>
      <ul aria-labelledby={id} className="mt-1 list-disc space-y-1 pl-5">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}
