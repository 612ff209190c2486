/** The OutputConfig as a runnable boto3 (Python 3) script. */
import type { JsonValue } from '../json-value';
import {
  INPUT_CONFIG_PLACEHOLDER,
  JOB_NAME_PLACEHOLDER,
  REPLACE_NOTE,
  regionNote,
  ROLE_ARN_PLACEHOLDER,
  STOPPING_CONDITION,
} from './placeholders';
import type { SnippetInput } from './snippet-input';
import { pythonStringLiteral } from './string-literal';
import { toPythonLiteral } from './value-literal';

/**
 * A script that calls create_compilation_job and prints the job ARN. The OutputConfig is a
 * Python dict literal built from the parsed preview, so no quoting of the JSON text can break.
 * `outputConfigJson` must be valid JSON (the preview always is).
 */
export function buildBoto3Snippet({ outputConfigJson, region }: SnippetInput): string {
  const outputConfig = JSON.parse(outputConfigJson) as JsonValue;
  const clientArgs = [pythonStringLiteral('sagemaker')];
  if (region !== undefined) clientArgs.push(`region_name=${pythonStringLiteral(region)}`);
  const comments = [...REPLACE_NOTE, ...(region === undefined ? [] : [regionNote(region)])];
  return [
    ...comments.map((line) => `# ${line}`),
    'import boto3',
    '',
    `client = boto3.client(${clientArgs.join(', ')})`,
    '',
    `output_config = ${toPythonLiteral(outputConfig)}`,
    '',
    'response = client.create_compilation_job(',
    `    CompilationJobName=${pythonStringLiteral(JOB_NAME_PLACEHOLDER)},`,
    `    RoleArn=${pythonStringLiteral(ROLE_ARN_PLACEHOLDER)},`,
    `    InputConfig=${toPythonLiteral(INPUT_CONFIG_PLACEHOLDER, 1)},`,
    '    OutputConfig=output_config,',
    `    StoppingCondition=${toPythonLiteral(STOPPING_CONDITION, 1)},`,
    ')',
    'print(response["CompilationJobArn"])',
    '',
  ].join('\n');
}
