/** The OutputConfig as a runnable AWS SDK for JavaScript v3 ES module. */
import type { JsonObject, JsonValue } from '../json-value';
import {
  INPUT_CONFIG_PLACEHOLDER,
  JOB_NAME_PLACEHOLDER,
  REPLACE_NOTE,
  regionNote,
  ROLE_ARN_PLACEHOLDER,
  STOPPING_CONDITION,
} from './placeholders';
import type { SnippetInput } from './snippet-input';
import { javaScriptStringLiteral } from './string-literal';
import { toJavaScriptLiteral } from './value-literal';

/**
 * A module that sends CreateCompilationJobCommand and logs the job ARN. Without a pinned
 * region the client takes it from AWS_REGION or the AWS config, as the SDK does by default.
 * `outputConfigJson` must be valid JSON (the preview always is).
 */
export function buildSdkV3Snippet({ outputConfigJson, region }: SnippetInput): string {
  const input: JsonObject = {
    CompilationJobName: JOB_NAME_PLACEHOLDER,
    RoleArn: ROLE_ARN_PLACEHOLDER,
    InputConfig: INPUT_CONFIG_PLACEHOLDER,
    OutputConfig: JSON.parse(outputConfigJson) as JsonValue,
    StoppingCondition: STOPPING_CONDITION,
  };
  const clientConfig =
    region === undefined ? '{}' : `{ region: ${javaScriptStringLiteral(region)} }`;
  const comments = [
    ...REPLACE_NOTE,
    'Run as an ES module (e.g. create-compilation-job.mjs) with @aws-sdk/client-sagemaker installed.',
    region === undefined
      ? 'The region comes from AWS_REGION or your AWS config.'
      : regionNote(region),
  ];
  return [
    ...comments.map((line) => `// ${line}`),
    'import { CreateCompilationJobCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";',
    '',
    `const client = new SageMakerClient(${clientConfig});`,
    '',
    `const input = ${toJavaScriptLiteral(input)};`,
    '',
    'const response = await client.send(new CreateCompilationJobCommand(input));',
    'console.log(response.CompilationJobArn);',
    '',
  ].join('\n');
}
