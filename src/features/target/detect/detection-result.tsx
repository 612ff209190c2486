import type { BoardReading } from '../../../domain/board-probe/parse-board-probe';
import { describeProbeTarget } from '../../../domain/board-probe/apply-probe-target';
import type { Confidence } from '../../../domain/board-probe/probe-types';

const CONFIDENCE_CLASSES: Record<Confidence, string> = {
  high: 'border-success-mark text-success-ink',
  medium: 'border-info-mark text-info-ink',
  low: 'border-warning-mark text-warning',
};

const listHeading = 'mt-3 text-sm font-semibold';

/**
 * What the board's text says, before Apply (SPEC §5.6, §7.2): the proposed target, each value
 * with the line it came from and how sure it is, the warnings, and what could not be told.
 */
export function DetectionResult({ reading }: { reading: BoardReading }) {
  if (!reading.recognised) {
    return <p className="text-sm text-subtle">{reading.message}</p>;
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
          <li key={value.field} className="rounded-md border border-line p-2">
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <code className="font-semibold">{value.field}</code>
              <span className="font-mono [overflow-wrap:anywhere]">{value.value}</span>
              <span
                className={`rounded-full border px-2 py-0.5 text-xs font-medium ${CONFIDENCE_CLASSES[value.confidence]}`}
              >
                {value.confidence} confidence
              </span>
            </div>
            {/* Evidence wraps between words; only a token longer than a line (a path) breaks. */}
            <p className="mt-1 text-xs text-muted">
              from line {value.source.line}:{' '}
              <code className="[overflow-wrap:anywhere] text-emphasis">{value.source.text}</code>
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
