import { useId, type ReactNode } from 'react';
import type { OutputConfigDraft } from '../../domain/draft';
import { outputConfigFileName } from '../../domain/snippets/download-file-name';
import type { TargetMode } from '../../domain/target/target-mode';
import {
  carriesRequest,
  copyConfirmation,
  copyReadiness,
  type CopyReadiness,
  type ExportKind,
} from '../../domain/copy-readiness';
import { copyText } from '../../lib/copy-text';
import { onDemand } from '../../lib/on-demand';
import { downloadText } from '../../lib/download-text';
import { useCurrentAnalysis } from '../../state/analysis/analysis-context';
import { useDraftActions, useTargetMode } from '../../state/draft/configuration-context';
import { useRequestStore } from '../../state/request/request-store';
import { analyzeRequestNow } from '../../state/request/use-request-analysis';
import type { RequestDraft } from '../../domain/request/request-draft';
import { Button, type ButtonVariant } from '../../components/ui/button';
import { CopyFeedbackView } from './copy-feedback-view';
import { linkHashFor } from '../../domain/link/opened-link';
import { pageAddressWith } from '../../lib/address-bar';
import type { SnippetKind } from './snippet-text';
import { useCopyFeedback } from './use-copy-feedback';

type Source = { json: string; draft: OutputConfigDraft; mode: TargetMode; request: RequestDraft };

/** What an action copies, and what to know before using it. */
type Copied = { text: string; notes?: readonly string[] };

type CopyAction = {
  kind: ExportKind;
  name: string;
  /** What was copied, as it reads in "Copied the …". */
  label: string;
  text: (source: Source) => Copied | Promise<Copied>;
  isSnippet?: boolean;
};

const snippets = onDemand(() => import('./snippet-text'));

const requestDownload = async ({ draft, json, request }: Omit<Source, 'mode'>) =>
  (await snippets.load()).buildRequestDownload(draft, json, request);

const snippet =
  (kind: SnippetKind) =>
  async ({ draft, json, request }: Source): Promise<Copied> =>
    (await snippets.load()).buildSnippet(kind, draft, json, request);

const COPY_JSON: CopyAction = {
  kind: 'json',
  name: 'Copy JSON',
  label: 'JSON',
  text: ({ json }) => ({ text: json }),
};
const COPY_LINK: CopyAction = {
  kind: 'link',
  name: 'Copy link',
  label: 'link',
  text: ({ draft, mode, request }) => ({
    text: pageAddressWith(linkHashFor(draft, mode, request)),
  }),
};
const SNIPPET_ACTIONS: readonly CopyAction[] = [
  {
    kind: 'aws-cli',
    name: 'Copy as AWS CLI',
    label: 'AWS CLI command',
    text: snippet('aws-cli'),
    isSnippet: true,
  },
  {
    kind: 'boto3',
    name: 'Copy as boto3',
    label: 'boto3 script',
    text: snippet('boto3'),
    isSnippet: true,
  },
  {
    kind: 'sdk-v3',
    name: 'Copy as SDK v3',
    label: 'SDK v3 module',
    text: snippet('sdk-v3'),
    isSnippet: true,
  },
];

