import { useMemo, useState } from 'react';
import {
  lineOfField,
  tokenizeJson,
  tokenLines,
  type JsonTokenKind,
} from '../../domain/json-tokens';
import type { Severity } from '../../domain/problem';
import { useAnalysis } from '../../state/analysis-context';
import { ExpandedCompilerOptions } from './expanded-compiler-options';

const TOKEN_CLASSES: Record<JsonTokenKind, string> = {
  key: 'text-sky-800 dark:text-sky-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-violet-800 dark:text-violet-300',
  literal: 'text-violet-800 dark:text-violet-300',
  punctuation: 'text-slate-500 dark:text-slate-400',
  space: '',
};

/** The exact API JSON, coloured, with a gutter marking lines that have problems. */
export function JsonPreview() {
  const { json, problems } = useAnalysis();
  const [expanded, setExpanded] = useState(false);
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
        // Long CompilerOptions lines scroll sideways; the region takes focus so keyboards can too.
        tabIndex={0}
        role="region"
        aria-label="OutputConfig JSON"
        className="flex overflow-x-auto rounded-md border border-slate-200 bg-slate-50 font-mono text-[13px] leading-5 focus-ring dark:border-slate-700 dark:bg-slate-950"
      >
        <div aria-hidden="true" className="shrink-0 py-3 pr-1 pl-2 text-right select-none">
          {lines.map((_, index) => (
            <div
              key={index}
              className="flex h-5 items-center gap-1 text-slate-500 dark:text-slate-400"
            >
              <span className={markClass(marks.get(index))}>●</span>
              <span className="w-5 text-xs">{index + 1}</span>
            </div>
          ))}
        </div>
        <pre className="min-w-0 flex-1 py-3 pr-3 pl-1">
          <code data-testid="json-preview">
            {lines.map((tokens, index) => (
              <span key={index}>
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
      <label className="mt-2 inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={expanded}
          onChange={(event) => setExpanded(event.target.checked)}
          className="accent-teal-700 focus-ring focus-visible:outline-offset-2"
        />
        Show CompilerOptions expanded for reading
      </label>
      {expanded && <ExpandedCompilerOptions />}
    </div>
  );
}

function markClass(severity: Severity | undefined): string {
  if (severity === 'error') return 'text-red-600 dark:text-red-400';
  if (severity === 'warning') return 'text-amber-500 dark:text-amber-300';
  return 'invisible';
}
