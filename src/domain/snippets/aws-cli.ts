/** The CreateCompilationJob request as an `aws sagemaker create-compilation-job` command for a POSIX shell. */
import type { JsonValue } from '../json/json-value';
import { snippetRequest, type SnippetMemberKey } from './request-members';
import { shellQuote, shellWord } from './shell-quote';
import type { SnippetInput } from './snippet-input';
import { escapeInvisibleInJson } from './string-literal';

const OPTIONS: Record<SnippetMemberKey, string> = {
  CompilationJobName: '--compilation-job-name',
  RoleArn: '--role-arn',
  ModelPackageVersionArn: '--model-package-version-arn',
  InputConfig: '--input-config',
  OutputConfig: '--output-config',
  VpcConfig: '--vpc-config',
  StoppingCondition: '--stopping-condition',
  Tags: '--tags',
};

/**
 * A string member is one shell word the CLI takes literally; anything else is JSON in one
 * single-quoted word. NUL cannot travel in argv, so it is written as the text \0 (only a value
 * the rules already reject can hold it).
 */
function argument(value: JsonValue): string {
  return typeof value === 'string'
    ? shellWord(value.replaceAll('\0', '\\0'))
    : shellQuote(escapeInvisibleInJson(JSON.stringify(value)));
}

/**
 * A multi-line command; the OutputConfig is the preview text in one single-quoted word, so it
 * reaches the CLI unchanged whatever it contains (only invisible characters become \u escapes).
 * It has no comment lines: interactive zsh (without INTERACTIVE_COMMENTS, its default) runs a
 * pasted `# …` line as a command and prints "command not found: #". What to know before running
 * it is `snippetNotes`, which the page shows beside the copied command.
 */
export function buildAwsCliCommand({
  outputConfigJson,
  region,
  request = {},
}: SnippetInput): string {
  const { members } = snippetRequest(request, null);
  const options = [
    ...(region === undefined ? [] : [`--region ${shellWord(region)}`]),
    ...members.map(({ key, value }) =>
      key === 'OutputConfig'
        ? `${OPTIONS[key]} ${shellQuote(escapeInvisibleInJson(outputConfigJson))}`
        : `${OPTIONS[key]} ${argument(value)}`,
    ),
  ];
  return ['aws sagemaker create-compilation-job', ...options.map((option) => `  ${option}`)].join(
    ' \\\n',
  );
}
