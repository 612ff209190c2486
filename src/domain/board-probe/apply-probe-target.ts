/**
 * Turns a detected target into the draft edit Apply makes (SPEC §5.6): the TargetDevice, or the
 * TargetPlatform, with the CompilerOptions the board showed. The other target key is cleared so
 * the draft names exactly one; S3OutputLocation and KmsKeyId stay as they were.
 */
import { withKey, type OutputConfigDraft } from '../draft';
import { formatOptionsObject } from '../compiler-options/api-string';
import type { JsonObject } from '../json/json-value';
import type { TargetMode } from '../target/target-mode';
import type { ProbeTarget } from './infer-target';

/** The draft with the detected target and options in place of the current ones. */
export function applyProbeTarget(draft: OutputConfigDraft, target: ProbeTarget): OutputConfigDraft {
  const options = Object.keys(target.options).length > 0 ? formatOptionsObject(target.options) : '';
  const platform: JsonObject =
    target.kind === 'platform'
      ? {
          Os: target.os,
          Arch: target.arch,
          ...(target.accelerator === undefined ? {} : { Accelerator: target.accelerator }),
        }
      : {};
  const withTarget =
    target.kind === 'device'
      ? withKey(withKey(draft, 'TargetPlatform', ''), 'TargetDevice', target.device)
      : withKey(withKey(draft, 'TargetDevice', ''), 'TargetPlatform', platform);
  return withKey(withTarget, 'CompilerOptions', options);
}

/** The tab that shows a detected target. */
export function modeOfProbeTarget(target: ProbeTarget): TargetMode {
  return target.kind === 'device' ? 'device' : 'platform';
}

/** One line saying what Apply set, for the confirmation and the undo notice. */
export function describeProbeTarget(target: ProbeTarget): string {
  const what =
    target.kind === 'device'
      ? `TargetDevice ${target.device}`
      : `TargetPlatform ${[target.os, target.arch, target.accelerator].filter(Boolean).join(' / ')}`;
  const keys = Object.keys(target.options);
  return keys.length === 0 ? what : `${what} with ${keys.join(', ')}`;
}
