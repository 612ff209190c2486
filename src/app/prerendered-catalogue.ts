import { parseCatalogue, type Catalogue } from '../domain/catalogue-schema';

/**
 * The catalogue the first screen was prerendered with travels in the page as JSON data (never
 * as an executable script: the CSP allows none inline), so the catalogue query starts from it.
 */
export const CATALOGUE_DATA_ID = 'catalogue-data';

/** The element that carries the catalogue text; `<` is escaped so it cannot close the tag. */
export function catalogueDataElement(catalogueText: string): string {
  const text = catalogueText.replace(/</g, '\\u003c');
  return `<script type="application/json" id="${CATALOGUE_DATA_ID}">${text}</script>`;
}

/** The prerendered catalogue, parsed like the fetched one; undefined when absent or unusable. */
export function readPrerenderedCatalogue(page: Document): Catalogue | undefined {
  const text = page.getElementById(CATALOGUE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    const result = parseCatalogue(JSON.parse(text));
    return result.ok ? result.value : undefined;
  } catch {
    return undefined;
  }
}
