/**
 * How a panel looks: its frame and its title. The Panel component and the first view of a link
 * (app/link-glance.ts), which paints before React has run, draw panels alike from these.
 */
/** Its frame: a utility of styles.css, which says why it is positioned. */
export const PANEL_CLASS = 'panel';

export const PANEL_TITLE_CLASS = 'mb-3 text-base font-semibold';

/** The id of a panel's title, which names the panel (aria-labelledby). */
export function panelTitleId(title: string): string {
  return `panel-title-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
