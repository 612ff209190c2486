import type { Page } from '@playwright/test';

/**
 * Serves the page without the catalogue it carries (src/app/prerendered-catalogue.ts), as a build
 * without the prerender would be: the app then fetches catalogue.json, so a test can hold or
 * fail that request. A page opened from a link uses the carried catalogue too.
 */
export async function withoutEmbeddedCatalogue(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /<script type="application\/json" id="catalogue-data">[\s\S]*?<\/script>/,
        '',
      );
      await route.fulfill({ response, body });
    },
  );
}
