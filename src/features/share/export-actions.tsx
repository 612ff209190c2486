import { useId, type ReactNode } from 'react';
import type { ExportKind } from '../../domain/export-readiness';
import { onDemand } from '../../lib/on-demand';
import { useCurrentAnalysis } from '../../state/analysis/analysis-context';
import { useDraftActions, useTargetMode } from '../../state/draft/configuration-context';
import { useRequestStore } from '../../state/request/request-store';
import { Button, type ButtonVariant } from '../../components/ui/button';
import { CopyFeedbackView } from './copy-feedback-view';
import { useCopyFeedback } from './use-copy-feedback';

type ExportAction = {
  kind: ExportKind;
  name: string;
  /** What is exported, as it reads in "Copied the …" and "Could not build the …". */
  label: string;
};

// What a click does is not needed to show the buttons: it loads on demand, and the idle
// preload has it in memory before the user can click (SPEC §4.10).
const exportRuns = onDemand(() => import('./export-runs'));

const COPY_JSON: ExportAction = { kind: 'json', name: 'Copy JSON', label: 'JSON' };
const COPY_LINK: ExportAction = { kind: 'link', name: 'Copy link', label: 'link' };
const DOWNLOAD: ExportAction = { kind: 'download', name: 'Download JSON', label: 'JSON file' };
const DOWNLOAD_REQUEST: ExportAction = {
  kind: 'request-file',
  name: 'Download request JSON',
  label: 'request file',
};
const SNIPPET_ACTIONS: readonly ExportAction[] = [
  { kind: 'aws-cli', name: 'Copy as AWS CLI', label: 'AWS CLI command' },
  { kind: 'boto3', name: 'Copy as boto3', label: 'boto3 script' },
  { kind: 'sdk-v3', name: 'Copy as SDK v3', label: 'SDK v3 module' },
];

/** Copy the configuration as JSON, a link or a snippet, or save it as a file (SPEC §4.5). */
export function ExportActions({ extraButton }: { extraButton?: ReactNode }) {
  // Read when a button is used, so typing does not re-render the buttons.
  const currentAnalysis = useCurrentAnalysis();
  const { getDraft } = useDraftActions();
  const { mode } = useTargetMode();
  const requestStore = useRequestStore();
  const { feedback, isMessageVisible, report } = useCopyFeedback();
  const snippetsLabelId = useId();

  // Every confirmation names the errors and unapplied edits the exported text carries.
  const run = ({ kind, label }: ExportAction) => {
    const source = {
      analysis: currentAnalysis(),
      draft: getDraft(),
      mode,
      request: requestStore.getSnapshot().draft,
    };
    const loaded = exportRuns.loaded();
    const done = loaded
      ? loaded.runExport(kind, label, source)
      : exportRuns.load().then((runs) => runs.runExport(kind, label, source));
    done.then(report, () =>
      report({
        outcome: 'failed',
        forJson: source.analysis.json,
        label,
        message: `Could not build the ${label}; check your connection and try again.`,
      }),
    );
  };

  // Fetching the snippet code as the pointer or focus arrives keeps the copy within the click's
  // user activation, which the clipboard fallback needs.
  const prefetch = () => {
    exportRuns.load().then(
      (runs) => runs.prefetchSnippets(),
      () => undefined,
    );
  };

  const actionButton = (action: ExportAction, variant: ButtonVariant = 'secondary') => (
    <Button key={action.name} variant={variant} onClick={() => run(action)}>
      {action.name}
    </Button>
  );

  // Columns of equal buttons, not wrapping rows: in a row, a button would move to the next line
  // as its label arrives with the page's HTML. The columns follow the panel's width only.
  return (
    <div className="space-y-2" onPointerEnter={prefetch} onFocus={prefetch}>
      <div className="grid grid-cols-2 gap-2">
        {actionButton(COPY_JSON, 'primary')}
        {actionButton(COPY_LINK)}
        {actionButton(DOWNLOAD)}
        {actionButton(DOWNLOAD_REQUEST)}
        {extraButton}
      </div>
      <div role="group" aria-labelledby={snippetsLabelId} className="space-y-2">
        <span id={snippetsLabelId} className="block text-xs text-muted">
          Request snippets
        </span>
        {/* The buttons alone in their grid: its columns beyond the three then fold away. */}
        <div className="grid button-columns gap-2">
          {SNIPPET_ACTIONS.map((action) => actionButton(action))}
        </div>
      </div>
      <CopyFeedbackView
        feedback={feedback}
        isMessageVisible={isMessageVisible}
        // Feedback comes only from a run or from its code failing to load: anything it leaves
        // to read comes from a run, so this code is in memory whenever there is some.
        details={exportRuns.loaded()?.CopyFeedbackDetails}
      />
    </div>
  );
}
