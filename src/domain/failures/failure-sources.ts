/**
 * Where each known FailureReason and its fix come from, as links the explanation shows. Keys
 * follow the fact sheet (`reference/model-facts.md` §6): DG = SageMaker Developer Guide, API =
 * the API reference, I-… = public GitHub issues where the text was reported.
 */
export type FailureSource = { label: string; url: string };

const DG = 'https://docs.aws.amazon.com/sagemaker/latest/dg';
const API = 'https://docs.aws.amazon.com/sagemaker/latest/APIReference';

const issue = (repo: string, number: number, label: string): FailureSource => ({
  label: `${label} #${number}`,
  url: `https://github.com/${repo}/issues/${number}`,
});

export const SOURCES = {
  troubleshootingCompilation: {
    label: 'SageMaker Developer Guide: Troubleshoot Neo compilation errors',
    url: `${DG}/neo-troubleshooting-compilation.html`,
  },
  troubleshootingClasses: {
    label: 'SageMaker Developer Guide: Troubleshoot errors (error classes)',
    url: `${DG}/neo-troubleshooting.html`,
  },
  preparingModel: {
    label: 'SageMaker Developer Guide: Prepare a model for compilation',
    url: `${DG}/neo-compilation-preparing-model.html`,
  },
  supportedCloud: {
    label: 'SageMaker Developer Guide: Supported frameworks for cloud instances',
    url: `${DG}/neo-supported-cloud.html`,
  },
  supportedEdge: {
    label: 'SageMaker Developer Guide: Supported frameworks for edge devices',
    url: `${DG}/neo-supported-devices-edge-frameworks.html`,
  },
  inputConfig: { label: 'API reference: InputConfig', url: `${API}/API_InputConfig.html` },
  stoppingCondition: {
    label: 'API reference: StoppingCondition',
    url: `${API}/API_StoppingCondition.html`,
  },
  createCompilationJob: {
    label: 'API reference: CreateCompilationJob',
    url: `${API}/API_CreateCompilationJob.html`,
  },
  examples: (number: number) =>
    issue('aws/amazon-sagemaker-examples', number, 'amazon-sagemaker-examples'),
  sdk: (number: number) => issue('aws/sagemaker-python-sdk', number, 'sagemaker-python-sdk'),
  dlr: (number: number) => issue('neo-ai/neo-ai-dlr', number, 'neo-ai-dlr'),
  neuron: (number: number) => issue('aws-neuron/aws-neuron-sdk', number, 'aws-neuron-sdk'),
} as const;
