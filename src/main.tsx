import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { afterNextPaint, planBoot } from './app/boot';
import { readPrerenderedCatalogue } from './app/prerendered-catalogue';
import { ShownOnCommit } from './app/shown-on-commit';
import { readOpenedHash } from './lib/address-bar';
import { afterLoadAndFirstPaint, preloadOnDemandWhenIdle } from './lib/on-demand';
import { loadTargetCode } from './state/on-demand-code';
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
  // Every first action on a target (the Platform tab, a device, an option) waits for the target's
  // code, so it is asked for once the page has loaded and its first paint is on screen rather
  // than in the preload's turn, which comes a round trip later (the preload's own code) and then
  // waits for room on the main thread. It never competes with the first frame.
  afterLoadAndFirstPaint(() => void loadTargetCode().catch(() => undefined));
  // In a transition, hydration yields to the browser every few milliseconds: the screen it takes
  // over is already painted, and an input meanwhile is never held behind one long task.
  if (hydrate)
    return afterNextPaint(() => {
      // React answers every click from here on: public/before-paint.js stops keeping them.
      window.onclick = null;
      startTransition(() => void hydrateRoot(container, app));
    });
  // A link's configuration is on screen already, drawn by its first view (app/link-glance.ts), or
  // the note says that it is opening: the page that replaces them renders in slices too, so that
  // the browser can still scroll and paint meanwhile, and is shown in its commit. (A page that was
  // not prerendered, on the dev server, had before-paint.js keep clicks too.)
  window.onclick = null;
  startTransition(() => createRoot(container).render(<ShownOnCommit>{app}</ShownOnCommit>));
});
