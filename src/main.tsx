import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { afterNextPaint, planBoot } from './app/boot';
import { readPrerenderedCatalogue } from './app/prerendered-catalogue';
import { ShownOnCommit } from './app/shown-on-commit';
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
  // In a transition, React yields to the browser every few milliseconds instead of one long task.
  if (hydrate) return afterNextPaint(() => startTransition(() => void hydrateRoot(container, app)));
  startTransition(() => createRoot(container).render(<ShownOnCommit>{app}</ShownOnCommit>));
});
