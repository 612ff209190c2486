/** What `check` found per input file, and the exit code SPEC §5.9 gives it. */
import type { DocumentCheck } from './check-document';

export type FileReport = { file: string; check: DocumentCheck };

/**
 * Why a file could not be checked, said as the page's Import dialog says it: "Line 3, column 5: "
 * first when the parser knows where.
 */
export function unreadableText(check: Extract<DocumentCheck, { ok: false }>): string {
  const { position, message } = check;
  return position ? `Line ${position.line}, column ${position.column}: ${message}` : message;
}

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

/**
 * 2 when a file could not be read or parsed, otherwise 1 when any has an error (or a warning,
 * with --warnings-as-errors), otherwise 0.
 */
export function exitCodeOf(reports: readonly FileReport[], warningsAsErrors: boolean): number {
  if (reports.some(({ check }) => !check.ok)) return EXIT_UNREADABLE;
  const fails = reports.some(
    ({ check }) =>
      check.ok && (check.errorCount > 0 || (warningsAsErrors && check.warningCount > 0)),
  );
  return fails ? EXIT_INVALID : EXIT_VALID;
}
