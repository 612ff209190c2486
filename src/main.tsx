import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { afterNextPaint, planBoot, revealOpenedLink } from './app/boot';
import { readPrerenderedCatalogue } from './app/prerendered-catalogue';
import { readOpenedHash } from './lib/address-bar';
import { preloadOnDemandWhenIdle } from './lib/on-demand';
import './styles.css';

const container = document.getElementById('root')!;
void planBoot(readOpenedHash(), container.hasChildNodes()).then(({ link, hydrate }) => {
  // A link page carries the catalogue too: fetching it again would show a loading state.
  const app = (
    <StrictMode>
      <App link={link} catalogue={readPrerenderedCatalogue(document)} />
    </StrictMode>
  );
  // The preload would compete with the link's own code and render: it waits until they are done.
  preloadOnDemandWhenIdle();
  // In a transition, hydration yields to the browser every few milliseconds: the screen it takes
  // over is already painted, and an input meanwhile is never held behind one long task.
  if (hydrate) return afterNextPaint(() => startTransition(() => void hydrateRoot(container, app)));
  // Shown first, in the render's task: the chosen card scrolls into view on a laid-out page.
  revealOpenedLink();
  flushSync(() => createRoot(container).render(app));
});
