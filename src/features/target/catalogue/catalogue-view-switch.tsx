import { CATALOGUE_VIEWS, type CatalogueView } from './catalogue-view';

const LABELS: Record<CatalogueView, string> = { cards: 'Cards', table: 'Table' };

/** Cards or the compare table: two toggle buttons, the pressed one is the view shown. */
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
      className="flex rounded-md border border-slate-300 p-0.5 text-sm dark:border-slate-600"
    >
      {CATALOGUE_VIEWS.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={view === value}
          onClick={() => onChange(value)}
          className="rounded px-2.5 py-0.5 font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 aria-pressed:bg-teal-700 aria-pressed:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-pressed:bg-teal-400 dark:aria-pressed:text-slate-950"
        >
          {LABELS[value]}
        </button>
      ))}
    </div>
  );
}
