import { useLayoutEffect, type ReactNode } from 'react';
import { revealOpenedLink } from './boot';

/**
 * Shows the page that public/before-paint.js hid while a link opened, in the commit of the
 * link's render: once its elements are in place, before it paints, and before the effects that
 * need it laid out (the chosen card scrolls into view).
 */
export function ShownOnCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(revealOpenedLink, []);
  return children;
}
