import type { Page } from '@playwright/test';

/**
 * The file names of the scripts the app's HTML itself names (its entry, which before-paint.js
 * asks for by its data-entry, and the chunks it preloads), as served: read from the HTML, not the
 * page, where the app adds preloads of its own.
 */
export async function scriptsTheHtmlNames(page: Page): Promise<string[]> {
  const html = await (await page.request.get('./')).text();
  const tags = html.match(/<script [^>]*data-entry[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
  return tags.map((tag) => /(?:data-entry|href)="[^"]*?([^/"]+)"/.exec(tag)![1]!);
}
