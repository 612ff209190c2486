/**
 * What AWS documents about each Framework beyond the API model. None of it is enforced by the
 * API model, so every rule built on it is a warning (SPEC: unverified is a hint, never an error).
 */
import type { TargetReading } from '../target/target';
import type { Framework } from './request-values';

export type ShapeLayout = 'NCHW' | 'NHWC';

export type FrameworkFacts = {
  /** What the console calls it. */
  label: string;
  /**
   * DataInputConfig per framework, from the API reference's DataInputConfig bullets
   * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InputConfig.html) and the
   * guide's "What input data shapes does SageMaker Neo expect?"
   * (https://docs.aws.amazon.com/sagemaker/latest/dg/neo-compilation-preparing-model.html):
   * the layout of image shapes, whether a list of shapes is accepted (PyTorch only), the
   * documented example. 'not-needed' for XGBoost ("input data name and shape are not needed");
   * undefined where nothing is documented (SKLEARN).
   */
  shapes?:
    { layout: ShapeLayout; takesList: boolean; inputName: string; example: string } | 'not-needed';
  /**
   * FrameworkVersion "is only supported for the MXNet, PyTorch, TensorFlow and TensorFlow Lite
   * frameworks" (API_InputConfig, FrameworkVersion).
   */
  takesVersion: boolean;
};

export const FRAMEWORK_FACTS: Record<Framework, FrameworkFacts> = {
  TENSORFLOW: {
    label: 'TensorFlow',
    shapes: {
      layout: 'NHWC',
      takesList: false,
      inputName: 'input',
      example: '{"input":[1,1024,1024,3]}',
    },
    takesVersion: true,
  },
  // "while Keras model artifacts should be uploaded in NHWC (channel-last) format,
  // DataInputConfig should be specified in NCHW (channel-first) format".
  KERAS: {
    label: 'Keras',
    shapes: {
      layout: 'NCHW',
      takesList: false,
      inputName: 'input_1',
      example: '{"input_1":[1,3,224,224]}',
    },
    takesVersion: false,
  },
  MXNET: {
    label: 'MXNet',
    shapes: {
      layout: 'NCHW',
      takesList: false,
      inputName: 'data',
      example: '{"data":[1,3,1024,1024]}',
    },
    takesVersion: true,
  },
  ONNX: {
    label: 'ONNX',
    shapes: {
      layout: 'NCHW',
      takesList: false,
      inputName: 'data',
      example: '{"data":[1,3,1024,1024]}',
    },
    takesVersion: false,
  },
  PYTORCH: {
    label: 'PyTorch',
    shapes: {
      layout: 'NCHW',
      takesList: true,
      inputName: 'input0',
      example: '{"input0":[1,3,224,224]}',
    },
    takesVersion: true,
  },
  XGBOOST: { label: 'XGBoost', shapes: 'not-needed', takesVersion: false },
  // The guide's TensorFlow Lite section: name and shape in NHWC, as for TensorFlow.
  TFLITE: {
    label: 'TensorFlow Lite',
    shapes: {
      layout: 'NHWC',
      takesList: false,
      inputName: 'input',
      example: '{"input":[1,224,224,3]}',
    },
    takesVersion: true,
  },
  DARKNET: {
    label: 'DARKNET',
    shapes: {
      layout: 'NCHW',
      takesList: false,
      inputName: 'data',
      example: '{"data":[1,3,416,416]}',
    },
    takesVersion: false,
  },
  SKLEARN: { label: 'scikit-learn', takesVersion: false },
};

/** Which of the guide's framework tables applies to a target. */
export type TargetFamily = 'cloud' | 'inferentia' | 'edge';

/** The cloud instance table of https://docs.aws.amazon.com/sagemaker/latest/dg/neo-supported-cloud.html */
const CLOUD_DEVICES = new Set(['ml_c4', 'ml_c5', 'ml_m4', 'ml_m5', 'ml_p2', 'ml_p3', 'ml_g4dn']);
/** Cloud targets no version table covers (newer or retired families): no version check. */
const UNTABLED_DEVICES = new Set(['lambda', 'ml_m6g', 'ml_c6g', 'ml_inf2', 'ml_trn1', 'ml_eia2']);

