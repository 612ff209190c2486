import '@testing-library/jest-dom/vitest';
import { loadGroup } from '../lib/on-demand';
import { OPTIONS_CODE } from '../state/option-rules';
import { configure } from '@testing-library/react';

// Lazy-loaded widgets are transformed on first import in tests, which can take a while on a
// busy two-core machine; findBy* queries wait for them this long.
configure({ asyncUtilTimeout: 5000 });

// The app brings a target or options only once their code is in memory (state/option-rules);
// tests that start from such a draft start where the app would be.
beforeAll(() => loadGroup(OPTIONS_CODE));
