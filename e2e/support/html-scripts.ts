import type { Page } from '@playwright/test';

/**
 * The file names of the scripts the app's HTML itself names (its module entry and the chunks it
 * preloads), as served: read from the HTML, not the page, where the app adds preloads of its own.
 */
export async function scriptsTheHtmlNames(page: Page): Promise<string[]> {
  const html = await (await page.request.get('./')).text();
  const tags = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
  return tags.map((tag) => /(?:src|href)="[^"]*?([^/"]+)"/.exec(tag)![1]!);
}
