/**
 * What the export buttons do once clicked (SPEC §4.5): build the text, copy or save it, word
 * the confirmation, and show what it leaves to read. Showing the buttons needs none of it, so
 * it loads on demand (export-actions.tsx) and the idle preload has it in memory before a click
 * (§4.10).
 */
import type { AnalysisWithEdits } from '../../domain/copy-readiness';
import {
  carriesRequest,
  copyConfirmation,
  copyReadiness,
  type ExportKind,
} from '../../domain/export-readiness';
import type { OutputConfigDraft } from '../../domain/draft';
import { linkHashFor } from '../../domain/link/opened-link';
import type { RequestDraft } from '../../domain/request/request-draft';
import { outputConfigFileName } from '../../domain/snippets/download-file-name';
import type { TargetMode } from '../../domain/target/target-mode';
import { pageAddressWith } from '../../lib/address-bar';
import { copyText } from '../../lib/copy-text';
import { downloadText } from '../../lib/download-text';
import { onDemand } from '../../lib/on-demand';
import { analyzeRequestNow } from '../../state/request/use-request-analysis';
import type { SnippetKind } from './snippet-text';
export { CopyFeedbackDetails } from './copy-feedback-details';
import type { CopyFeedback } from './use-copy-feedback';

/** The configuration as it stood at the click. */
export type ExportSource = {
  analysis: AnalysisWithEdits;
  draft: OutputConfigDraft;
  mode: TargetMode;
  request: RequestDraft;
};

/**
 * What an export produced. A text beyond the preview (a snippet, the request file) comes with
 * what to know before using it, and stays on the page to read.
 */
type Built = { text: string; notes?: readonly string[]; fileName?: string };

const snippets = onDemand(() => import('./snippet-text'));

/** Loads the snippet code early, so that a copy stays within the click's user activation. */
export function prefetchSnippets(): void {
  snippets.load().catch(() => undefined);
}

const snippet =
  (kind: SnippetKind) =>
  async ({ analysis, draft, request }: ExportSource): Promise<Built> =>
    (await snippets.load()).buildSnippet(kind, draft, analysis.json, request);

const BUILDERS: Record<ExportKind, (source: ExportSource) => Built | Promise<Built>> = {
  json: ({ analysis }) => ({ text: analysis.json }),
  link: ({ draft, mode, request }) => ({
    text: pageAddressWith(linkHashFor(draft, mode, request)),
  }),
  download: ({ analysis, draft }) => ({
    text: analysis.json,
    fileName: outputConfigFileName(draft),
  }),
  // The whole request, judged like the snippets: its errors count, its placeholders are named.
  'request-file': async ({ analysis, draft, request }) =>
    (await snippets.load()).buildRequestDownload(draft, analysis.json, request),
  'aws-cli': snippet('aws-cli'),
  boto3: snippet('boto3'),
  'sdk-v3': snippet('sdk-v3'),
};

/**
 * Copies or saves the export `kind` (named `label` in its confirmation) and answers what to
 * tell the user. Rejects when the text could not be built (its code failed to load).
 */
export async function runExport(
  kind: ExportKind,
  label: string,
  source: ExportSource,
): Promise<CopyFeedback> {
  const { analysis, request } = source;
  const forJson = analysis.json;
  const { text, notes, fileName } = await BUILDERS[kind](source);
  const readiness = copyReadiness(
    kind,
    analysis,
    carriesRequest(kind) ? await analyzeRequestNow(request, analysis.api) : undefined,
  );
  const done = (message: string): CopyFeedback => ({
    outcome: 'done',
    forJson,
    message: `${copyConfirmation(message, readiness)}.`,
    isClean: readiness.clean,
    snippet: notes === undefined ? undefined : { label, text, notes },
  });
  if (fileName !== undefined) {
    downloadText(fileName, text);
    return done(`Downloaded ${fileName}`);
  }
  if (await copyText(text)) return done(`Copied the ${label}`);
  return {
    outcome: 'failed',
    forJson,
    label,
    text,
    message: 'Copy failed — select and copy the text below',
  };
}
