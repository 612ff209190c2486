import { StrictMode } from 'react';
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
  const catalogue = hydrate ? readPrerenderedCatalogue(document) : undefined;
  const app = (
    <StrictMode>
      <App link={link} catalogue={catalogue} />
    </StrictMode>
  );
  if (hydrate) return afterNextPaint(() => hydrateRoot(container, app));
  flushSync(() => createRoot(container).render(app));
  revealOpenedLink();
});
preloadOnDemandWhenIdle();
