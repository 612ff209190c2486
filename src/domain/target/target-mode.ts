/**
 * Device and Platform are two ways to name a target. Switching between them moves the target
 * and its CompilerOptions aside and brings back what the other mode had (SPEC §4.3), so a
 * user can compare both without losing either (target-switch.ts, which loads with the target
 * code: a fresh page has nothing to switch).
 */
import type { OutputConfigDraft } from '../draft';
import { readTarget } from './target';

export type TargetMode = 'device' | 'platform';

/** The mode a draft opens in: Platform only when it names a platform and no device. */
export function modeOfDraft(draft: OutputConfigDraft): TargetMode {
  const reading = readTarget(draft);
  const hasPlatform = reading.platform !== undefined || reading.platformNotObject;
  return hasPlatform && reading.device === undefined ? 'platform' : 'device';
}
