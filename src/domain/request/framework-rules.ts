/**
 * The cross-field rules AWS documents for InputConfig beyond the API model: which frameworks
 * and targets take FrameworkVersion, which versions Neo lists, and which frameworks a target
 * accepts. All are warnings with a fix where one exists (sources on each fact in
 * framework-facts.ts).
 */
import type { Problem } from '../problem';
import type { TargetReading } from '../target/target';
import { quote } from '../value-text';
import {
  COREML_FRAMEWORKS,
  DOCUMENTED_VERSIONS,
  FRAMEWORK_FACTS,
  majorMinor,
  NO_VERSION_DEVICES,
  targetFamily,
  type TargetFamily,
} from './framework-facts';
import { memberField } from './request-field-rules';
import type { Framework } from './request-values';
import { setTo } from './string-rule';

/** The InputConfig members the documented rules read, once they passed the API model's checks. */
export type InputFacts = {
  framework?: Framework;
  version?: string;
  dataInputConfig?: string;
  /** DataInputConfig is there but failed the API model's checks (already an error). */
  hasInvalidDataInput?: boolean;
};

const VERSION = memberField('InputConfig', 'FrameworkVersion');
const removeVersion = () => setTo(VERSION, undefined, 'Remove FrameworkVersion');

const FAMILY_NAMES: Record<TargetFamily, string> = {
  cloud: 'cloud instances',
  inferentia: 'Inferentia (ml_inf1)',
  edge: 'edge devices and platforms',
};

export function validateFrameworkFacts(input: InputFacts, target: TargetReading): Problem[] {
  const { framework, version } = input;
  const problems: Problem[] = [];
  if (
    framework !== undefined &&
    target.device === 'coreml' &&
    !COREML_FRAMEWORKS.includes(framework)
  ) {
    problems.push({
      field: 'InputConfig.Framework',
      severity: 'warning',
      message: `The coreml target converts only TensorFlow and PyTorch models, not ${FRAMEWORK_FACTS[framework].label}`,
    });
  }
  if (version === undefined) return problems;
  if (framework !== undefined && !FRAMEWORK_FACTS[framework].takesVersion) {
    problems.push({
      field: VERSION.path,
      severity: 'warning',
      message: `FrameworkVersion is supported only for MXNet, PyTorch, TensorFlow and TensorFlow Lite, not ${FRAMEWORK_FACTS[framework].label}`,
      fix: removeVersion(),
    });
    return problems;
  }
  if (typeof target.device === 'string' && NO_VERSION_DEVICES.has(target.device)) {
    problems.push({
      field: VERSION.path,
      severity: 'warning',
      message: `AWS's SageMaker SDK never sends FrameworkVersion for ${target.device}, and the service has refused it for some targets ("Unsupported framework version field for target")`,
      fix: removeVersion(),
    });
    return problems;
  }
  const family = targetFamily(target);
  const listed =
    family === undefined || framework === undefined
      ? undefined
      : DOCUMENTED_VERSIONS[family][framework];
  if (
    family !== undefined &&
    framework !== undefined &&
    listed !== undefined &&
    !listed.includes(majorMinor(version))
  ) {
    problems.push({
      field: VERSION.path,
      severity: 'warning',
      message: `Neo documents ${FRAMEWORK_FACTS[framework].label} ${listed.join(', ')} for ${FAMILY_NAMES[family]}, not ${quote(version)}; the model's framework version should be one of them or earlier`,
    });
  }
  return problems;
}
