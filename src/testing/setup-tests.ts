import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Lazy-loaded widgets are transformed on first import in tests, which can take a while on a
// busy two-core machine; findBy* queries wait for them this long.
configure({ asyncUtilTimeout: 5000 });
