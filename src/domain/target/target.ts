/** Reads which target a draft describes, tolerating whatever a link put there. */
import { isJsonObject, ownValue, type JsonValue } from '../json/json-value';
import type { OutputConfigDraft } from '../draft';

export type PlatformFields = { os?: JsonValue; arch?: JsonValue; accelerator?: JsonValue };

export type TargetReading = {
  /** TargetDevice as given (any JSON value), undefined when absent or empty. */
  device?: JsonValue;
  /** TargetPlatform members as given, undefined when TargetPlatform is absent. */
  platform?: PlatformFields;
  /** TargetPlatform is present but is not an object. */
  platformNotObject: boolean;
};

export function readTarget(draft: OutputConfigDraft): TargetReading {
  const device = ownValue(draft, 'TargetDevice');
  const platform = ownValue(draft, 'TargetPlatform');
  const reading: TargetReading = { platformNotObject: false };
  if (device !== undefined && device !== '') reading.device = device;
  if (platform === undefined || platform === '') return reading;
  if (!isJsonObject(platform)) {
    reading.platformNotObject = true;
    return reading;
  }
  const fields: PlatformFields = {};
  const os = ownValue(platform, 'Os');
  const arch = ownValue(platform, 'Arch');
  const accelerator = ownValue(platform, 'Accelerator');
  if (os !== undefined && os !== '') fields.os = os;
  if (arch !== undefined && arch !== '') fields.arch = arch;
  if (accelerator !== undefined && accelerator !== '') fields.accelerator = accelerator;
  if (Object.keys(platform).length > 0) reading.platform = fields;
  return reading;
}
