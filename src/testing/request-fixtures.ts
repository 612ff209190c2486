import type { JsonObject } from '../domain/json/json-value';

/** A complete request that passes every request rule for ml_c5. */
export const VALID_ML_C5_REQUEST: JsonObject = {
  CompilationJobName: 'resnet50-ml-c5',
  RoleArn: 'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole',
  InputConfig: {
    S3Uri: 's3://bucket/model.tar.gz',
    DataInputConfig: '{"input0":[1,3,224,224]}',
    Framework: 'PYTORCH',
    FrameworkVersion: '1.8',
  },
  StoppingCondition: { MaxRuntimeInSeconds: 900 },
};
