/**
 * The single entry point the UI calls on every change: the preview text and every problem,
 * derived together from one draft so they can never disagree.
 */
import type { CatalogueDevice } from './catalogue-schema';
import type { validateCompilerOptions } from './compiler-options/option-rules';
import { needsOptionRules } from './compiler-options/option-rules-need';
import { toApiObject, type OutputConfigDraft } from './draft';
import { ownValue } from './json-value';
import { validateOutputConfig } from './output-config-rules';
import type { Problem } from './problem';
import { serializeDraft } from './serialize';
import { readTarget } from './target';
import type { TargetMode } from './target-mode';

export type Analysis = {
  json: string;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
};

/** The compiler-option rules, which load on demand (they and zod are not on the first screen). */
export type OptionRules = typeof validateCompilerOptions;

/**
 * Serializes and validates a draft; errors come first, otherwise the rules' order is kept.
 * `mode` is the target tab the user is on (it only changes how a missing target is named).
 * `optionRules` may be left out only for a draft without a target or options, where they find
 * nothing; the app brings neither before the rules are loaded, and this holds it to that.
 */
export function analyzeDraft(
  draft: OutputConfigDraft,
  devices?: ReadonlyMap<string, CatalogueDevice>,
  mode?: TargetMode,
  optionRules?: OptionRules,
): Analysis {
  const api = toApiObject(draft);
  const targetDevice = ownValue(api, 'TargetDevice');
  const device = typeof targetDevice === 'string' ? devices?.get(targetDevice) : undefined;
  let optionProblems: Problem[] = [];
  if (needsOptionRules(api)) {
    if (!optionRules) throw new Error('A target or options were set before their rules loaded');
    optionProblems = optionRules(api, readTarget(api), device);
  }
  const found = [...validateOutputConfig(api, device, mode), ...optionProblems];
  const errors = found.filter((problem) => problem.severity === 'error');
  const warnings = found.filter((problem) => problem.severity === 'warning');
  return {
    json: serializeDraft(draft),
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
