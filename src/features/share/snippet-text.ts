/**
 * The snippet generators, loaded only when a snippet is asked for (a dynamic import keeps them
 * out of the first screen's JavaScript).
 */
import { toApiObject, type OutputConfigDraft } from '../../domain/draft';
import type { RequestDraft } from '../../domain/request/request-draft';
import { buildAwsCliCommand } from '../../domain/snippets/aws-cli';
import { buildBoto3Snippet } from '../../domain/snippets/boto3';
import { requestFileName } from '../../domain/snippets/download-file-name';
import { buildRequestFile, requestFileNotes } from '../../domain/snippets/request-file';
import { snippetNotes } from '../../domain/snippets/request-members';
import { buildSdkV3Snippet } from '../../domain/snippets/sdk-v3';
import { regionForDraft, type SnippetInput } from '../../domain/snippets/snippet-input';

export type SnippetKind = 'aws-cli' | 'boto3' | 'sdk-v3';

const BUILDERS: Record<SnippetKind, (input: SnippetInput) => string> = {
  'aws-cli': buildAwsCliCommand,
  boto3: buildBoto3Snippet,
  'sdk-v3': buildSdkV3Snippet,
};

export type BuiltSnippet = {
  text: string;
  /** What to know before running it, for the page to show (the shell command has no comments). */
  notes: string[];
};

/**
 * The snippet for the preview text and the request fields (SPEC §8.3), pinned to the target's
 * region when it has only one.
 */
export function buildSnippet(
  kind: SnippetKind,
  draft: OutputConfigDraft,
  json: string,
  request: RequestDraft,
): BuiltSnippet {
  const input: SnippetInput = {
    outputConfigJson: json,
    region: regionForDraft(draft),
    request: toApiObject(request),
  };
  return { text: BUILDERS[kind](input), notes: kind === 'aws-cli' ? snippetNotes(input) : [] };
}

/** The whole request as a `--cli-input-json` file: its name, its text and what to know. */
export function buildRequestDownload(
  draft: OutputConfigDraft,
  json: string,
  request: RequestDraft,
): BuiltSnippet & { fileName: string } {
  const input: SnippetInput = {
    outputConfigJson: json,
    region: regionForDraft(draft),
    request: toApiObject(request),
  };
  const fileName = requestFileName(draft);
  return { fileName, text: buildRequestFile(input).text, notes: requestFileNotes(input, fileName) };
}
