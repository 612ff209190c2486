/**
 * The FailureReason texts of the fact sheet (`reference/model-facts.md` §5), verbatim, by the
 * catalogue id they belong to; `<…>` placeholders are filled with names as a job would.
 */
export const FACT_SHEET_REASONS: readonly { id: string; text: string }[] = [
  {
    id: 'keras-shape-nchw',
    text: 'ClientError: InputConfiguration: Input input_1 has wrong shape in Input Shape dictionary. Input shapes should be provided in NCHW format. For example, (None,1,32,32)',
  },
  {
    id: 'pytorch-invalid-model',
    text: 'Client Error: InputConfiguration: Invalid PyTorch model or input-shape mismatch. Make sure that inputs are lexically ordered and of the correct dimensionality. Upgrade to PyTorch 1.0 and use torch.jit.trace() and torch.jit.save() to export your model. Also cast your model with eval() before exporting.',
  },
  {
    id: 'pytorch-tvm-convert',
    text: 'ClientError: InputConfiguration: TVM cannot convert the PyTorch model. Invalid model or input-shape mismatch. Make sure that inputs are lexically ordered and of the correct dimensionality. Traceback (most recent call last):\n  File "/opt/tvm/python/tvm/relay/frontend/pytorch.py", line 3112, in from_pytorch',
  },
  {
    id: 'mxnet-names-shapes',
    text: 'Client Error: InputConfiguration: Check 1. Input names and shapes matches with trained model. 2. If you are compiling MXNet model, make sure .params file only contains model weights.',
  },
  {
    id: 'tflite-missing-inputs',
    text: 'ClientError: InputConfiguration: Framework cannot load TFLite model. Unable to infer tensor data type for all inputs/outputs: Please specify all input layers in data_shape.',
  },
  {
    id: 'tensorflow-unknown-shape',
    text: 'ClientError: InputConfiguration: Framework cannot load Tensorflow model: as_list() is not defined on an unknown TensorShape.',
  },
  {
    id: 'tensorflow-one-pb',
    text: 'ClientError: InputConfiguration: Exactly one .pb or .pbtxt file is allowed for TensorFlow models.',
  },
  {
    id: 'keras-h5-count',
    text: 'ClientError: InputConfiguration: No h5 file provided in /opt/ml/input/model',
  },
  {
    id: 'mxnet-one-params',
    text: 'ClientError: InputConfiguration: Only one parameter file is allowed for MXNet model. Please make sure the framework you select is correct.',
  },
  {
    id: 'mxnet-no-symbol',
    text: 'ClientError: InputConfiguration: No valid Mxnet model file -symbol.json found',
  },
  {
    id: 'not-a-tar-gz',
    text: 'ClientError: InputConfiguration: Unable to untar input model. Please confirm the model is a tar.gz file',
  },
  {
    id: 'xgboost-too-big',
    text: "Load Error: ModelSizeTooBig: number of nodes in a tree can't exceed 2^31",
  },
  {
    id: 'version-field-rejected',
    text: 'ClientError: An error occurred (ValidationException) when calling the CreateCompilationJob operation: Unsupported framework version field for target. Framework version is supported for Target Platform configuration and only part of target devices. Framework version is only supported for ml_c4, ml_c5, ml_m4, ml_m5, ml_p2, ml_p3, ml_g4dn cloud targetsand lambda, jetson_tx1, jetson_nano, jetson_tx2, jetson_xavier, deeplens, rasp3b, rasp4b, imx8qm, rk3288, rk3399, aisage, sbe_c',
  },
  {
    id: 'pytorch-file-too-new',
    text: "ClientError: InputConfiguration: Unable to load PyTorch model:', 'version_ <= kMaxSupportedFileFormatVersionINTERNAL ASSERT FAILED at \"../caffe2/serialize/inline_container.cc\":146, please report a bug to PyTorch. Attempted to read a PyTorch file with version 10, but the maximum supported version for reading is 6. Your PyTorch installation may be too old.')",
  },
  {
    id: 'keras-version',
    text: "ClientError: InputConfiguration: Unable to load provided Keras model. Error: 'sample_weight_mode'",
  },
  {
    id: 'client-too-old-for-version',
    text: 'Parameter validation failed: Unknown parameter in InputConfig: "FrameworkVersion", must be one of: S3Uri, DataInputConfig, Framework',
  },
  {
    id: 'xgboost-invalid',
    text: "ClientError: InputConfiguration: Invalid XGBoost model. Please make sure the framework you select is correct. local variable 'model_objects' refere",
  },
  {
    id: 'pytorch-scripted',
    text: "ClientError: InputConfiguration: Framework cannot load PyTorch model. No module named '__torch__'",
  },
  {
    id: 'incompatible-model',
    text: 'ClientError: InputConfiguration: Incompatible Tensorflow model',
  },
  {
    id: 'tvm-operators-not-implemented',
    text: "ClientError: InputConfiguration: TVM cannot convert MXNet model. Please make sure the framework you selected is correct. The following operators are not implemented: {'_contrib_box_nms'}",
  },
  {
    id: 'operator-errors',
    text: "Compilation Error: OperatorNotImplemented: The following operators are not implemented: {'_sample_multinomial', 'RNN' }",
  },
  {
    id: 'onnx-list-index',
    text: 'ClientError: InputConfiguration: TVM cannot convert ONNX model. Please make sure the framework you selected is correct. list index out of range',
  },
  {
    id: 'neuron-nothing-partitioned',
    text: "ClientError: CompilationError: Unable to compile model for ml_inf1:', 'No operations were successfully partitioned and compiled to neuron for this model - aborting trace!')",
  },
  {
    id: 'neuron-aten-op',
    text: "ClientError: CompilationError: Unable to compile model for ml_inf1:', 'Please implement aten::alias in native_ops/aten.py')",
  },
  {
    id: 'timeout',
    text: 'TimeOut: the compilation job did not complete within MaxRuntimeInSeconds',
  },
  {
    id: 's3-object-missing',
    text: 'ClientError: InputConfiguration: S3 object does not exist. Bucket: my-models, Key: resnet/model.tar.gz',
  },
  {
    id: 'bucket-other-region',
    text: 'ClientError: InputConfiguration: Bucket my-models is in region us-west-2 which is different from AWS Sagemaker service region us-east-1',
  },
  {
    id: 'role-permissions',
    text: 'ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/x is not authorized to perform: sts:AssumeRole',
  },
  {
    id: 'internal-server-error',
    text: 'ServerError: There was an internal server error during the compilation job, please try again in a few minutes or contact amazon-neo-feedback@amazon.com to get support for this compilation job.',
  },
  {
    id: 'unexpected-error',
    text: 'There was an unexpected error during compilation, check your inputs and try again in a few minutes.',
  },
];

/** The tail AWS adds to FailureReason texts since late 2022. */
export const TROUBLESHOOTING_TAIL =
  ' For further troubleshooting common failures please visit: https://docs.aws.amazon.com/sagemaker/latest/dg/neo-troubleshooting-compilation.html';
