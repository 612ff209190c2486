import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prefetchOnDemandCodeWhenIdle } from './app/prefetch-on-demand-code';
import { readLink } from './features/share/read-link';
import { applyTheme } from './features/theme/use-theme';
import './styles.css';

applyTheme();
const link = readLink(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App link={link} />
  </StrictMode>,
);
prefetchOnDemandCodeWhenIdle();
