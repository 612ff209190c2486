import { problemFixes, type Fix, type Problem } from '../../domain/problem';
import { fieldMessagesId } from '../../lib/field-dom-id';
import { FixButton } from './fix-button';

type Props = {
  field: string;
  problems: Problem[];
  /** Applies a problem's fix; the store lives above this primitive, so it is passed in. */
  onFix: (fix: Fix) => void;
  extraHint?: string;
};

/**
 * The messages under one field; the input points at this element with aria-describedby. A
 * problem's detail and source are said here only (the summary lists the message). Positioned,
 * as the input is, so that messages that change as the user types repaint alone (styles.css).
 */
export function FieldMessages({ field, problems, onFix, extraHint }: Props) {
  return (
    <div id={fieldMessagesId(field)} className="relative mt-1 space-y-1 text-sm empty:hidden">
      {extraHint && <p className="text-muted">{extraHint}</p>}
      {problems.map((problem, index) => (
        <p key={index} className={problem.severity === 'error' ? 'text-danger' : 'text-warning'}>
          <span className="font-medium">
            {problem.severity === 'error' ? 'Error: ' : 'Warning: '}
          </span>
          {problem.message}
          {problem.detail !== undefined && `. ${problem.detail}`}
          {problemFixes(problem).map((fix, at) => (
            // By position, not label: a label often quotes the value being typed, and a new key
            // on every keystroke would rebuild the button each time.
            <FixButton key={at} fix={fix} onApply={onFix} />
          ))}
          {problem.source !== undefined && (
            <span className="block text-xs break-words text-muted">{problem.source}</span>
          )}
        </p>
      ))}
    </div>
  );
}
