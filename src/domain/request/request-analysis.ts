/**
 * The request part's single entry point: the whole-request preview text and every problem of
 * the request fields, derived together from one request draft and the OutputConfig draft (whose
 * target the documented rules read). An empty request is optional and judged not at all: the
 * snippets then keep their placeholders.
 */
import { toApiObject, type OutputConfigDraft } from '../draft';
import { isJsonObject, ownValue, type JsonObject } from '../json/json-value';
import type { Problem } from '../problem';
import { readTarget } from '../target/target';
import { validateDataInputConfig } from './data-input-rules';
import { validateFrameworkFacts, type InputFacts } from './framework-rules';
import { validateStoppingCondition, validateTags, validateVpcConfig } from './job-settings-rules';
import { isRequestEmpty, type RequestDraft } from './request-draft';
import { serializeRequest } from './request-edits';
import { inputPathFor } from './request-fields';
import {
  validateJobAndRole,
  validateModelSource,
  validateRequestKeys,
} from './request-field-rules';
import {
  DATA_INPUT_CONFIG_LIMITS,
  FRAMEWORK_VERSION_LIMITS,
  frameworkSchema,
} from './request-values';
import { matchesLimits } from './string-rule';

export type RequestAnalysis = {
  /** The request preview's text: the whole CreateCompilationJob request. */
  json: string;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  isEmpty: boolean;
  /** The field whose input a problem's field lands on (see request-fields' inputPathFor). */
  inputPathFor: (field: string) => string | undefined;
};

/** Serializes and validates the request; errors come first, otherwise the rules' order is kept. */
export function analyzeRequest(
  request: RequestDraft,
  outputConfig: OutputConfigDraft,
): RequestAnalysis {
  const json = serializeRequest(request, outputConfig);
  if (isRequestEmpty(request)) {
    return { json, problems: [], errorCount: 0, warningCount: 0, isEmpty: true, inputPathFor };
  }
  const api = toApiObject(request);
  const target = readTarget(toApiObject(outputConfig));
  const input = inputFacts(api);
  const found = [
    ...validateRequestKeys(api),
    ...validateJobAndRole(api),
    ...validateModelSource(api),
    ...validateFrameworkFacts(input, target),
    ...(input.hasInvalidDataInput ? [] : validateDataInputConfig(input, target)),
    ...validateStoppingCondition(api),
    ...validateVpcConfig(api),
    ...validateTags(api),
  ];
  const errors = found.filter((problem) => problem.severity === 'error');
  const warnings = found.filter((problem) => problem.severity === 'warning');
  return {
    json,
    problems: [...errors, ...warnings],
    errorCount: errors.length,
    warningCount: warnings.length,
    isEmpty: false,
    inputPathFor,
  };
}

/** The InputConfig members that passed the API model's checks, for the documented rules. */
function inputFacts(api: JsonObject): InputFacts {
  const input = ownValue(api, 'InputConfig');
  if (!isJsonObject(input)) return {};
  const framework = frameworkSchema.safeParse(ownValue(input, 'Framework'));
  const version = ownValue(input, 'FrameworkVersion');
  const data = ownValue(input, 'DataInputConfig');
  const isDataValid = typeof data === 'string' && matchesLimits(data, DATA_INPUT_CONFIG_LIMITS);
  return {
    framework: framework.success ? framework.data : undefined,
    version:
      typeof version === 'string' && matchesLimits(version, FRAMEWORK_VERSION_LIMITS)
        ? version
        : undefined,
    dataInputConfig: isDataValid ? data : undefined,
    hasInvalidDataInput: data !== undefined && !isDataValid,
  };
}
