/**
 * Validates CompilerOptions (SPEC §2.5, §3): first the value as a whole (a string, 3 to 1024
 * characters, JSON, the right form for the target), then each option in it. Nothing is ever
 * dropped: every fix is a pure edit the user chooses.
 */
import { COMPILER_OPTIONS_MAX_LENGTH, COMPILER_OPTIONS_MIN_LENGTH } from '../../api-values';
import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import { withKey, type OutputConfigDraft } from '../../draft';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../../json/json-value';
import type { Problem } from '../../problem';
import type { TargetReading } from '../../target/target';
import { describeType, quote } from '../../value-text';
import { formatFlags, formatOptionsObject, parseCompilerOptions } from '../api-string';
import { flagsFromOptions, neuronCompilerFor } from '../inferentia-flags';
import { neuronFlagProblems } from './neuron-flag-rules';
import {
  cpuRecommendedProblem,
  nvidiaRequiredProblems,
  optionsContext,
  type OptionsContext,
} from './option-applicability-rules';
import { nvidiaVersionProblems } from './nvidia-version-rules';
import type { OptionField } from '../plan/option-fields';
import { optionValueProblems } from './option-value-rules';

const FIELD = 'CompilerOptions';

/** Every problem with the draft's CompilerOptions for this target; `device` is its catalogue entry. */
export function validateCompilerOptions(
  draft: OutputConfigDraft,
  target: TargetReading,
  device?: CatalogueDevice,
): Problem[] {
  const context = optionsContext(target, device);
  const raw = ownValue(draft, FIELD);
  const parsed = parseCompilerOptions(raw);
  const length = typeof raw === 'string' ? lengthProblems(raw, parsed.kind === 'object') : [];
  switch (parsed.kind) {
    case 'absent': {
      const recommended = cpuRecommendedProblem(context);
      return [...nvidiaRequiredProblems({}, context), ...(recommended ? [recommended] : [])];
    }
    case 'not-string':
      return [
        notStringProblem(parsed.value),
        ...(isJsonObject(parsed.value) ? objectProblems(parsed.value, context) : []),
      ];
    case 'invalid':
      return [...length, invalidProblem(parsed.text, parsed.reason, context)];
    case 'flags':
      return [...length, ...flagsProblems(parsed.value, context)];
    case 'python':
      return [...length, pythonStyleProblem(), ...objectProblems(parsed.value, context)];
    case 'object':
      return [...length, ...objectProblems(parsed.value, context)];
  }
}

function lengthProblems(text: string, isObject: boolean): Problem[] {
  const length = text.length;
  if (length >= COMPILER_OPTIONS_MIN_LENGTH && length <= COMPILER_OPTIONS_MAX_LENGTH) return [];
  const problem: Problem = {
    field: FIELD,
    severity: 'error',
    message: `CompilerOptions is ${length} characters long; the API takes ${COMPILER_OPTIONS_MIN_LENGTH} to ${COMPILER_OPTIONS_MAX_LENGTH}`,
  };
  if (length < COMPILER_OPTIONS_MIN_LENGTH && isObject) {
    problem.fix = {
      label: 'Remove CompilerOptions',
      apply: (draft) => withKey(draft, FIELD, undefined),
    };
  }
  return [problem];
}

function notStringProblem(value: JsonValue): Problem {
  const problem: Problem = {
    field: FIELD,
    severity: 'error',
    message: `CompilerOptions must be a string holding JSON, not ${describeType(value)}: the API takes it as text`,
  };
  if (isJsonObject(value)) {
    problem.fix = {
      label: 'Convert to a JSON string',
      apply: (draft) => {
        const current = ownValue(draft, FIELD);
        return isJsonObject(current) ? withKey(draft, FIELD, formatOptionsObject(current)) : draft;
      },
    };
  }
  return problem;
}

function invalidProblem(text: string, reason: string, context: OptionsContext): Problem {
  const problem: Problem = {
    field: FIELD,
    severity: 'error',
    message: `CompilerOptions is not valid JSON: ${reason}`,
  };
  const flags = text.trim();
  if (context.plan.mode === 'inferentia' && flags.startsWith('-')) {
    problem.fix = {
      label: 'Quote the flags as a JSON string',
      apply: (draft) => withKey(draft, FIELD, formatFlags(flags)),
    };
  }
  return problem;
}

function pythonStyleProblem(): Problem {
  return {
    field: FIELD,
    severity: 'warning',
    message: "CompilerOptions is Python-style text, as in AWS's examples; the API documents JSON",
    fix: {
      label: 'Convert to JSON',
      apply: (draft) => {
        const parsed = parseCompilerOptions(ownValue(draft, FIELD));
        return parsed.kind === 'python'
          ? withKey(draft, FIELD, formatOptionsObject(parsed.value))
          : draft;
      },
    },
  };
}

function flagsProblems(flags: string, context: OptionsContext): Problem[] {
  if (context.plan.mode === 'inferentia') {
    return neuronFlagProblems(flags, neuronCompilerFor(context.device?.id ?? ''));
  }
  if (!context.targetKnown) return [];
  const inner = parseCompilerOptions(flags).kind;
  if (inner === 'object' || inner === 'python') {
    return [
      {
        field: FIELD,
        severity: 'error',
        message:
          'CompilerOptions is JSON encoded twice: it holds a string that holds the options object',
        fix: { label: 'Decode it once', apply: (draft) => withKey(draft, FIELD, flags) },
      },
    ];
  }
  const example = context.plan.fields[0];
  const instead = example
    ? `${context.targetName} takes a JSON object of options such as ${formatOptionsObject(exampleOptions(example.field))}`
    : `no compiler option is documented for ${context.targetName}`;
  return [
    {
      field: FIELD,
      severity: 'error',
      message: `CompilerOptions holds a quoted flags string, which only Inferentia takes; ${instead}`,
    },
  ];
}

function exampleOptions(field: OptionField): JsonObject {
  const value =
    field.widget === 'integer'
      ? Number(field.placeholder)
      : field.widget === 'tokens'
        ? [field.placeholder]
        : field.placeholder;
  return { [field.key]: value };
}

function objectProblems(options: JsonObject, context: OptionsContext): Problem[] {
  if (context.plan.mode === 'inferentia') return [dictForInferentiaProblem(options, context)];
  return [
    ...optionValueProblems(options, context),
    ...nvidiaRequiredProblems(options, context),
    ...nvidiaVersionProblems(options, context),
  ];
}

function dictForInferentiaProblem(options: JsonObject, context: OptionsContext): Problem {
  const problem: Problem = {
    field: FIELD,
    severity: 'warning',
    message: `${context.targetName} takes CompilerOptions as a JSON string of compiler flags, e.g. "--verbose 1 --num-neuroncores 2 -O2"; AWS notebooks also pass a dict, but a CI failure was reported with that form`,
  };
  const flags = flagsFromOptions(options);
  if (flags !== undefined) {
    problem.fix = {
      label: `Use ${quote(flags)}`,
      apply: (draft) => withKey(draft, FIELD, formatFlags(flags)),
    };
  }
  return problem;
}
