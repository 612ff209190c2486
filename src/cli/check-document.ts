/**
 * One document through the page's own rules: Import reads it (SPEC §4.7: an OutputConfig, a
 * request, a describe response, boto3's `OutputConfig={...}`), the OutputConfig is analysed as
 * the page analyses an imported draft (in the tab the draft opens in, with the catalogue) and the
 * request fields around it as the Request part does. Nothing here decides a rule.
 */
import type { CatalogueDevice } from '../domain/catalogue/catalogue-schema';
import { importConfig, type ImportSource } from '../domain/import-config';
import type { OutputConfigDraft } from '../domain/draft';
import type { JsonValue } from '../domain/json/json-value';
import type { Problem, Severity } from '../domain/problem';
import { analyzeRequest } from '../domain/request/request-analysis';
import { TARGET_RULES } from '../domain/target/target-rules';
import { modeOfDraft } from '../domain/target/target-mode';
import { analyzeDraft } from '../domain/validate';
import { existingPointer, fieldSegments, outputConfigPath } from './field-pointer';
import { jsonPositions, type Position } from './json-positions';
import { parseJsonText } from '../domain/json/json-text';

export type Finding = {
  /** The field's API name, as the page's summary names it. */
  field: string;
  severity: Severity;
  message: string;
  /** The fix's label, when the page offers one. */
  fix?: string;
  /** The JSON pointer of the value concerned (its nearest present ancestor when missing). */
  pointer: string;
  /** Where that value's key (or the value) is written, when the text is JSON. */
  position?: Position;
};

export type DocumentCheck =
  | {
      ok: true;
      source: ImportSource;
      /** What Import changed or took, as the page's import notice says it. */
      notices: string[];
      /** Every problem, errors first, as the page's validation summary lists them. */
      findings: Finding[];
      errorCount: number;
      warningCount: number;
    }
  | { ok: false; message: string; position?: Position };

/** Checks a document's text; never throws. */
export function checkDocument(
  text: string,
  devices: ReadonlyMap<string, CatalogueDevice>,
): DocumentCheck {
  const imported = importConfig(text);
  if (!imported.ok) {
    const { message, line, column } = imported.error;
    return line === undefined || column === undefined
      ? { ok: false, message }
      : { ok: false, message, position: { line, column } };
  }
  const { draft, request, source } = imported;
  const analysis = analyzeDraft(draft, devices, modeOfDraft(draft), TARGET_RULES);
  // The request part judges the OutputConfig exactly as its preview shows it.
  const requestAnalysis = request
    ? analyzeRequest(request, JSON.parse(analysis.json) as OutputConfigDraft)
    : undefined;

  const document = documentOf(text);
  const positions = document === undefined ? undefined : jsonPositions(text);
  const inOutputConfig = source === 'OutputConfig' ? [] : ['OutputConfig'];
  const locate = (problem: Problem, path: string[]): Finding => {
    const pointer = document === undefined ? toPointer(path) : existingPointer(document, path);
    const position = positions?.get(pointer);
    return {
      field: problem.field,
      severity: problem.severity,
      message: problem.message,
      ...(problem.fix ? { fix: problem.fix.label } : {}),
      pointer,
      ...(position ? { position } : {}),
    };
  };
  const findings = [
    ...analysis.problems.map((problem) =>
      locate(problem, [...inOutputConfig, ...outputConfigPath(problem.field, draft)]),
    ),
    ...(requestAnalysis?.problems ?? []).map((problem) =>
      locate(problem, fieldSegments(problem.field)),
    ),
  ];
  const bySeverity = (severity: Severity) =>
    findings.filter((finding) => finding.severity === severity);
  return {
    ok: true,
    source,
    notices: imported.notices,
    findings: [...bySeverity('error'), ...bySeverity('warning')],
    errorCount: analysis.errorCount + (requestAnalysis?.errorCount ?? 0),
    warningCount: analysis.warningCount + (requestAnalysis?.warningCount ?? 0),
  };
}

/** The document as JSON (trailing commas allowed, as Import allows them), for locating fields. */
function documentOf(text: string): JsonValue | undefined {
  if (!/^\s*[{[]/.test(text)) return undefined;
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  const withoutTrailingCommas = text.replace(/,(\s*[}\]])/g, '$1');
  const reparsed = parseJsonText(withoutTrailingCommas);
  return reparsed.ok ? reparsed.value : undefined;
}

const toPointer = (path: readonly string[]) =>
  path.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
