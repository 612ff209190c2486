/**
 * The files of src/testing/config-cases and the page's verdict on each: what the page shows after
 * importing the file (SPEC §4.7) — the OutputConfig's analysis in the tab the draft opens in, with
 * the catalogue, and the request's — computed the way the page's state layer computes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import catalogueJson from '../../public/catalogue.json';
import { indexCatalogue } from '../domain/catalogue/catalogue-index';
import { catalogueSchema } from '../domain/catalogue/catalogue-schema';
import type { OutputConfigDraft } from '../domain/draft';
import { importConfig } from '../domain/import-config';
import type { JsonObject } from '../domain/json/json-value';
import type { Problem } from '../domain/problem';
import { analyzeRequest } from '../domain/request/request-analysis';
import { buildRequest } from '../domain/request/request-edits';
import { TARGET_RULES } from '../domain/target/target-rules';
import { modeOfDraft } from '../domain/target/target-mode';
import { analyzeDraft } from '../domain/validate';

export const CONFIG_CASES_DIR = fileURLToPath(new URL('./config-cases/', import.meta.url));

export const PAGE_DEVICES = indexCatalogue(catalogueSchema.parse(catalogueJson));

export type ConfigCase = {
  name: string;
  path: string;
  text: string;
  /** The verdict the file's name promises. */
  expected: 'valid' | 'invalid' | 'unreadable';
};

export const CONFIG_CASES: ConfigCase[] = readdirSync(CONFIG_CASES_DIR)
  .filter((name) => /^(valid|invalid|unreadable)-/.test(name))
  .sort()
  .map((name) => ({
    name,
    path: `${CONFIG_CASES_DIR}${name}`,
    text: readFileSync(`${CONFIG_CASES_DIR}${name}`, 'utf8'),
    expected: name.split('-')[0] as ConfigCase['expected'],
  }));

export type PageVerdict =
  | { readable: false; message: string; line?: number; column?: number }
  | {
      readable: true;
      valid: boolean;
      errors: Problem[];
      warnings: Problem[];
      /** The OutputConfig as the preview shows it (Copy JSON). */
      outputConfig: OutputConfigDraft;
      /** The whole request as the request preview shows it, when the file brought request fields. */
      request?: JsonObject;
    };

/** What the page shows once the text is imported: the summary's problems and the previews. */
export function pageVerdict(text: string): PageVerdict {
  const imported = importConfig(text);
  if (!imported.ok) return { readable: false, ...imported.error };
  const analysis = analyzeDraft(
    imported.draft,
    PAGE_DEVICES,
    modeOfDraft(imported.draft),
    TARGET_RULES,
  );
  const outputConfig = JSON.parse(analysis.json) as OutputConfigDraft;
  const request = imported.request && analyzeRequest(imported.request, outputConfig);
  const problems = [...analysis.problems, ...(request?.problems ?? [])];
  const errors = problems.filter((problem) => problem.severity === 'error');
  return {
    readable: true,
    valid: errors.length === 0,
    errors,
    warnings: problems.filter((problem) => problem.severity === 'warning'),
    outputConfig,
    ...(imported.request && !request?.isEmpty
      ? { request: buildRequest(imported.request, outputConfig) }
      : {}),
  };
}
