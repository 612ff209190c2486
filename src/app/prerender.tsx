import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { parseCatalogue } from '../domain/catalogue/catalogue-schema';
import { FRESH_VISIT } from '../domain/link/opened-link';
import { App } from './app';
import { catalogueDataElement } from './prerendered-catalogue';

/**
 * Renders the first screen of a fresh visit (empty configuration, the catalogue, output
 * fields, summary, preview) at build time, for dist/index.html (see vite.config.ts). The page
 * then paints before any script runs, and src/main.tsx hydrates it.
 */
export function prerenderFirstScreen(catalogueText: string): string {
  // The client trusts the embedded catalogue without parsing it again (so its first screen
  // loads no schema code): this is where it is checked, and a bad one fails the build.
  const data: unknown = JSON.parse(catalogueText);
  const catalogue = parseCatalogue(data);
  if (!catalogue.ok) throw new Error(`public/catalogue.json: ${catalogue.error}`);
  const html = renderToString(
    <StrictMode>
      <App link={FRESH_VISIT} catalogue={catalogue.value} />
    </StrictMode>,
  );
  // A part that suspended here would be missing from the first paint and render only on the
  // client: the first screen must not need code that loads on demand.
  if (html.includes('<!--$!-->')) throw new Error('A part of the first screen suspended');
  // The catalogue travels without the file's indentation: a smaller page to receive and parse.
  return `<div id="root">${html}</div>${catalogueDataElement(JSON.stringify(data))}`;
}
