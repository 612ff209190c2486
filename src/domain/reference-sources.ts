/**
 * The public references the app's facts come from, for the page's Sources (issue 21 §8). The
 * addresses are the fact sheets' own (shared/reference); the CreateCompilationJob page sits
 * beside the OutputConfig and InputConfig pages they cite, and the neuronx-cc page is the
 * published form of the api-reference-guide they cite.
 */
export const REFERENCE_SOURCES = [
  {
    title: 'CreateCompilationJob API reference',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCompilationJob.html',
    about: 'every member of the request',
  },
  {
    title: 'OutputConfig API reference',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputConfig.html',
    about: 'TargetDevice, TargetPlatform, CompilerOptions and their rules',
  },
  {
    title: 'Neo supported devices (edge)',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/neo-supported-devices-edge-devices.html',
    about: 'the boards and their frameworks',
  },
  {
    title: 'Neo supported instance types (cloud)',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/neo-supported-cloud.html',
    about: 'the ml_* targets',
  },
  {
    title: 'neuronx-cc compiler reference',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/compiler/neuronx-cc/api-reference-guide/neuron-compiler-cli-reference-guide.html',
    about: 'the flags of ml_inf2 and ml_trn1',
  },
  {
    title: 'neuron-cc compiler reference',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/compiler/neuron-cc/command-line-reference.html',
    about: 'the flags of ml_inf1',
  },
] as const satisfies readonly { title: string; url: string; about: string }[];
