import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { within } from '@testing-library/react';
import { parseCatalogue } from '../domain/catalogue/catalogue-schema';
import { App } from '../app/app';
import { planBoot } from '../app/boot';

export const CATALOGUE_TEXT = readFileSync(join(process.cwd(), 'public/catalogue.json'), 'utf8');

const catalogue = parseCatalogue(JSON.parse(CATALOGUE_TEXT));
if (!catalogue.ok) throw new Error(catalogue.error);
const CATALOGUE = catalogue.value;

/**
 * The theme switch follows the system's scheme, which jsdom has none of: call before rendering
 * the app (a jsdom test file's beforeAll).
 */
export function stubSystemScheme() {
  window.matchMedia = () =>
    ({
      matches: false,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

/** Boots as src/main.tsx does for a page opened from `hash`, in one synchronous render. */
export async function bootAndRender(hash: string) {
  const plan = await planBoot(hash, false);
  const container = document.body.appendChild(document.createElement('div'));
  flushSync(() => createRoot(container).render(<App link={plan.link} catalogue={CATALOGUE} />));
  return { plan, page: within(container) };
}
