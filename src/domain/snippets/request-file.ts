/**
 * The whole CreateCompilationJob request as a file for
 * `aws sagemaker create-compilation-job --cli-input-json file://…` (SPEC §8.3): the members a
 * snippet sends, in the API model's order, with the OutputConfig of the preview (CompilerOptions
 * stays the JSON string the API takes). The region is not a request member, so a single-region
 * target's region goes on the command line the notes give.
 */
import type { JsonValue } from '../json/json-value';
import { clientVersionNotes } from './client-version-note';
import { REPLACE_NOTE } from './placeholders';
import { membersObject, snippetRequest } from './request-members';
import type { SnippetInput } from './snippet-input';
import { escapeInvisibleInJson } from './string-literal';

export type RequestFile = {
  text: string;
  /** True when a marked placeholder stands in for an empty required field. */
  hasPlaceholders: boolean;
};

/**
 * The file's text: pretty JSON ending in a newline. Invisible characters are written as \u
 * escapes (the same value), so what the user reads in an editor is what the CLI sends.
 */
export function buildRequestFile({ outputConfigJson, request = {} }: SnippetInput): RequestFile {
  const outputConfig = JSON.parse(outputConfigJson) as JsonValue;
  const { members, hasPlaceholders } = snippetRequest(request, outputConfig);
  const text = `${escapeInvisibleInJson(JSON.stringify(membersObject(members), null, 2))}\n`;
  return { text, hasPlaceholders };
}

/** The command that sends the file, with the region when the target has only one. */
export function requestFileCommand(fileName: string, region: string | undefined): string {
  const regionOption = region === undefined ? '' : ` --region ${region}`;
  return `aws sagemaker create-compilation-job --cli-input-json file://${fileName}${regionOption}`;
}

/** What to know before sending the file: what to replace, how to send it, the oldest client. */
export function requestFileNotes(
  input: Omit<SnippetInput, 'outputConfigJson'>,
  fileName: string,
): string[] {
  const { region, request = {} } = input;
  // The command comes last: a sentence after it would read as part of it.
  return [
    ...(snippetRequest(request, null).hasPlaceholders ? REPLACE_NOTE : []),
    ...(region === undefined
      ? []
      : [`This target is offered only in ${region}, so the command sets the region.`]),
    ...clientVersionNotes(request),
    `Send it with: ${requestFileCommand(fileName, region)}`,
  ];
}
