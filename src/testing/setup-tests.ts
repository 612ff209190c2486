import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Lazy-loaded widgets are transformed on first import in tests, which can take a while on a
// busy two-core machine; findBy* queries wait for them this long.
configure({ asyncUtilTimeout: 5000 });

// The app brings a target or options only once their code is in memory (state/on-demand-code);
// tests that start from such a draft start where the app would be.
// Only tests that render need it; the others go without loading it.
beforeAll(async () => {
  if (typeof document === 'undefined') return;
  const { loadTargetCode } = await import('../state/on-demand-code');
  await loadTargetCode();
});
