import { useMemo } from 'react';
import {
  lineOfField,
  tokenizeJson,
  tokenLines,
  type JsonTokenKind,
} from '../../domain/json/json-tokens';
import type { Severity } from '../../domain/problem';
import { useAnalysis } from '../../state/analysis/analysis-context';
import { ExpandedCompilerOptions } from './expanded-compiler-options';

const TOKEN_CLASSES: Record<JsonTokenKind, string> = {
  key: 'text-syntax-key',
  string: 'text-syntax-string',
  number: 'text-syntax-number',
  literal: 'text-syntax-number',
  punctuation: 'text-faint',
  space: '',
};

/** The exact API JSON, coloured, with a gutter marking lines that have problems. */
export function JsonPreview() {
  const { json, problems } = useAnalysis();
  const lines = useMemo(() => tokenLines(tokenizeJson(json)), [json]);
  const marks = useMemo(() => {
    const byLine = new Map<number, Severity>();
    for (const problem of problems) {
      const line = lineOfField(json, problem.field);
      if (line === undefined || byLine.get(line) === 'error') continue;
      byLine.set(line, problem.severity);
    }
    return byLine;
  }, [json, problems]);

  return (
    <div>
      <div
        // Every line wraps whole at every width (issue 12 §7); the region still takes focus so
        // keyboards can reach it.
        tabIndex={0}
        role="region"
        aria-label="OutputConfig JSON"
        className="rounded-md border border-line bg-code font-mono text-[13px] leading-5 focus-ring"
      >
        <pre className="py-3 pr-3 whitespace-pre-wrap">
          <code data-testid="json-preview">
            {lines.map((tokens, index) => (
              // The gutter (line number and problem mark) is drawn by pseudo-elements, so the
              // element's text stays exactly the JSON that Copy JSON copies (SPEC §5.2).
              <span
                key={index}
                data-line={index + 1}
                className={`relative block pl-11 [overflow-wrap:anywhere] before:absolute before:left-0 before:w-9 before:pr-1 before:text-right before:text-xs before:leading-5 before:text-faint before:content-[attr(data-line)] before:select-none after:absolute after:top-[7px] after:left-1 after:size-1.5 after:rounded-full ${markClass(marks.get(index))}`}
              >
                {tokens.map((token, at) => (
                  <span key={at} className={TOKEN_CLASSES[token.kind]}>
                    {token.text}
                  </span>
                ))}
                {index < lines.length - 1 ? '\n' : null}
              </span>
            ))}
          </code>
        </pre>
      </div>
      <ExpandedCompilerOptions />
    </div>
  );
}

function markClass(severity: Severity | undefined): string {
  if (severity === 'error') return 'after:bg-danger-mark';
  if (severity === 'warning') return 'after:bg-warning-dot';
  return '';
}
