import type { ReactNode } from 'react';
import { PANEL_CLASS, PANEL_TITLE_CLASS, panelTitleId } from './panel-look';

/** A titled region of the page. */
export function Panel({
  title,
  className = '',
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = panelTitleId(title);
  return (
    <section aria-labelledby={headingId} className={`${PANEL_CLASS} ${className}`}>
      <h2 id={headingId} className={PANEL_TITLE_CLASS}>
        {title}
      </h2>
      {children}
    </section>
  );
}
