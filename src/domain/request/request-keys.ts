/**
 * The member names of the CreateCompilationJob request around OutputConfig, in the API model's
 * order (botocore 1.43.11, sagemaker/2017-07-24; the order the OutputConfig preview follows
 * too). Apart from the limits in request-values.ts because the share link and the first screen
 * need only these.
 */
/** The request members without OutputConfig; OutputConfig sits between InputConfig and VpcConfig. */
export const REQUEST_KEYS = [
  'CompilationJobName',
  'RoleArn',
  'ModelPackageVersionArn',
  'InputConfig',
  'VpcConfig',
  'StoppingCondition',
  'Tags',
] as const;
export type RequestKey = (typeof REQUEST_KEYS)[number];
/** The request keys OutputConfig comes after in the whole request. */
export const OUTPUT_CONFIG_AFTER: readonly string[] = [
  'CompilationJobName',
  'RoleArn',
  'ModelPackageVersionArn',
  'InputConfig',
];

export const INPUT_CONFIG_KEYS = [
  'S3Uri',
  'DataInputConfig',
  'Framework',
  'FrameworkVersion',
] as const;
export const STOPPING_CONDITION_KEYS = ['MaxRuntimeInSeconds', 'MaxWaitTimeInSeconds'] as const;
export const VPC_CONFIG_KEYS = ['SecurityGroupIds', 'Subnets'] as const;
export const TAG_KEYS = ['Key', 'Value'] as const;
