/**
 * The FailureReason catalogue (SPEC §10): each known text of a failed compilation job, as data.
 * One entry per reason of the fact sheet (`reference/model-facts.md` §5, numbered as there):
 * the patterns that match the stable parts of its text (job, bucket, input and operator names
 * vary; the text arrives cut at 1,024 characters, so a long one also has a pattern for its
 * first words), the cause in plain words, the request fields concerned by API name, what to
 * change and where, the fix when the fix is a change to the request, and the sources.
 * Patterns run on the text with its whitespace collapsed to single spaces; named groups carry
 * what the text names (an input, a version, a bucket) into the explanation.
 */
import {
  dropFrameworkVersion,
  firstFixOf,
  pointAtTarGz,
  raiseMaxRuntime,
  reorderToNchw,
  useDocumentedVersion,
  useModelInputs,
  type FixContext,
} from './failure-fixes';
import { SOURCES, type FailureSource } from './failure-sources';
import type { Fix } from '../problem';

export const FAILURE_GROUPS = [
  'input configuration',
  'archive layout',
  'framework and version',
  'operators',
  'output and target',
  'permissions and S3',
  'service side',
] as const;
export type FailureGroup = (typeof FAILURE_GROUPS)[number];

/** The request fields an explanation can name, by API name (OutputConfig members prefixed). */
export const FAILURE_FIELDS = [
  'CompilationJobName',
  'RoleArn',
  'InputConfig.S3Uri',
  'InputConfig.Framework',
  'InputConfig.FrameworkVersion',
  'InputConfig.DataInputConfig',
  'StoppingCondition.MaxRuntimeInSeconds',
  'OutputConfig.S3OutputLocation',
  'OutputConfig.TargetDevice',
] as const;
export type FailureField = (typeof FAILURE_FIELDS)[number];

export type FailureEntry = {
  /** Stable id, e.g. `keras-shape-nchw`. */
  id: string;
  /** The row of the fact sheet's §5 table. */
  factNumber: number;
  group: FailureGroup;
  /** A short name of the cause, as a heading. */
  title: string;
  /** Any one matching is a match. */
  patterns: readonly RegExp[];
  /** Why the job failed, in plain words. */
  cause: string;
  /** The fields concerned; a fix changes the first one. */
  fields: readonly FailureField[];
  /** What to change and where; for a cause outside the request, the whole answer. */
  change: string;
  /** The fix, when it is a change to the request (undefined when nothing is left to change). */
  fix?: (context: FixContext) => Fix | undefined;
  sources: readonly FailureSource[];
};

const DATA = 'InputConfig.DataInputConfig';
const FRAMEWORK = 'InputConfig.Framework';
const VERSION = 'InputConfig.FrameworkVersion';
const S3_URI = 'InputConfig.S3Uri';

