/**
 * The snippet generators, loaded only when a snippet is asked for (a dynamic import keeps them
 * out of the first screen's JavaScript).
 */
import type { OutputConfigDraft } from '../../domain/draft';
import { buildAwsCliCommand } from '../../domain/snippets/aws-cli';
import { buildBoto3Snippet } from '../../domain/snippets/boto3';
import { buildSdkV3Snippet } from '../../domain/snippets/sdk-v3';
import { regionForDraft, type SnippetInput } from '../../domain/snippets/snippet-input';

export type SnippetKind = 'aws-cli' | 'boto3' | 'sdk-v3';

const BUILDERS: Record<SnippetKind, (input: SnippetInput) => string> = {
  'aws-cli': buildAwsCliCommand,
  boto3: buildBoto3Snippet,
  'sdk-v3': buildSdkV3Snippet,
};

/** The snippet for the preview text, pinned to the target's region when it has only one. */
export function buildSnippet(kind: SnippetKind, draft: OutputConfigDraft, json: string): string {
  return BUILDERS[kind]({ outputConfigJson: json, region: regionForDraft(draft) });
}
