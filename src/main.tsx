import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readPrerenderedCatalogue } from './app/prerendered-catalogue';
import { FRESH_VISIT, type OpenedLink } from './domain/link/opened-link';
import { needsTargetCode } from './domain/target/target-or-options';
import { readOpenedHash } from './lib/address-bar';
import { loadGroup, preloadOnDemandWhenIdle } from './lib/on-demand';
import { linkOpener } from './state/draft/link-opener';
import { TARGET_CODE } from './state/on-demand-code';
import './styles.css';

const container = document.getElementById('root')!;

/** A frame callback runs just before a paint; a task queued from it runs after that paint. */
function afterNextPaint(run: () => void) {
  requestAnimationFrame(() => setTimeout(run, 0));
}

function start(link: OpenedLink) {
  if (
    link.status === 'absent' &&
    link.mode === 'device' &&
    link.request.status === 'absent' &&
    container.hasChildNodes()
  ) {
    // A fresh visit: the page holds the prerendered first screen and the catalogue it was
    // rendered from, so the app takes it over as it is, with no round trip. It does so once the
    // browser has painted that screen, so that hydrating cannot hold the first paint back.
    afterNextPaint(() =>
      hydrateRoot(
        container,
        <StrictMode>
          <App link={link} catalogue={readPrerenderedCatalogue(document)} />
        </StrictMode>,
      ),
    );
    return;
  }
  // A link's configuration replaces the prerendered fresh visit, which public/before-paint.js
  // kept hidden meanwhile so that the empty configuration never flashes. A target, options or
  // unknown keys in it are shown with their rules and fields, so their code comes first; if it cannot
  // load, the app renders anyway and its error boundary says so.
  const render = () => {
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        <StrictMode>
          <App link={link} />
        </StrictMode>,
      ),
    );
    document.documentElement.classList.remove('opening-link');
  };
  if (needsTargetCode(link.draft)) void loadGroup(TARGET_CODE).finally(render);
  else render();
}

const hash = readOpenedHash();
if (hash === '') {
  start(FRESH_VISIT);
} else {
  // Only a page with a hash reads one, with code that loads on demand; if that code cannot
  // load, the page starts empty and says the link could not be opened.
  void linkOpener.load().then(
    (openLink) => start(openLink(hash)),
    (error: unknown) =>
      start({
        ...FRESH_VISIT,
        status: 'error',
        error: `the code that reads links did not load (${error instanceof Error ? error.message : String(error)})`,
      }),
  );
}
preloadOnDemandWhenIdle();
