/** What every snippet generator takes, and the region rule shared by all of them. */
import type { OutputConfigDraft } from '../draft';
import type { JsonObject } from '../json/json-value';
import { readTarget } from '../target/target';
import { snippetRegion } from '../target/region-limit';

export type SnippetInput = {
  /** The preview text: pretty JSON of the API-shaped OutputConfig (CompilerOptions a string). */
  outputConfigJson: string;
  /** Set only when the target exists in a single region (ml_trn1, ml_inf2). */
  region?: string;
  /**
   * The request fields around OutputConfig as the request preview shows them (empty values
   * left out); what is missing becomes a marked placeholder (SPEC §8.3).
   */
  request?: JsonObject;
};

/** The one region the draft's TargetDevice is offered in, or undefined when it is not limited. */
export function regionForDraft(draft: OutputConfigDraft): string | undefined {
  const { device } = readTarget(draft);
  return typeof device === 'string' ? snippetRegion(device) : undefined;
}
