/**
 * The OutputConfig rules that are not about compiler options (SPEC §2, §3.10): which keys may
 * appear, the S3 location, the target (exactly one of TargetDevice / TargetPlatform) and the
 * KMS key. Rules read the API object (empty values left out), so they judge exactly what the
 * preview shows and Copy JSON copies.
 */
import type { OutputConfigKey } from '../api-values';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import { toApiObject, withKey, type OutputConfigDraft } from '../draft';
import { ownValue, type JsonObject } from '../json/json-value';
import { validateKmsKeyId, validateS3OutputLocation } from './location-key-rules';
import type { Problem } from '../problem';
import type { TargetMode } from '../target/target-mode';
import { hasForeignKeys } from '../target/target-or-options';
import type { TargetRules } from '../target/target-rules';

/**
 * Every non-compiler-option problem of a draft; `device` is the TargetDevice's catalogue entry
 * and `mode` the tab the user is on, so a missing target is named as that tab asks for it.
 * `targetRules` judge the target itself and keys the API does not know; they load on demand,
 * so a draft without a target or such keys may go without them.
 */
export function validateOutputConfig(
  draft: OutputConfigDraft,
  device?: CatalogueDevice,
  mode: TargetMode = 'device',
  targetRules?: Pick<TargetRules, 'device' | 'platform' | 'keys'>,
): Problem[] {
  return validateApiObject(toApiObject(draft), device, mode, targetRules);
}

/** `validateOutputConfig` of the API object `toApiObject` gave (the analysis computes it once). */
export function validateApiObject(
  api: JsonObject,
  device?: CatalogueDevice,
  mode: TargetMode = 'device',
  targetRules?: Pick<TargetRules, 'device' | 'platform' | 'keys'>,
): Problem[] {
  if (!targetRules && hasForeignKeys(api)) throw new Error(TARGET_RULES_MISSING);
  const { problems: keyProblems, misspelled } = targetRules?.keys(api) ?? NO_FOREIGN_KEYS;
  const problems = [...keyProblems];
  problems.push(
    ...validateS3OutputLocation(
      ownValue(api, 'S3OutputLocation'),
      misspelled.has('S3OutputLocation'),
    ),
  );
  const targetDevice = ownValue(api, 'TargetDevice');
  const targetPlatform = ownValue(api, 'TargetPlatform');
  if (targetDevice === undefined && targetPlatform === undefined) {
    // A misspelled TargetDevice / TargetPlatform key already carries the fix.
    if (!misspelled.has('TargetDevice') && !misspelled.has('TargetPlatform')) {
      problems.push(
        mode === 'platform'
          ? {
              field: 'TargetPlatform.Os',
              severity: 'error',
              message:
                'Describe the TargetPlatform: choose its Os and Arch (or pick a TargetDevice on the Device tab)',
            }
          : {
              field: 'TargetDevice',
              severity: 'error',
              message: 'Choose a TargetDevice or describe a TargetPlatform',
            },
      );
    }
  }
  if (targetDevice !== undefined && targetPlatform !== undefined) {
    problems.push({
      field: 'TargetPlatform',
      severity: 'error',
      message:
        'TargetDevice and TargetPlatform are mutually exclusive: the API rejects an OutputConfig that has both, so remove one',
      fix: {
        label: 'Keep TargetDevice',
        apply: (current) => withKey(current, 'TargetPlatform', undefined),
      },
    });
  }
  if (targetDevice !== undefined || targetPlatform !== undefined) {
    if (!targetRules) throw new Error(TARGET_RULES_MISSING);
    if (targetDevice !== undefined) problems.push(...targetRules.device(targetDevice, device));
    if (targetPlatform !== undefined) problems.push(...targetRules.platform(targetPlatform));
  }
  problems.push(...validateKmsKeyId(ownValue(api, 'KmsKeyId')));
  return problems;
}

/** The app brings no target or options before their rules are in memory; this holds it to that. */
export const TARGET_RULES_MISSING = 'A target or options were set before their rules loaded';

const NO_FOREIGN_KEYS = { problems: [], misspelled: new Set<OutputConfigKey>() };