/** Copy the configuration as JSON, a link or a snippet, or save it as a file (SPEC §4.5). */
export function ExportActions({ extraButton }: { extraButton?: ReactNode }) {
  // Read when a button is used, so typing does not re-render the buttons.
  const currentAnalysis = useCurrentAnalysis();
  // Every confirmation names the errors and unapplied edits the copied text carries.
  const confirm = (done: string, readiness: CopyReadiness) =>
    `${copyConfirmation(done, readiness)}.`;
  const { getDraft } = useDraftActions();
  const { mode } = useTargetMode();
  const requestStore = useRequestStore();
  const { feedback, isMessageVisible, report } = useCopyFeedback();
  const snippetsLabelId = useId();

  const copy = async (action: CopyAction) => {
    const analysis = currentAnalysis();
    const { json } = analysis;
    let copied: Copied;
    let readiness: CopyReadiness;
    try {
      const request = requestStore.getSnapshot().draft;
      copied = await action.text({ json, draft: getDraft(), mode, request });
      const requestAnalysis = carriesRequest(action.kind)
        ? await analyzeRequestNow(request, analysis.api)
        : undefined;
      readiness = copyReadiness(action.kind, analysis, requestAnalysis);
    } catch {
      report({
        outcome: 'failed',
        forJson: json,
        label: action.label,
        message: `Could not build the ${action.label}; check your connection and try again.`,
      });
      return;
    }
    const { text, notes = [] } = copied;
    if (await copyText(text)) {
      report({
        outcome: 'done',
        forJson: json,
        message: confirm(`Copied the ${action.label}`, readiness),
        isClean: readiness.clean,
        snippet: action.isSnippet ? { label: action.label, text, notes } : undefined,
      });
    } else {
      report({
        outcome: 'failed',
        forJson: json,
        label: action.label,
        text,
        message: 'Copy failed — select and copy the text below',
      });
    }
  };

  const download = () => {
    const analysis = currentAnalysis();
    const { json } = analysis;
    const fileName = outputConfigFileName(getDraft());
    downloadText(fileName, json);
    const readiness = copyReadiness('download', analysis);
    report({
      outcome: 'done',
      forJson: json,
      message: confirm(`Downloaded ${fileName}`, readiness),
      isClean: readiness.clean,
    });
  };

  // The whole request, judged like the snippets: its errors count, its placeholders are named.
  const downloadRequest = async () => {
    const analysis = currentAnalysis();
    const { json } = analysis;
    const request = requestStore.getSnapshot().draft;
    let built: Awaited<ReturnType<typeof requestDownload>>;
    let readiness: CopyReadiness;
    try {
      built = await requestDownload({ draft: getDraft(), json, request });
      readiness = copyReadiness(
        'request-file',
        analysis,
        await analyzeRequestNow(request, analysis.api),
      );
    } catch {
      report({
        outcome: 'failed',
        forJson: json,
        label: 'request file',
        message: 'Could not build the request file; check your connection and try again.',
      });
      return;
    }
    downloadText(built.fileName, built.text);
    report({
      outcome: 'done',
      forJson: json,
      message: confirm(`Downloaded ${built.fileName}`, readiness),
      isClean: readiness.clean,
      snippet: { label: 'request file', text: built.text, notes: built.notes },
    });
  };

  // Fetching the snippet code as the pointer or focus arrives keeps the copy within the click's
  // user activation, which the clipboard fallback needs.
  const prefetch = () => {
    snippets.load().catch(() => undefined);
  };

  const copyButton = (action: CopyAction, variant: ButtonVariant = 'secondary') => (
    <Button key={action.name} variant={variant} onClick={() => void copy(action)}>
      {action.name}
    </Button>
  );

  return (
    <div className="space-y-2" onPointerEnter={prefetch} onFocus={prefetch}>
      <div className="flex flex-wrap gap-2">
        {copyButton(COPY_JSON, 'primary')}
        {copyButton(COPY_LINK)}
        <Button variant="secondary" onClick={download}>
          Download JSON
        </Button>
        <Button variant="secondary" onClick={() => void downloadRequest()}>
          Download request JSON
        </Button>
        {extraButton}
      </div>
      <div
        role="group"
        aria-labelledby={snippetsLabelId}
        className="flex flex-wrap items-center gap-2"
      >
        <span id={snippetsLabelId} className="text-xs text-muted">
          Request snippets
        </span>
        {SNIPPET_ACTIONS.map((action) => copyButton(action))}
      </div>
      <CopyFeedbackView feedback={feedback} isMessageVisible={isMessageVisible} />
    </div>
  );
}
