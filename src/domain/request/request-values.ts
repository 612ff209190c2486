/**
 * The closed sets and limits of the CreateCompilationJob request around OutputConfig, each
 * written once, from the API model the AWS CLI and boto3 ship (botocore 1.43.11,
 * sagemaker/2017-07-24 service-2.json), which is what these pages render:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCompilationJob.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InputConfig.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NeoVpcConfig.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
 * The model's patterns are unanchored; the service matches them against the whole value, so
 * they are anchored here.
 */
import { z } from 'zod/mini';

/** InputConfig.Framework, in the API's order. */
export const FRAMEWORKS = [
  'TENSORFLOW',
  'KERAS',
  'MXNET',
  'ONNX',
  'PYTORCH',
  'XGBOOST',
  'TFLITE',
  'DARKNET',
  'SKLEARN',
] as const;
export const frameworkSchema = z.enum(FRAMEWORKS);
export type Framework = z.infer<typeof frameworkSchema>;

/** A string member's limits: length in UTF-16 units as the API counts them, and its pattern. */
export type StringLimits = { min: number; max: number; pattern?: RegExp; example: string };

export const JOB_NAME_LIMITS: StringLimits = {
  min: 1,
  max: 63,
  pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
  example: 'my-model-ml-c5',
};
export const ROLE_ARN_LIMITS: StringLimits = {
  min: 20,
  max: 2048,
  pattern: /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/,
  example: 'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole',
};
export const MODEL_PACKAGE_ARN_LIMITS: StringLimits = {
  min: 1,
  max: 2048,
  pattern: /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:[0-9]{12}:model-package\/\S{1,2048}$/,
  example: 'arn:aws:sagemaker:us-east-1:111122223333:model-package/my-package/1',
};
export const S3_URI_LIMITS: StringLimits = {
  min: 0,
  max: 1024,
  pattern: /^(https|s3):\/\/([^/]+)\/?(.*)$/,
  example: 's3://bucket/model.tar.gz',
};
export const FRAMEWORK_VERSION_LIMITS: StringLimits = {
  min: 3,
  max: 10,
  pattern: /^[0-9]\.[A-Za-z0-9.]+$/,
  example: '2.0',
};
export const DATA_INPUT_CONFIG_LIMITS: StringLimits = {
  min: 1,
  max: 16384,
  example: '{"input0":[1,3,224,224]}',
};
export const VPC_ID_LIMITS: StringLimits = {
  min: 0,
  max: 32,
  pattern: /^[-0-9a-zA-Z]+$/,
  example: 'sg-0123456789abcdef0',
};
export const TAG_KEY_LIMITS: StringLimits = {
  min: 1,
  max: 128,
  pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u,
  example: 'team',
};
export const TAG_VALUE_LIMITS: StringLimits = {
  min: 0,
  max: 256,
  pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u,
  example: 'vision',
};

/** List sizes: NeoVpcSecurityGroupIds 1–5, NeoVpcSubnets 1–16, TagList 0–50. */
export const SECURITY_GROUP_COUNT = { min: 1, max: 5 } as const;
export const SUBNET_COUNT = { min: 1, max: 16 } as const;
export const MAX_TAGS = 50;

/**
 * API_StoppingCondition: "We recommend starting with 900 seconds" for compilation jobs, and
 * "The maximum value is 28 days".
 */
export const RECOMMENDED_MAX_RUNTIME = 900;
export const MAX_RUNTIME_LIMIT = 28 * 24 * 60 * 60;
