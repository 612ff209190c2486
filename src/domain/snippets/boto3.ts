/** The CreateCompilationJob request as a runnable boto3 (Python 3) script. */
import type { JsonValue } from '../json/json-value';
import { snippetNotes, snippetRequest } from './request-members';
import type { SnippetInput } from './snippet-input';
import { pythonStringLiteral } from './string-literal';
import { toPythonLiteral } from './value-literal';

/**
 * A script that calls create_compilation_job and prints the job ARN. The OutputConfig is a
 * Python dict literal built from the parsed preview, so no quoting of the JSON text can break.
 * `outputConfigJson` must be valid JSON (the preview always is).
 */
export function buildBoto3Snippet({
  outputConfigJson,
  region,
  request = {},
}: SnippetInput): string {
  const outputConfig = JSON.parse(outputConfigJson) as JsonValue;
  const { members } = snippetRequest(request, outputConfig);
  const clientArgs = [pythonStringLiteral('sagemaker')];
  if (region !== undefined) clientArgs.push(`region_name=${pythonStringLiteral(region)}`);
  const comments = snippetNotes({ region, request });
  return [
    ...comments.map((line) => `# ${line}`),
    'import boto3',
    '',
    `client = boto3.client(${clientArgs.join(', ')})`,
    '',
    `output_config = ${toPythonLiteral(outputConfig)}`,
    '',
    'response = client.create_compilation_job(',
    ...members.map(({ key, value }) =>
      key === 'OutputConfig'
        ? '    OutputConfig=output_config,'
        : `    ${key}=${toPythonLiteral(value, 1)},`,
    ),
    ')',
    'print(response["CompilationJobArn"])',
    '',
  ].join('\n');
}
