import { useMemo } from 'react';
import { lineOfField, tokenizeJson, tokenLines } from '../../domain/json/json-tokens';
import type { Severity } from '../../domain/problem';
import { useAnalysis } from '../../state/analysis/analysis-context';
import { ExpandedCompilerOptions } from './expanded-compiler-options';
import {
  JSON_BLOCK_CLASS,
  JSON_LINE_CLASS,
  JSON_PRE_CLASS,
  JSON_TOKEN_CLASSES,
} from './json-preview-look';

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
        className={JSON_BLOCK_CLASS}
      >
        <pre className={JSON_PRE_CLASS}>
          <code data-testid="json-preview">
            {lines.map((tokens, index) => (
              // The gutter (line number and problem mark) is drawn by pseudo-elements, so the
              // element's text stays exactly the JSON that Copy JSON copies (SPEC §5.2).
              <span
                key={index}
                data-line={index + 1}
                data-mark={marks.get(index)}
                className={JSON_LINE_CLASS}
              >
                {tokens.map((token, at) => (
                  <span key={at} className={JSON_TOKEN_CLASSES[token.kind]}>
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
