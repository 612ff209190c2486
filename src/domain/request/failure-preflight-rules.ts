/**
 * Pre-flight rules that known failures reveal (SPEC §10; fact sheet §1–§3, issue 19 point 4),
 * beyond framework-rules.ts. Each is only documented, not in the API model, so each is a
 * warning with its source:
 * - TensorFlow Lite on a cloud instance target: "SageMaker Neo only supports TensorFlow Lite for
 *   edge device targets" (https://docs.aws.amazon.com/sagemaker/latest/dg/neo-compilation-preparing-model.html).
 * - FrameworkVersion where the service has refused it and AWS's SDK does not send it: the
 *   2022 ValidationException "Unsupported framework version field for target … only supported
 *   for ml_c4, ml_c5, ml_m4, ml_m5, ml_p2, ml_p3, ml_g4dn cloud targets and …"
 *   (https://github.com/aws/amazon-sagemaker-examples/issues/3239), and the SageMaker Python
 *   SDK's multi_version_frameworks_support_mapping, which sends it for PyTorch and TensorFlow
 *   only, MXNet only on ml_inf1, and never for TFLite (src/sagemaker/model.py).
 */
import type { Problem } from '../problem';
import type { TargetReading } from '../target/target';
import { FRAMEWORK_FACTS } from './framework-facts';
import type { InputFacts } from './framework-rules';
import { memberField } from './request-field-rules';
import { setTo } from './string-rule';

const VERSION = memberField('InputConfig', 'FrameworkVersion');
const PREPARING_MODEL =
  'Source: https://docs.aws.amazon.com/sagemaker/latest/dg/neo-compilation-preparing-model.html';
const SERVICE_REFUSAL =
  'Source: https://github.com/aws/amazon-sagemaker-examples/issues/3239 (the service’s answer) and https://github.com/aws/sagemaker-python-sdk (src/sagemaker/model.py, what the SDK sends)';

/** The cloud targets the 2022 service message names as taking FrameworkVersion. */
const VERSIONED_CLOUD_TARGETS: ReadonlySet<string> = new Set([
  'ml_c4',
  'ml_c5',
  'ml_m4',
  'ml_m5',
  'ml_p2',
  'ml_p3',
  'ml_g4dn',
]);
/** Cloud targets the SDK sends FrameworkVersion for although that message predates them. */
const SDK_VERSIONED_CLOUD_TARGETS: ReadonlySet<string> = new Set(['ml_inf1', 'ml_inf2', 'ml_trn1']);

const isCloudDevice = (device: unknown): device is string =>
  typeof device === 'string' && device.startsWith('ml_');

export function validateFailurePreflight(input: InputFacts, target: TargetReading): Problem[] {
  const { framework, version } = input;
  const problems: Problem[] = [];
  const device = target.device;
  if (framework === 'TFLITE' && isCloudDevice(device)) {
    problems.push({
      field: 'InputConfig.Framework',
      severity: 'warning',
      message: `SageMaker Neo compiles TensorFlow Lite for edge devices only, not for the cloud instance ${device}`,
      detail:
        'Compile the TensorFlow model itself (TENSORFLOW) for a cloud instance, or choose an edge device or platform for the .tflite file.',
      source: PREPARING_MODEL,
    });
  }
  if (version === undefined || framework === undefined || !FRAMEWORK_FACTS[framework].takesVersion)
    return problems;
  if (!isCloudDevice(device)) return problems;
  const refusedTarget =
    !VERSIONED_CLOUD_TARGETS.has(device) && !SDK_VERSIONED_CLOUD_TARGETS.has(device);
  const unsentFramework = framework === 'TFLITE' || (framework === 'MXNET' && device !== 'ml_inf1');
  if (refusedTarget || unsentFramework) {
    problems.push({
      field: VERSION.path,
      severity: 'warning',
      message: refusedTarget
        ? `The service has answered FrameworkVersion for ${device} with "Unsupported framework version field for target": its list of cloud targets is ml_c4, ml_c5, ml_m4, ml_m5, ml_p2, ml_p3, ml_g4dn`
        : `AWS's SageMaker SDK never sends FrameworkVersion for ${FRAMEWORK_FACTS[framework].label} on ${device}; the service may answer "Unsupported framework version field for target"`,
      source: SERVICE_REFUSAL,
      fix: setTo(VERSION, undefined, 'Remove FrameworkVersion'),
    });
  }
  return problems;
}
