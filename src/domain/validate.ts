/**
 * The single entry point the UI calls on every change: the preview text and every problem,
 * derived together from one draft so they can never disagree.
 */
import type { CatalogueDevice } from './catalogue/catalogue-schema';
import { hasTargetOrOptions } from './target/target-or-options';
import { toApiObject, type OutputConfigDraft } from './draft';
import { ownValue, type JsonObject } from './json/json-value';
import { TARGET_RULES_MISSING, validateApiObject } from './output-config-rules/output-config-rules';
import type { Problem } from './problem';
import { serializeApiObject } from './serialize';
import { readTarget } from './target/target';
import type { TargetMode } from './target/target-mode';
import type { TargetRules } from './target/target-rules';

export type Analysis = {
  /**
   * The API object the preview shows, computed once per change and handed to the rules, the
   * serializer and the request, so nothing parses the preview text back.
   */
  api: JsonObject;
  json: string;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
};

/**
 * Serializes and validates a draft; errors come first, otherwise the rules' order is kept.
 * `mode` is the target tab the user is on (it only changes how a missing target is named).
 * `targetRules` may be left out only for a draft without a target or options, where they find
 * nothing; they load on demand, and the app brings neither before they are in memory.
 */
export function analyzeDraft(
  draft: OutputConfigDraft,
  devices?: ReadonlyMap<string, CatalogueDevice>,
  mode?: TargetMode,
  targetRules?: TargetRules,
): Analysis {
  const api = toApiObject(draft);
  const targetDevice = ownValue(api, 'TargetDevice');
  const device = typeof targetDevice === 'string' ? devices?.get(targetDevice) : undefined;
  let optionProblems: Problem[] = [];
  if (hasTargetOrOptions(api)) {
    if (!targetRules) throw new Error(TARGET_RULES_MISSING);
    optionProblems = targetRules.options(api, readTarget(api), device);
  }
  const found = [...validateApiObject(api, device, mode, targetRules), ...optionProblems];
  const errors = found.filter((problem) => problem.severity === 'error');
  const warnings = found.filter((problem) => problem.severity === 'warning');
  return {
    api,
    json: serializeApiObject(api),
    problems: [...errors, ...warnings],
    errorCount: errors.length,
    warningCount: warnings.length,
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "Valid", "Valid — 2 warnings", "1 error", "2 errors · 1 warning" (SPEC §5.3). */
export function summaryLine(analysis: Pick<Analysis, 'errorCount' | 'warningCount'>): string {
  const warnings = analysis.warningCount > 0 ? count(analysis.warningCount, 'warning') : undefined;
  if (analysis.errorCount === 0) return warnings ? `Valid — ${warnings}` : 'Valid';
  const errors = count(analysis.errorCount, 'error');
  return warnings ? `${errors} · ${warnings}` : errors;
}
