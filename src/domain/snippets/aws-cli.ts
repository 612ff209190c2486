/** The OutputConfig as an `aws sagemaker create-compilation-job` command for a POSIX shell. */
import {
  INPUT_CONFIG_PLACEHOLDER,
  JOB_NAME_PLACEHOLDER,
  REPLACE_NOTE,
  regionNote,
  ROLE_ARN_PLACEHOLDER,
  STOPPING_CONDITION,
} from './placeholders';
import { shellQuote, shellWord } from './shell-quote';
import type { SnippetInput } from './snippet-input';
import { escapeInvisibleInJson } from './string-literal';

/**
 * A multi-line command; the OutputConfig is the preview text in one single-quoted word, so it
 * reaches the CLI unchanged whatever it contains (only invisible characters become \u escapes).
 */
export function buildAwsCliCommand({ outputConfigJson, region }: SnippetInput): string {
  const options = [
    ...(region === undefined ? [] : [`--region ${shellWord(region)}`]),
    `--compilation-job-name ${shellWord(JOB_NAME_PLACEHOLDER)}`,
    `--role-arn ${shellWord(ROLE_ARN_PLACEHOLDER)}`,
    `--input-config ${shellQuote(JSON.stringify(INPUT_CONFIG_PLACEHOLDER))}`,
    `--output-config ${shellQuote(escapeInvisibleInJson(outputConfigJson))}`,
    `--stopping-condition ${shellQuote(JSON.stringify(STOPPING_CONDITION))}`,
  ];
  const comments = [...REPLACE_NOTE, ...(region === undefined ? [] : [regionNote(region)])];
  return [
    ...comments.map((line) => `# ${line}`),
    ['aws sagemaker create-compilation-job', ...options.map((option) => `  ${option}`)].join(
      ' \\\n',
    ),
  ].join('\n');
}
