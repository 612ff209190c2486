import fs from 'node:fs';
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layer map (README "Layout"): imports run one way,
 *   app → features → state / hooks / components → domain / lib,
 * and a feature never imports another feature. Each zone below turns one wrong arrow into a
 * lint error; src/testing/lint-zones.test.ts proves every zone rejects a violation.
 */
const FEATURES = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const LAYER_ZONES = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain', './testing'],
    message: 'The domain imports nothing outside itself (test files may use src/testing).',
  },
  {
    target: './src/lib',
    from: './src',
    except: ['./lib', './testing'],
    message: 'lib holds small browser helpers that import nothing above them.',
  },
  {
    target: './src/components',
    from: ['./src/app', './src/features', './src/state', './src/main.tsx'],
    message: 'components import only domain and lib; pass store callbacks in as props.',
  },
  {
    target: './src/hooks',
    from: './src',
    except: ['./hooks', './domain', './lib', './testing'],
    message: 'Shared hooks import only domain and lib.',
  },
  {
    target: './src/state',
    from: ['./src/app', './src/features', './src/components', './src/main.tsx'],
    message: 'The store imports only domain and lib.',
  },
  {
    target: './src/cli',
    from: './src',
    except: ['./cli', './domain', './lib', './testing'],
    message: 'The neo-config command imports only domain and lib: every rule comes from domain/.',
  },
  {
    target: [
      './src/app',
      './src/features',
      './src/state',
      './src/components',
      './src/domain',
      './src/lib',
      './src/testing',
      './src/main.tsx',
    ],
    from: './src/cli',
    message: 'Nothing imports the neo-config command: it is an entry of its own.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/main.tsx'],
    message: 'Features do not import the app shell; the app composes them.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: compose them in src/app.',
  })),
];

// Production code never reaches into test support.
const TESTING_ZONE = {
  target: './src',
  from: './src/testing',
  message: 'src/testing is test support only.',
};

/**
 * Test support and fixtures have one home, src/testing: a `testing/` folder anywhere else is a
 * fixture in a product folder, which the zone above could not see.
 */
const fixtureHome = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename.split('\\').join('/');
    const at = file.lastIndexOf('/src/');
    const inSrc = at >= 0 ? file.slice(at + 1) : file;
    if (/(^|\/)testing\//.test(inSrc) && !inSrc.startsWith('src/testing/')) {
      return {
        Program(node) {
          context.report({ node, message: 'Test support and fixtures live in src/testing only.' });
        },
      };
    }
    return {};
  },
};

const UI_LIBRARIES = [
  { group: ['react', 'react-*', 'react/*', 'react-dom/*'], message: 'No React in this layer.' },
  { group: ['@tanstack/*', '@hookform/*', 'downshift'], message: 'No UI libraries in this layer.' },
];

const NODE_BUILT_INS = {
  group: ['node:*'],
  message: 'Node built-ins belong to the neo-config command (src/cli) only.',
};

const ADDRESS = 'Only src/lib/address-bar.ts reads or writes the page address.';
const ADDRESS_GLOBALS = ['location', 'history'].map((name) => ({ name, message: ADDRESS }));

const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'fetch',
].map((name) => ({ name, message: 'The domain is plain TypeScript: no browser globals.' }));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'import-x': importX,
      'check-file': checkFile,
      layout: { rules: { 'fixture-home': fixtureHome } },
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': 'error',
      'layout/fixture-home': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, TESTING_ZONE] }],
    },
  },
  {
    // One module reads and writes the page address (and one reloads it); tests may set it up.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/testing/**',
      'src/lib/address-bar.ts',
      'src/lib/reload-page.ts',
    ],
    rules: {
      'no-restricted-globals': ['error', ...ADDRESS_GLOBALS],
      'no-restricted-properties': [
        'error',
        ...['window', 'document', 'globalThis', 'self'].flatMap((object) =>
          ['location', 'history'].map((property) => ({ object, property, message: ADDRESS })),
        ),
      ],
    },
  },
  {
    // The page runs in the browser; only the neo-config command (and test support) runs in Node.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**', 'src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NODE_BUILT_INS] }] },
  },
  {
    // The domain is plain TypeScript: no UI framework, no Node built-ins, zod through zod/mini.
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: ['src/domain/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'The domain uses zod/mini.' }],
          patterns: [
            ...UI_LIBRARIES,
            { group: ['node:*'], message: 'The domain runs in the browser: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...UI_LIBRARIES, NODE_BUILT_INS] }] },
  },
);
