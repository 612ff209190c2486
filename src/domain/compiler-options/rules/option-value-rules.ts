/**
 * Rules for the keys inside an options object: each value against its field's schema (whose
 * messages are the user's), the NVIDIA device's own gpu-code, the EIA either-or, and key
 * spellings seen in the wild. Keys the app has no field for are kept without comment.
 */
import { ownValue, type JsonObject, type JsonValue } from '../../json/json-value';
import type { Fix, Problem } from '../../problem';
import { suggestSpelling } from '../../spelling-slips';
import { quote } from '../../value-text';
import { applicabilityProblem, type OptionsContext } from './option-applicability-rules';
import { findOptionField, OPTION_KEYS, type OptionField } from '../plan/option-fields';
import { versionRepairs } from './nvidia-version-rules';
import { GPU_CODE_OWNERS } from '../plan/option-suggestions';
import { withOption, withoutOption, withRenamedOption } from '../option-edits';

/** Every per-key problem of an options object, in key order, then the cross-key ones. */
export function optionValueProblems(options: JsonObject, context: OptionsContext): Problem[] {
  const problems = Object.entries(options).flatMap(([key, value]) => {
    const field = findOptionField(key);
    if (field === undefined) return spellingProblems(key, options);
    const applicability = applicabilityProblem(field, context);
    return [...(applicability ? [applicability] : []), ...valueProblems(field, value, context)];
  });
  return [...problems, ...exclusiveEiaProblems(options)];
}

function spellingProblems(key: string, options: JsonObject): Problem[] {
  const suggestion = suggestSpelling(key.trim(), OPTION_KEYS);
  if (suggestion === undefined) return [];
  const proper = suggestion.value;
  if (Object.hasOwn(options, proper)) {
    return [
      {
        field: key,
        severity: 'warning',
        message: `${quote(key)} looks like a slip for ${proper}, which is also set; the compiler reads ${proper}`,
        fix: { label: `Remove ${key}`, apply: (draft) => withoutOption(draft, key) },
      },
    ];
  }
  return [
    {
      field: key,
      severity: 'warning',
      message: `${quote(key)} looks like a slip for ${proper}, the key the API's examples use`,
      fix: {
        label: `Rename to ${proper}`,
        apply: (draft) => withRenamedOption(draft, key, proper),
      },
    },
  ];
}

function valueProblems(field: OptionField, value: JsonValue, context: OptionsContext): Problem[] {
  const result = field.schema.safeParse(value);
  if (!result.success) {
    const problem: Problem = {
      field: field.key,
      severity: 'error',
      message: result.error.issues[0]?.message ?? `${field.key} has an invalid value`,
    };
    const fix = repairFix(field, value);
    if (fix !== undefined) problem.fix = fix;
    return [problem];
  }
  const mismatch = field.key === 'gpu-code' ? gpuCodeMismatch(value, context) : undefined;
  return mismatch ? [mismatch] : [];
}

/** The closest valid value: trimmed, case-corrected, unquoted number, wrapped in a list... */
function repairFix(field: OptionField, value: JsonValue): Fix | undefined {
  const original = JSON.stringify(value);
  const repaired = [...versionRepairs(field.key, value), ...repairCandidates(value)].find(
    (candidate) =>
      JSON.stringify(candidate) !== original && field.schema.safeParse(candidate).success,
  );
  if (repaired === undefined) return undefined;
  const shown =
    typeof repaired === 'string' && typeof value === 'string' ? repaired : JSON.stringify(repaired);
  return { label: `Use ${shown}`, apply: (draft) => withOption(draft, field.key, repaired) };
}

const signed = (token: string) => (/^[A-Za-z0-9]/.test(token) ? `+${token}` : token);

function repairCandidates(value: JsonValue): JsonValue[] {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? [String(value), value.toFixed(1)] : [String(value)];
  }
  if (Array.isArray(value)) {
    const strings = value.filter((item) => typeof item === 'string');
    if (strings.length !== value.length) return [];
    const trimmed = strings.map((item) => item.trim()).filter(Boolean);
    return [trimmed, trimmed.map(signed)];
  }
  if (typeof value !== 'string') return [];
  const text = value.trim();
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  return [
    text,
    text.toLowerCase(),
    text.toUpperCase(),
    text.replace(/^sm_?/i, 'sm_'),
    text.replace(/^\/+/, ''),
    ...(/^\d+$/.test(text) ? [Number(text)] : []),
    tokens,
    tokens.map(signed),
  ];
}

/** An NVIDIA TargetDevice whose gpu-code is not the device's own compute capability. */
function gpuCodeMismatch(value: JsonValue, context: OptionsContext): Problem | undefined {
  const device = context.device;
  const own = device?.gpuCode;
  if (device === undefined || own === undefined || value === own) return undefined;
  if (!context.plan.families.includes('nvidia')) return undefined;
  const owner = GPU_CODE_OWNERS.get(String(value)) ?? `not ${device.id}'s`;
  return {
    field: 'gpu-code',
    severity: 'warning',
    message: `gpu-code ${String(value)} is ${owner}; ${device.id} is ${own} — use ${own}`,
    fix: { label: `Use ${own}`, apply: (draft) => withOption(draft, 'gpu-code', own) },
  };
}

function exclusiveEiaProblems(options: JsonObject): Problem[] {
  const isSet = (key: string) => {
    const value = ownValue(options, key);
    return value !== undefined && value !== '';
  };
  if (!isSet('signature_def_key') || !isSet('output_names')) return [];
  return [
    {
      field: 'output_names',
      severity: 'error',
      message:
        'Set signature_def_key (for a SavedModel) or output_names (for a FrozenGraph), not both',
      fix: keepOnly('signature_def_key', 'output_names'),
      otherFixes: [keepOnly('output_names', 'signature_def_key')],
    },
  ];
}

function keepOnly(kept: string, removed: string): Fix {
  return { label: `Keep ${kept}`, apply: (draft) => withoutOption(draft, removed) };
}
