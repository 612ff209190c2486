import { use, useSyncExternalStore } from 'react';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { useTargetMode, useUndo } from '../state/draft/configuration-context';
import { useRerenderOnDraftChange } from '../state/draft/draft-form';
import { RequestStoreContext } from '../state/request/request-store';
import { noticeView } from '../state/draft/undo-history';
import { sameUndoPoint } from '../state/draft/undo-point';

const noSubscription = () => () => {};
const noRequest = () => undefined;

/**
 * What the last action that replaced values changed (an import, a detection, a preset or
 * example, "Use as platform", documented options), with its Undo (SPEC §4.11, §4.12). The Undo
 * names its change and is offered only while nothing changed since: after a later change the
 * notice is a plain note, and "undone" shows only while the restored state lasts. It sits at the
 * bottom of the viewport so it is in view wherever the action was, on a phone as on a wide screen.
 */
export function ReplacementNotice() {
  const { undoHistory, currentPoint, undoReplacement, dismissReplacement } = useUndo();
  const { mode } = useTargetMode();
  // Re-renders on every change of the draft or of the request: staleness follows them.
  useRerenderOnDraftChange();
  const requestStore = use(RequestStoreContext);
  useSyncExternalStore(
    requestStore?.subscribe ?? noSubscription,
    requestStore?.getSnapshot ?? noRequest,
    requestStore?.getSnapshot ?? noRequest,
  );
  const view = noticeView(undoHistory, currentPoint(mode), sameUndoPoint);
  if (view === undefined) return null;
  const undoButton = (what: string) => (
    <Button variant="inline" size="sm" onClick={undoReplacement}>
      Undo {what}
    </Button>
  );
  const { entry } = view;
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 p-3 sm:left-auto sm:max-w-xl">
      <div className="rounded-md bg-background shadow-lg">
        {view.kind === 'undone' ? (
          <Notice
            tone="notice"
            onDismiss={dismissReplacement}
            actions={view.next && undoButton(view.next.what)}
          >
            <p>Undone {entry.what}: the values from before it are back.</p>
          </Notice>
        ) : (
          <Notice
            tone="notice"
            onDismiss={dismissReplacement}
            actions={view.canUndo ? undoButton(entry.what) : undefined}
          >
            <p className="font-medium">{entry.title}</p>
            {/* A stale change is a short plain note: it no longer describes the page. */}
            {view.canUndo && entry.lines.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {entry.lines.map((line) => (
                  <li key={line} className="break-words">
                    {line}
                  </li>
                ))}
              </ul>
            )}
            {!view.canUndo && (
              <p className="mt-1 text-xs">
                Values changed since, so this can no longer be undone from here.
              </p>
            )}
          </Notice>
        )}
      </div>
    </div>
  );
}