export const FAILURE_CATALOGUE: readonly FailureEntry[] = [
  // Input configuration
  {
    id: 'keras-shape-nchw',
    factNumber: 1,
    group: 'input configuration',
    title: 'Keras input shape not in NCHW order',
    patterns: [
      /Input (?<input>\S+) has wrong shape in Input Shape dictionary/i,
      /Input shapes should be provided in NCHW format/i,
    ],
    cause:
      'Neo reads a Keras model’s DataInputConfig in NCHW (channels first), although the .h5 file itself is channels last. The shape given for this input is in NHWC order or has the wrong number of dimensions.',
    fields: [DATA, FRAMEWORK],
    change:
      'Give every InputLayer its shape as [batch, channels, height, width] in InputConfig.DataInputConfig, e.g. {"input_1":[1,3,224,224]}.',
    fix: firstFixOf(useModelInputs, reorderToNchw),
    sources: [SOURCES.troubleshootingCompilation, SOURCES.preparingModel, SOURCES.examples(2036)],
  },
  {
    id: 'pytorch-invalid-model',
    factNumber: 2,
    group: 'input configuration',
    title: 'PyTorch model is not a traced TorchScript, or shapes do not match',
    patterns: [/Invalid PyTorch model or input-shape mismatch/i],
    cause:
      'Neo could not load the PyTorch file as a traced TorchScript model, or the shapes in DataInputConfig do not match the model’s inputs (their number, order or dimensions).',
    fields: [DATA, S3_URI],
    change:
      'Put the model in eval() mode, export it with torch.jit.trace() and torch.jit.save(), and give one NCHW shape per input in InputConfig.DataInputConfig, keys in lexical order.',
    fix: useModelInputs,
    sources: [SOURCES.examples(639), SOURCES.examples(642), SOURCES.preparingModel],
  },
  {
    id: 'pytorch-tvm-convert',
    factNumber: 3,
    group: 'input configuration',
    title: 'TVM cannot convert the PyTorch model',
    patterns: [/TVM cannot convert the PyTorch model/i],
    cause:
      'The compiler (TVM) could not convert the PyTorch model: the file is not a trace it can read, or the input shapes do not match the model.',
    fields: [DATA, S3_URI],
    change:
      'Check that InputConfig.DataInputConfig lists every input with the shape it was traced with, keys in lexical order; re-export with torch.jit.trace() in eval() mode.',
    fix: useModelInputs,
    sources: [SOURCES.examples(2784), SOURCES.preparingModel],
  },
  {
    id: 'mxnet-names-shapes',
    factNumber: 4,
    group: 'input configuration',
    title: 'MXNet input names or shapes do not match the model',
    patterns: [
      /Input names and shapes match(?:es)? with trained model/i,
      /make sure \.params file only contains model weights/i,
    ],
    cause:
      'The input names in DataInputConfig are not the data variables of the MXNet symbol, their shapes are wrong, or the .params file holds more than the weights (arg:/aux: entries).',
    fields: [DATA, FRAMEWORK],
    change:
      'Use the names of the symbol’s data variables (op "null" nodes that are not parameters, e.g. "data") with NCHW shapes in InputConfig.DataInputConfig; save the .params with export() or save_checkpoint().',
    fix: useModelInputs,
    sources: [SOURCES.dlr(24), SOURCES.preparingModel],
  },
  {
    id: 'tflite-missing-inputs',
    factNumber: 5,
    group: 'input configuration',
    title: 'TFLite inputs missing from DataInputConfig',
    patterns: [
      /Framework cannot load TFLite model/i,
      /Please specify all input layers in data_shape/i,
    ],
    cause:
      'Not every input of the TFLite model is in DataInputConfig, so the compiler cannot infer the data types of the inputs and outputs.',
    fields: [DATA],
    change:
      'List every input tensor of the TFLite model’s main subgraph by its tensor name, with its NHWC shape, in InputConfig.DataInputConfig.',
    fix: useModelInputs,
    sources: [SOURCES.examples(1464), SOURCES.preparingModel],
  },
  {
    id: 'tensorflow-unknown-shape',
    factNumber: 6,
    group: 'input configuration',
    title: 'TensorFlow graph has a tensor of unknown shape',
    patterns: [/as_list\(\) is not defined on an unknown TensorShape/i],
    cause:
      'A tensor in the TensorFlow graph has an unknown rank or shape, which the compiler cannot handle (the fix is not documented).',
    fields: [DATA],
    change:
      'Give fixed shapes for every input in InputConfig.DataInputConfig (NHWC); if that is not enough, export the model again with fixed input shapes (a frozen graph or a SavedModel with a concrete signature).',
    fix: useModelInputs,
    sources: [SOURCES.examples(1322)],
  },
  // Archive layout
  {
    id: 'tensorflow-one-pb',
    factNumber: 7,
    group: 'archive layout',
    title: 'Several TensorFlow graph files in the archive',
    patterns: [/Exactly one \.pb (?:or \.pbtxt )?file is allowed for TensorFlow/i],
    cause: 'The archive holds more than one .pb/.pbtxt graph file (or none).',
    fields: [S3_URI],
    change:
      'Pack exactly one .pb or .pbtxt file (plus its variables/ folder for a SavedModel) into the .tar.gz that InputConfig.S3Uri points at.',
    sources: [SOURCES.troubleshootingCompilation, SOURCES.preparingModel],
  },
  {
    id: 'keras-h5-count',
    factNumber: 8,
    group: 'archive layout',
    title: 'No .h5 file, or several, in the archive',
    patterns: [/No h5 file provided/i, /Multiple h5 files provided/i],
    cause: 'A Keras archive must hold exactly one .h5 file with the whole model.',
    fields: [S3_URI, FRAMEWORK],
    change:
      'Save the whole model with model.save(..., save_format="h5") (not only its weights) and pack that one .h5 into the .tar.gz at InputConfig.S3Uri.',
    sources: [SOURCES.troubleshootingCompilation, SOURCES.preparingModel],
  },
  {
    id: 'mxnet-one-params',
    factNumber: 9,
    group: 'archive layout',
    title: 'Several MXNet parameter files in the archive',
    patterns: [/Only one parameter file is allowed for MXNet/i],
    cause:
      'The archive holds more than one .params file (or the Framework is not the one the model was saved with).',
    fields: [S3_URI, FRAMEWORK],
    change:
      'Keep one <prefix>-symbol.json and one <prefix>-0000.params in the archive at InputConfig.S3Uri, and check InputConfig.Framework.',
    sources: [SOURCES.troubleshootingCompilation],
  },
  {
    id: 'mxnet-no-symbol',
    factNumber: 10,
    group: 'archive layout',
    title: 'No MXNet -symbol.json in the archive',
    patterns: [/No valid Mxnet model file -symbol\.json/i],
    cause:
      'The archive has no *-symbol.json file, as with the output of some built-in algorithms (hyperparams.json, model_algo-1).',
    fields: [S3_URI, FRAMEWORK],
    change:
      'Export the model with export() or save_checkpoint() to get <prefix>-symbol.json and <prefix>-0000.params, and pack both into the archive at InputConfig.S3Uri.',
    sources: [SOURCES.sdk(2062), SOURCES.preparingModel],
  },
  {
    id: 'not-a-tar-gz',
    factNumber: 11,
    group: 'archive layout',
    title: 'The model is not a gzip-compressed tar archive',
    patterns: [/Unable to untar input model/i, /confirm the model is a tar\.gz file/i],
    cause:
      'InputConfig.S3Uri must point at a single gzip-compressed tar archive (.tar.gz); the object there is something else (a bare model file, a zip, a plain tar).',
    fields: [S3_URI],
    change:
      'Pack the model with tar czf model.tar.gz <files>, upload it, and point InputConfig.S3Uri at it.',
    fix: pointAtTarGz,
    sources: [SOURCES.troubleshootingCompilation, SOURCES.inputConfig],
  },
  {
    id: 'xgboost-too-big',
    factNumber: 12,
    group: 'archive layout',
    title: 'XGBoost tree too large',
    patterns: [/ModelSizeTooBig/i, /number of nodes in a tree can'?t exceed 2\^31/i],
    cause: 'A tree of the XGBoost model has 2^31 nodes or more, more than Neo compiles.',
    fields: [S3_URI],
    change: 'Train with a smaller max_depth or fewer nodes per tree, and upload the new model.',
    sources: [SOURCES.troubleshootingCompilation],
  },
  // Framework and version
  {
    id: 'version-field-rejected',
    factNumber: 13,
    group: 'framework and version',
    title: 'FrameworkVersion is not accepted for this target',
    patterns: [
      /Unsupported framework version field for target/i,
      /Framework version is only supported for ml_c4/i,
    ],
    cause:
      'The service refused the request because it carried InputConfig.FrameworkVersion for a target (or framework) that does not take it. This comes back from CreateCompilationJob itself, before any job runs.',
    fields: [VERSION, 'OutputConfig.TargetDevice'],
    change: 'Remove InputConfig.FrameworkVersion, or choose a target that takes it.',
    fix: dropFrameworkVersion,
    sources: [SOURCES.examples(3239), SOURCES.sdk(3023), SOURCES.inputConfig],
  },
  {
    id: 'pytorch-file-too-new',
    factNumber: 14,
    group: 'framework and version',
    title: 'PyTorch file saved by a newer PyTorch than the target reads',
    patterns: [
      /Attempted to read a PyTorch file with version (?<fileVersion>\d+), but the maximum supported version for reading is (?<maxVersion>\d+)/i,
      /kMaxSupportedFileFormatVersion/i,
    ],
    cause:
      'The .pt/.pth file was written by a newer PyTorch than the compiler’s loader reads (its file-format version is higher than the loader’s maximum). On ml_inf1, models saved with PyTorch 1.12 or later fail this way.',
    fields: [VERSION, FRAMEWORK, S3_URI],
    change:
      'Trace and save the model again with a PyTorch release the target’s table lists (ml_inf1: 1.7, 1.8 or 1.9), upload it, and set InputConfig.FrameworkVersion to that release.',
    fix: useDocumentedVersion,
    sources: [SOURCES.neuron(743), SOURCES.supportedCloud],
  },
  {
    id: 'keras-version',
    factNumber: 15,
    group: 'framework and version',
    title: 'Keras model saved by an unsupported Keras version',
    patterns: [/Unable to load provided Keras model/i],
    cause:
      'Neo’s Keras loader (Keras 2.2.4 on cloud instances, 2.2 on edge devices) could not read the .h5 file, most likely because a newer Keras saved it (a missing training_config key such as sample_weight_mode).',
    fields: [FRAMEWORK, S3_URI],
    change:
      'Save the model with Keras 2.2.4 (or export it to another framework Neo reads), then upload the new archive to InputConfig.S3Uri.',
    sources: [SOURCES.troubleshootingCompilation, SOURCES.examples(1993)],
  },
  {
    id: 'client-too-old-for-version',
    factNumber: 16,
    group: 'framework and version',
    title: 'The AWS client is too old for FrameworkVersion',
    patterns: [/Unknown parameter in InputConfig:? "?FrameworkVersion/i],
    cause:
      'The client that sent the request (botocore older than 1.20.5, an old AWS CLI or boto3) does not know InputConfig.FrameworkVersion, so it stopped before calling AWS.',
    fields: [VERSION],
    change:
      'Upgrade the client (pip install -U "botocore>=1.20.5" boto3 awscli), or remove InputConfig.FrameworkVersion.',
    fix: dropFrameworkVersion,
    sources: [SOURCES.sdk(2259), SOURCES.inputConfig],
  },
  {
    id: 'xgboost-invalid',
    factNumber: 17,
    group: 'framework and version',
    title: 'Invalid XGBoost model',
    patterns: [/Invalid XGBoost model/i],
    cause:
      'Neo could not read the XGBoost model: it was trained with an XGBoost release Neo does not list (a 1.0 model when Neo listed 0.9), or the Framework is wrong.',
    fields: [FRAMEWORK, S3_URI],
    change:
      'Train with an XGBoost release the guide lists (cloud: 1.3.3; edge: 1.3), save the .model file, and check InputConfig.Framework.',
    sources: [SOURCES.sdk(1616), SOURCES.supportedCloud],
  },
  {
    id: 'pytorch-scripted',
    factNumber: 18,
    group: 'framework and version',
    title: 'PyTorch model scripted, not traced',
    patterns: [/No module named '?__torch__/i],
    cause:
      'The PyTorch file could not be loaded; it was seen with models made by torch.jit.script, while the compiler reads traced models only.',
    fields: [S3_URI],
    change:
      'Export with torch.jit.trace() (in eval() mode) and torch.jit.save() instead of torch.jit.script().',
    sources: [SOURCES.examples(1501)],
  },
  {
    id: 'incompatible-model',
    factNumber: 19,
    group: 'framework and version',
    title: 'Neo could not convert the model from its framework',
    patterns: [
      /Incompatible (?<framework>Tensorflow|ONNX|PyTorch|MXNet|Keras|TFLite|XGBoost) model/i,
    ],
    cause:
      'Neo could not convert the model from its base framework: the framework version or the file format is not one it reads.',
    fields: [VERSION, FRAMEWORK],
    change:
      'Check that InputConfig.Framework is the framework the model was saved with, and export it with a version the guide lists for the target.',
    fix: useDocumentedVersion,
    sources: [SOURCES.examples(1037), SOURCES.examples(846), SOURCES.supportedCloud],
  },
  // Operators
  {
    id: 'tvm-operators-not-implemented',
    factNumber: 20,
    group: 'operators',
    title: 'Operators the compiler does not implement',
    patterns: [
      /TVM cannot convert .{0,200}?The following operators are not implemented: ?\{?(?<operators>[^}]{0,200})/i,
    ],
    cause:
      'The model uses operators that Neo’s compiler (TVM) cannot convert for this framework. This is not a request setting.',
    fields: [FRAMEWORK],
    change:
      'Replace or remove the operators named in the text in the model (check the guide’s supported-operators list), export again and upload; also check that InputConfig.Framework is the model’s framework.',
    sources: [SOURCES.troubleshootingCompilation],
  },
  {
    id: 'operator-errors',
    factNumber: 21,
    group: 'operators',
    title: 'Operator or attribute not supported',
    patterns: [
      /\b(?<kind>OperatorNotImplemented|OperatorAttributeNotImplemented|OperatorAttributeRequired|OperatorAttributeValueNotValid)\b/i,
    ],
    cause:
      'Compilation stopped on an operator: one Neo does not implement, an attribute it does not support, a required attribute missing, or an attribute value it cannot take. This is not a request setting.',
    fields: [],
    change:
      'Change the model so that it avoids the operator or attribute the text names (check the supported-operators list), export again and upload.',
    sources: [SOURCES.troubleshootingCompilation, SOURCES.troubleshootingClasses],
  },
  {
    id: 'onnx-list-index',
    factNumber: 22,
    group: 'operators',
    title: 'TVM failed inside the ONNX converter',
    patterns: [/TVM cannot convert ONNX model.{0,200}?list index out of range/i],
    cause:
      'The compiler failed while converting the ONNX graph; the cause is not documented (often an operator or opset it does not handle).',
    fields: [FRAMEWORK, DATA],
    change:
      'Export the ONNX model with an older opset (ONNX 1.7 = opset 12), check the input names and shapes in InputConfig.DataInputConfig, and try again.',
    sources: [SOURCES.dlr(243)],
  },
  {
    id: 'neuron-nothing-partitioned',
    factNumber: 23,
    group: 'operators',
    title: 'Nothing compiled to Neuron (Inferentia)',
    patterns: [/No operations were successfully partitioned and compiled to neuron/i],
    cause:
      'No part of the model went to the Neuron compiler; one known case is a model traced in train mode.',
    fields: ['OutputConfig.TargetDevice'],
    change: 'Call model.eval() before torch.jit.trace(), save again and upload.',
    sources: [SOURCES.examples(2312)],
  },
  {
    id: 'neuron-aten-op',
    factNumber: 24,
    group: 'operators',
    title: 'An operator torch-neuron does not implement',
    patterns: [/Please implement (?<operator>aten::[\w.]+) in native_ops/i],
    cause:
      'The model uses a PyTorch operator that the Neuron compiler for ml_inf1 does not implement. This is not a request setting.',
    fields: ['OutputConfig.TargetDevice'],
    change:
      'Rewrite the part of the model that uses the operator named in the text, or compile for another target.',
    sources: [SOURCES.examples(2664)],
  },
  // Output and target
  {
    id: 'timeout',
    factNumber: 25,
    group: 'output and target',
    title: 'The job ran out of time',
    patterns: [/\bTime ?Out(?:Error)?\b/i, /MaxRuntimeInSeconds/i],
    cause:
      'The job did not finish within StoppingCondition.MaxRuntimeInSeconds, so a TimeOut error ended it.',
    fields: ['StoppingCondition.MaxRuntimeInSeconds'],
    change:
      'Raise StoppingCondition.MaxRuntimeInSeconds; AWS recommends starting with 900 seconds.',
    fix: raiseMaxRuntime,
    sources: [SOURCES.stoppingCondition],
  },
  // Permissions and S3
  {
    id: 's3-object-missing',
    factNumber: 26,
    group: 'permissions and S3',
    title: 'No model at the S3 address',
    patterns: [/S3 object does not exist\.?(?: Bucket: (?<bucket>[^,\s]+),? Key: (?<key>\S+))?/i],
    cause: 'There is no object at the bucket and key that InputConfig.S3Uri names.',
    fields: [S3_URI],
    change:
      'Correct InputConfig.S3Uri to the archive’s real address (check the bucket, the key and its case), or upload the archive there.',
    sources: [SOURCES.troubleshootingCompilation, SOURCES.examples(1546)],
  },
  {
    id: 'bucket-other-region',
    factNumber: 27,
    group: 'permissions and S3',
    title: 'The bucket is in another Region',
    patterns: [
      /Bucket (?<bucket>\S+) is in region (?<bucketRegion>\S+) which is different from AWS Sagemaker service region (?<serviceRegion>[\w-]+)/i,
    ],
    cause:
      'The S3 bucket is in a different AWS Region from the one where the compilation job runs; Neo reads and writes only buckets in its own Region.',
    fields: [S3_URI, 'OutputConfig.S3OutputLocation'],
    change:
      'Copy the model to a bucket in the job’s Region and point InputConfig.S3Uri (and OutputConfig.S3OutputLocation) at it, or create the job in the bucket’s Region.',
    sources: [SOURCES.troubleshootingCompilation],
  },
  {
    id: 'role-permissions',
    factNumber: 28,
    group: 'permissions and S3',
    title: 'The role or the caller lacks a permission',
    patterns: [
      /sts:AssumeRole/i,
      /iam:PassRole/i,
      /\bAccess ?Denied\b/i,
      /is not authorized to perform/i,
    ],
    cause:
      'SageMaker could not assume the role, the role may not read the model or write the output in S3, or the caller may not pass the role (iam:PassRole). Such errors are passed through from the service concerned.',
    fields: ['RoleArn', S3_URI, 'OutputConfig.S3OutputLocation'],
    change:
      'In IAM: let sagemaker.amazonaws.com assume the role in RoleArn (trust policy), give the role s3:GetObject on the model and s3:PutObject on the output location, and give the caller iam:PassRole on the role.',
    sources: [SOURCES.troubleshootingClasses, SOURCES.createCompilationJob],
  },
  // Service side
  {
    id: 'internal-server-error',
    factNumber: 29,
    group: 'service side',
    title: 'Internal server error',
    patterns: [/There was an internal server error during the compilation job/i],
    cause:
      'A generic error on AWS’s side. It has also been seen when DataInputConfig held dynamic dimensions (null) that Neo cannot compile.',
    fields: [DATA],
    change:
      'Check that every dimension in InputConfig.DataInputConfig is a whole number (no null or -1), then try again in a few minutes; if it persists, contact AWS.',
    sources: [SOURCES.examples(1284)],
  },
  {
    id: 'unexpected-error',
    factNumber: 30,
    group: 'service side',
    title: 'Unexpected error during compilation',
    patterns: [/unexpected error during compilation/i],
    cause: 'A system error the compiler did not classify.',
    fields: [],
    change: 'Check the inputs and try again in a few minutes; if it persists, contact AWS Support.',
    sources: [SOURCES.troubleshootingCompilation, SOURCES.dlr(24)],
  },
];
