/** What every snippet generator takes, and the region rule shared by all of them. */
import { targetDeviceSchema } from '../api-value-schemas';
import { SINGLE_REGION_DEVICES } from '../api-values';
import type { OutputConfigDraft } from '../draft';
import type { JsonObject } from '../json/json-value';
import { readTarget } from '../target/target';

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
  const device = targetDeviceSchema.safeParse(readTarget(draft).device);
  return device.success ? SINGLE_REGION_DEVICES[device.data]?.region : undefined;
}
