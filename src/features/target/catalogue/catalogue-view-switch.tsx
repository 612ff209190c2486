import { CATALOGUE_VIEWS, type CatalogueView } from './catalogue-view';

const LABELS: Record<CatalogueView, string> = { cards: 'Cards', table: 'Table' };

/**
 * Cards or the compare table: two toggle buttons, the pressed one is the view shown. Its width is
 * fixed: at the row's end, a width that followed its labels would move it as they arrive with
 * the page's HTML.
 */
export function CatalogueViewSwitch({
  view,
  onChange,
}: {
  view: CatalogueView;
  onChange: (view: CatalogueView) => void;
}) {
  return (
    <div
      role="group"
      aria-label="View"
      className="grid w-36 grid-cols-2 rounded-md border border-border p-0.5 text-sm"
    >
      {CATALOGUE_VIEWS.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={view === value}
          onClick={() => onChange(value)}
          className="rounded px-2.5 py-0.5 font-medium text-subtle focus-ring hover:bg-surface-muted focus-visible:outline-offset-1 aria-pressed:bg-pressed aria-pressed:text-on-pressed"
        >
          {LABELS[value]}
        </button>
      ))}
    </div>
  );
}
