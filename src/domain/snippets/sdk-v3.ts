/** The CreateCompilationJob request as a runnable AWS SDK for JavaScript v3 ES module. */
import type { JsonValue } from '../json/json-value';
import { REPLACE_NOTE, regionNote } from './placeholders';
import { membersObject, snippetRequest } from './request-members';
import type { SnippetInput } from './snippet-input';
import { javaScriptStringLiteral } from './string-literal';
import { toJavaScriptLiteral } from './value-literal';

/**
 * A module that sends CreateCompilationJobCommand and logs the job ARN. Without a pinned
 * region the client takes it from AWS_REGION or the AWS config, as the SDK does by default.
 * `outputConfigJson` must be valid JSON (the preview always is).
 */
export function buildSdkV3Snippet({
  outputConfigJson,
  region,
  request = {},
}: SnippetInput): string {
  const { members, hasPlaceholders } = snippetRequest(
    request,
    JSON.parse(outputConfigJson) as JsonValue,
  );
  const input = membersObject(members);
  const clientConfig =
    region === undefined ? '{}' : `{ region: ${javaScriptStringLiteral(region)} }`;
  const comments = [
    ...(hasPlaceholders ? REPLACE_NOTE : []),
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
