/** Rules for TargetDevice: one of the 37 API values, plus the catalogue's notes about it. */
import { TARGET_DEVICES, type TargetDevice } from '../api-values';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import { retiredTargetWarning } from './device-lifecycle';
import { regionLimit } from './region-limit';
import { withKey } from '../draft';
import type { JsonValue } from '../json/json-value';
import type { Fix, Problem } from '../problem';
import { suggestNearest, suggestSpelling } from '../spelling-slips';
import { describeType, quote } from '../value-text';

const FIELD = 'TargetDevice';
// "ml.c5.2xlarge" is how SageMaker names instance types; TargetDevice names the family.
const INSTANCE_TYPE_PATTERN = /^ml\.([a-z0-9]+)\.[a-z0-9]+$/i;

function isTargetDevice(value: string): value is TargetDevice {
  return (TARGET_DEVICES as readonly string[]).includes(value);
}

function deviceFix(value: TargetDevice): Fix {
  return { label: `Use ${value}`, apply: (draft) => withKey(draft, FIELD, value) };
}

/** Checks a TargetDevice value as given; `device` is its catalogue entry, when there is one. */
export function validateTargetDevice(value: JsonValue, device?: CatalogueDevice): Problem[] {
  if (typeof value !== 'string') {
    return [
      {
        field: FIELD,
        severity: 'error',
        message: `TargetDevice must be a string such as "ml_c5", not ${describeType(value)}`,
      },
    ];
  }
  if (isTargetDevice(value)) return deviceNotes(value, device);
  const suggestion = suggestSpelling(value, TARGET_DEVICES);
  if (suggestion) {
    const message =
      suggestion.kind === 'case'
        ? `TargetDevice ${quote(value)} has the wrong case: the API takes ${suggestion.value}`
        : `TargetDevice ${quote(value)} is not an API value: the API spells it ${suggestion.value}`;
    return [{ field: FIELD, severity: 'error', message, fix: deviceFix(suggestion.value) }];
  }
  const family = INSTANCE_TYPE_PATTERN.exec(value)?.[1]?.toLowerCase();
  const familyDevice = family === undefined ? undefined : `ml_${family}`;
  if (familyDevice !== undefined && isTargetDevice(familyDevice)) {
    return [
      {
        field: FIELD,
        severity: 'error',
        message: `${quote(value)} is an instance type: TargetDevice takes the instance family, ${familyDevice}`,
        fix: deviceFix(familyDevice),
      },
    ];
  }
  const nearest = suggestNearest(value, TARGET_DEVICES);
  if (nearest !== undefined) {
    return [
      {
        field: FIELD,
        severity: 'error',
        message: `TargetDevice ${quote(value)} is not an API value: did you mean ${nearest}?`,
        fix: deviceFix(nearest),
      },
    ];
  }
  return [
    {
      field: FIELD,
      severity: 'error',
      message: `TargetDevice ${quote(value)} is not one of the 37 API values: pick a device from the catalogue, or describe the hardware with TargetPlatform`,
    },
  ];
}

function deviceNotes(value: TargetDevice, device?: CatalogueDevice): Problem[] {
  const problems: Problem[] = [];
  const entry = device?.id === value ? device : undefined;
  // A Region the snippets set is a note beside the chosen device, not a warning (region-limit).
  const limit = regionLimit(value, entry);
  if (limit !== undefined && !limit.isSetBySnippets) {
    problems.push({
      field: FIELD,
      severity: 'warning',
      message: `${value} is available only in ${limit.where}: create the compilation job in that Region`,
    });
  }
  const retired = entry === undefined ? undefined : retiredTargetWarning(entry);
  if (retired !== undefined) problems.push({ field: FIELD, severity: 'warning', ...retired });
  return problems;
}
