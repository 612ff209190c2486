/**
 * The checks every string member of the request shares: presence, type, the API model's length
 * limits and pattern. A value that passes after trimming whitespace gets that as its fix.
 */
import type { JsonValue } from '../json/json-value';
import type { Fix, Problem } from '../problem';
import { describeType, quote } from '../value-text';
import type { RequestDraft } from './request-draft';
import type { StringLimits } from './request-values';

/** Where a member lives: its API name ("InputConfig.S3Uri") and how to set it. */
export type RequestField = {
  path: string;
  set: (draft: RequestDraft, value: JsonValue | undefined) => RequestDraft;
};

export function setTo(field: RequestField, value: JsonValue | undefined, label: string): Fix {
  return { label, apply: (draft) => field.set(draft, value) };
}

export const fixToValue = (field: RequestField, value: string): Fix =>
  setTo(field, value, `Use ${quote(value)}`);

export const matchesLimits = (value: string, limits: StringLimits): boolean =>
  value.length >= limits.min &&
  value.length <= limits.max &&
  (limits.pattern === undefined || limits.pattern.test(value));

export type StringCheck = {
  problems: Problem[];
  /** The value when it is a string that passed every check. */
  valid?: string;
};

/**
 * Checks one string member. `required` is the reason shown when it is missing (omit it for an
 * optional member); `patternFix` may propose a corrected value when the pattern fails.
 */
export function checkString(
  field: RequestField,
  value: JsonValue | undefined,
  limits: StringLimits,
  options: {
    required?: string;
    patternHint?: string;
    patternFix?: (value: string) => string | undefined;
  } = {},
): StringCheck {
  const { path } = field;
  if (value === undefined) {
    return options.required === undefined
      ? { problems: [] }
      : {
          problems: [
            { field: path, severity: 'error', message: `${path} is required: ${options.required}` },
          ],
        };
  }
  if (typeof value !== 'string') {
    const text = typeof value === 'number' ? String(value) : undefined;
    return {
      problems: [
        {
          field: path,
          severity: 'error',
          message: `${path} must be a string such as ${quote(limits.example)}, not ${describeType(value)}`,
          fix:
            text !== undefined && matchesLimits(text, limits) ? fixToValue(field, text) : undefined,
        },
      ],
    };
  }
  if (value.length < limits.min || value.length > limits.max) {
    const bound = value.length < limits.min ? `at least ${limits.min}` : `at most ${limits.max}`;
    return {
      problems: [
        {
          field: path,
          severity: 'error',
          message: `${path} is ${value.length} characters long; the API takes ${bound}`,
        },
      ],
    };
  }
  if (limits.pattern === undefined || limits.pattern.test(value))
    return { problems: [], valid: value };
  const trimmed = value.trim();
  const fixed = matchesLimits(trimmed, limits) ? trimmed : options.patternFix?.(value);
  const fix =
    fixed === trimmed
      ? setTo(field, trimmed, 'Trim whitespace')
      : fixed !== undefined && matchesLimits(fixed, limits)
        ? fixToValue(field, fixed)
        : undefined;
  return {
    problems: [
      {
        field: path,
        severity: 'error',
        message: `${quote(value)} is not a valid ${path}: ${options.patternHint ?? `the API expects something like ${quote(limits.example)}`}`,
        fix,
      },
    ],
  };
}
