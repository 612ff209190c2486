/**
 * `--format json` (SPEC §5.9): an array, in input order, of
 * `{file, valid, errors: [{field, message}], warnings: [{field, message}]}`. Each problem may
 * carry more: the fix's label, the JSON pointer of the value and its line and column. A file
 * that cannot be read or parsed is not valid and has one error, with its line and column when
 * the parser gives them (field "" : it is about no field).
 */
import type { Finding } from './check-document';
import { unreadableText, type FileReport } from './report';

export type JsonProblem = {
  field: string;
  message: string;
  fix?: string;
  pointer?: string;
  line?: number;
  column?: number;
};

export type JsonFileResult = {
  file: string;
  valid: boolean;
  errors: JsonProblem[];
  warnings: JsonProblem[];
};

function problemOf(finding: Finding): JsonProblem {
  return {
    field: finding.field,
    message: finding.message,
    ...(finding.fix ? { fix: finding.fix } : {}),
    pointer: finding.pointer,
    ...(finding.position ?? {}),
  };
}

export function jsonResults(reports: readonly FileReport[]): JsonFileResult[] {
  return reports.map(({ file, check }) => {
    if (!check.ok) {
      return {
        file,
        valid: false,
        errors: [{ field: '', message: unreadableText(check), ...(check.position ?? {}) }],
        warnings: [],
      };
    }
    const of = (severity: Finding['severity']) =>
      check.findings.filter((finding) => finding.severity === severity).map(problemOf);
    return { file, valid: check.errorCount === 0, errors: of('error'), warnings: of('warning') };
  });
}

export const formatJson = (reports: readonly FileReport[]): string =>
  `${JSON.stringify(jsonResults(reports), null, 2)}\n`;
