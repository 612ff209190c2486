import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { parseCatalogue } from '../domain/catalogue-schema';
import { openLink } from '../domain/open-link';
import { App } from './app';
import { catalogueDataElement } from './prerendered-catalogue';

/**
 * Renders the first screen of a fresh visit (empty configuration, the catalogue, output
 * fields, summary, preview) at build time, for dist/index.html (see vite.config.ts). The page
 * then paints before any script runs, and src/main.tsx hydrates it.
 */
export function prerenderFirstScreen(catalogueText: string): string {
  const data: unknown = JSON.parse(catalogueText);
  const catalogue = parseCatalogue(data);
  if (!catalogue.ok) throw new Error(`public/catalogue.json: ${catalogue.error}`);
  const html = renderToString(
    <StrictMode>
      <App link={openLink('')} catalogue={catalogue.value} />
    </StrictMode>,
  );
  // The catalogue travels without the file's indentation: a smaller page to receive and parse.
  return `<div id="root">${html}</div>${catalogueDataElement(JSON.stringify(data))}`;
}
