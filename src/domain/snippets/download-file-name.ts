/** The file name Download JSON suggests for a draft. */
import type { OutputConfigDraft } from '../draft';
import { readTarget } from '../target/target';

/** Anything outside [a-z0-9_-] (path separators, dots, spaces, unicode) becomes a dash. */
function fileNamePart(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
}

/**
 * `outputconfig-<target>.json`: the TargetDevice (jetson_nano) or the platform's Os-Arch-
 * Accelerator (linux-arm64-nvidia); plain `outputconfig.json` when no target is readable.
 */
export function outputConfigFileName(draft: OutputConfigDraft): string {
  const { device, platform } = readTarget(draft);
  const parts =
    typeof device === 'string'
      ? [device]
      : [platform?.os, platform?.arch, platform?.accelerator].filter(
          (part): part is string => typeof part === 'string',
        );
  const target = fileNamePart(parts.join('-'));
  return target === '' ? 'outputconfig.json' : `outputconfig-${target}.json`;
}

/**
 * `request-<target>.json`, the whole request for `--cli-input-json`; plain `request.json` when
 * no target is readable.
 */
export function requestFileName(draft: OutputConfigDraft): string {
  return outputConfigFileName(draft).replace(/^outputconfig/, 'request');
}
