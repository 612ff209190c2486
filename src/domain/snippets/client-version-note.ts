/**
 * The oldest client a snippet needs. `InputConfig.FrameworkVersion` entered the API model in
 * botocore 1.20.5 (2021-02-09); older botocore, and so the boto3 and AWS CLI v1 built on it,
 * stops before calling AWS with `Unknown parameter in InputConfig: "FrameworkVersion"`
 * (fact sheet §3 and §5 #16; https://github.com/aws/sagemaker-python-sdk/issues/2259).
 */
import { isJsonObject, ownValue } from '../json/json-value';
import type { RequestDraft } from '../request/request-draft';

export const FRAMEWORK_VERSION_MIN_BOTOCORE = '1.20.5';

/** The note for a request that sends FrameworkVersion, or none. */
export function clientVersionNotes(request: RequestDraft): string[] {
  const input = ownValue(request, 'InputConfig');
  const version = isJsonObject(input) ? ownValue(input, 'FrameworkVersion') : undefined;
  if (version === undefined || version === '' || version === null) return [];
  return [
    `InputConfig.FrameworkVersion needs botocore ${FRAMEWORK_VERSION_MIN_BOTOCORE} or later (under boto3 and the AWS CLI v1); an older one stops with "Unknown parameter in InputConfig". Upgrade with: pip install -U boto3 awscli`,
  ];
}