/** The family whose documented versions apply, or undefined when no table covers the target. */
export function targetFamily(target: TargetReading): TargetFamily | undefined {
  if (target.platform !== undefined && target.device === undefined) return 'edge';
  if (typeof target.device !== 'string') return undefined;
  if (target.device === 'ml_inf1') return 'inferentia';
  if (CLOUD_DEVICES.has(target.device)) return 'cloud';
  return UNTABLED_DEVICES.has(target.device) ? undefined : 'edge';
}

/**
 * FrameworkVersion values Neo documents, as major.minor, per family and framework:
 * cloud: https://docs.aws.amazon.com/sagemaker/latest/dg/neo-supported-cloud.html ("Cloud
 * Instances": MXNet 1.8.0, PyTorch 1.4–1.8/1.12/1.13/2.0, TensorFlow 1.15.3/2.9);
 * inferentia: the same page's Inferentia table (2023 edition: MXNet 1.5/1.8, PyTorch
 * 1.7/1.8/1.9, TensorFlow 1.15/2.5);
 * edge: https://docs.aws.amazon.com/sagemaker/latest/dg/neo-supported-devices-edge-frameworks.html
 * (MXNet 1.8, PyTorch 1.7/1.8, TensorFlow 1.15/2.4/2.5, TensorFlow-Lite 1.15).
 * A framework missing from a family's table is left unchecked: undocumented is not wrong.
 */
export const DOCUMENTED_VERSIONS: Record<
  TargetFamily,
  Partial<Record<Framework, readonly string[]>>
> = {
  cloud: {
    MXNET: ['1.8'],
    PYTORCH: ['1.4', '1.5', '1.6', '1.7', '1.8', '1.12', '1.13', '2.0'],
    TENSORFLOW: ['1.15', '2.9'],
  },
  inferentia: {
    MXNET: ['1.5', '1.8'],
    PYTORCH: ['1.7', '1.8', '1.9'],
    TENSORFLOW: ['1.15', '2.5'],
  },
  edge: {
    MXNET: ['1.8'],
    PYTORCH: ['1.7', '1.8'],
    TENSORFLOW: ['1.15', '2.4', '2.5'],
    TFLITE: ['1.15'],
  },
};

/**
 * Targets for which the SageMaker Python SDK never sends FrameworkVersion
 * (https://github.com/aws/sagemaker-python-sdk, src/sagemaker/model.py, NEO_MULTIVERSION_UNSUPPORTED);
 * the service answers an unsupported one with "Unsupported framework version field for
 * target" (https://github.com/aws/amazon-sagemaker-examples/issues/3239). lambda is left out:
 * that error text lists it as version-capable, a conflict the sources do not settle.
 */
export const NO_VERSION_DEVICES: ReadonlySet<string> = new Set([
  'imx8mplus',
  'jacinto_tda4vm',
  'coreml',
  'sitara_am57x',
  'amba_cv2',
  'amba_cv22',
  'amba_cv25',
]);

/**
 * "CoreML converter supports Tensorflow and PyTorch models" (API_InputConfig, DataInputConfig
 * for the coreml TargetDevice), whose shapes may be objects with shape/default_shape/type.
 */
export const COREML_FRAMEWORKS: readonly Framework[] = ['TENSORFLOW', 'PYTORCH'];

/** "major.minor" of a version string ("1.15.3" → "1.15"), or the text itself. */
export function majorMinor(version: string): string {
  return /^\d+\.\d+/.exec(version)?.[0] ?? version;
}

/**
 * PyTorch needs no DataInputConfig when the model definition was saved with PyTorch 2.0 or
 * later and the target is a cloud instance (neo-compilation-preparing-model.html, PyTorch).
 */
export function isPyTorchShapeOptional(
  version: string | undefined,
  family: TargetFamily | undefined,
): boolean {
  if (version === undefined || (family !== 'cloud' && family !== 'inferentia')) return false;
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  return major >= 2;
}
