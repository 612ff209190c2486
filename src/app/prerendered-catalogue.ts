import type { Catalogue } from '../domain/catalogue/catalogue-schema';

/**
 * The catalogue the first screen was prerendered with travels in the page as JSON data (never
 * as an executable script: the CSP allows none inline), so the catalogue store starts from it.
 */
export const CATALOGUE_DATA_ID = 'catalogue-data';

/** The element that carries the catalogue text; `<` is escaped so it cannot close the tag. */
export function catalogueDataElement(catalogueText: string): string {
  const text = catalogueText.replace(/</g, '\\u003c');
  return `<script type="application/json" id="${CATALOGUE_DATA_ID}">${text}</script>`;
}

/**
 * The prerendered catalogue; undefined when absent or not JSON. It is not parsed again: the
 * build wrote it only after the catalogue schema accepted it (src/app/prerender.tsx fails the
 * build otherwise), so the first screen needs no schema code (the fetch path loads it).
 */
export function readPrerenderedCatalogue(page: Document): Catalogue | undefined {
  const text = page.getElementById(CATALOGUE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    const catalogue: Catalogue = JSON.parse(text);
    return catalogue;
  } catch {
    return undefined;
  }
}
