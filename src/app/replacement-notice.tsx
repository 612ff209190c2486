import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { useConfiguration } from '../state/draft/configuration-context';

/**
 * What the last preset, example, "Use as platform" or documented-options action changed, with
 * its Undo (SPEC §4.11). It sits at the bottom of the viewport so it is in view wherever the
 * action was, on a phone as on a wide screen.
 */
export function ReplacementNotice() {
  const { replacement, undoReplacement, dismissReplacement } = useConfiguration();
  if (replacement === undefined) return null;
  const { what, changes, undone } = replacement;
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 p-3 sm:left-auto sm:max-w-xl">
      <div className="rounded-md bg-background shadow-lg">
        <Notice
          tone="notice"
          onDismiss={dismissReplacement}
          actions={
            undone ? undefined : (
              <Button variant="inline" size="sm" onClick={undoReplacement}>
                Undo {what}
              </Button>
            )
          }
        >
          {undone ? (
            <p>Undone: the values from before {what} are back.</p>
          ) : (
            <>
              <p className="font-medium">Applied {what}.</p>
              {changes.length > 0 ? (
                <ul className="mt-1 list-disc pl-5">
                  {changes.map((change) => (
                    <li key={change} className="break-words">
                      {change}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Nothing changed: the values were already these.</p>
              )}
            </>
          )}
        </Notice>
      </div>
    </div>
  );
}
