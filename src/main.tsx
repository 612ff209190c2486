import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prefetchOnDemandCodeWhenIdle } from './app/prefetch-on-demand-code';
import { openLink } from './domain/open-link';
import { applyTheme } from './features/theme/use-theme';
import { currentHash } from './lib/address-bar';
import './styles.css';

applyTheme();
const link = openLink(currentHash());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App link={link} />
  </StrictMode>,
);
prefetchOnDemandCodeWhenIdle();
