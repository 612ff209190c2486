/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createServer, defineConfig, minifySync, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app (SPEC §6.3): scripts and styles only from the
 * app's own origin, no inline script, no eval. The dev server goes without it because its
 * hot-reload preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Code loaded on demand is preloaded at idle (src/lib/on-demand.ts). V8 would still compile
 * each of its functions on first call, which is the user's first click: this compile hint,
 * the first line of the file, has it compile the whole chunk as it loads, at idle.
 */
function compileOnDemandChunksOnLoad(): Plugin {
  return {
    name: 'compile-on-demand-chunks-on-load',
    apply: 'build',
    // After Vite has written its own preamble into the chunks: the hint must come first.
    writeBundle: async ({ dir = 'dist' }, bundle) => {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
        const file = join(dir, chunk.fileName);
        await writeFile(file, `//# allFunctionsCalledOnLoad\n${await readFile(file, 'utf8')}`);
      }
    },
  };
}

/**
 * public/before-paint.js is copied as written, with the comments that say why it is there; it is
 * first-screen JavaScript (SPEC §6.2), so the built copy is minified (652 → 254 bytes gzip).
 */
function minifyBeforePaintScript(): Plugin {
  let outDir = 'dist';
  return {
    name: 'minify-before-paint-script',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: async () => {
      const file = join(outDir, 'before-paint.js');
      const { code, errors } = minifySync(file, await readFile(file, 'utf8'));
      if (errors.length > 0) throw new Error(`before-paint.js: ${errors[0]!.message}`);
      await writeFile(file, code);
    },
  };
}

/**
 * The stylesheet is all the first paint waits for: it goes first in <head>, so its request
 * starts before the scripts' and before-paint.js runs as soon as it has arrived.
 */
function stylesheetsFirst(html: string): string {
  const stylesheets = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
  const firstScript = html.indexOf('<script');
  if (firstScript < 0) return html;
  let rest = html;
  for (const link of stylesheets) rest = rest.replace(link, '');
  const at = rest.indexOf('<script');
  return rest.slice(0, at) + stylesheets.join('') + rest.slice(at);
}

/** The script that runs before the first paint (the theme, and the note while a link opens). */
const BEFORE_PAINT_SCRIPT = '<script src="./before-paint.js"></script>';

/**
 * Prerenders the first screen into index.html at build time (src/app/prerender.tsx), with the
 * catalogue it was rendered from. It loads that module through Vite's own SSR module loader,
 * so the prerender runs the app's code exactly as the client bundle has it.
 */
function prerenderFirstScreen(): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const server = await createServer({
          root,
          configFile: false,
          plugins: [react()],
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { prerenderFirstScreen } = await server.ssrLoadModule('/src/app/prerender.tsx');
          const catalogueText = await readFile(join(root, 'public/catalogue.json'), 'utf8');
          const rendered = prerenderFirstScreen(catalogueText) as string;
          if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no root');
          if (!html.includes(BEFORE_PAINT_SCRIPT))
            throw new Error('index.html has no before-paint');
          return stylesheetsFirst(html).replace('<div id="root"></div>', () => rendered);
        } finally {
          await server.close();
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    prerenderFirstScreen(),
    compileOnDemandChunksOnLoad(),
    minifyBeforePaintScript(),
  ],
  // Relative asset URLs so dist/ works from any path on any static host.
  base: './',
  build: {
    target: 'es2022',
    // Every browser with es2022 modules loads a <link rel="modulepreload"> or, lacking support,
    // simply fetches the module when it is imported: the polyfill would only add first-screen
    // JavaScript (SPEC §6.2).
    modulePreload: { polyfill: false },
    // Modules the entry imports statically would otherwise be split into small shared chunks
    // (the JSX runtime, the closed lists, the preload helper), each a request and a gzip stream
    // of its own: grouped, they all join the entry, about 1.5 KiB gzip less on the first screen.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    // The header adds what a <meta> policy cannot express (frame-ancestors).
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    // Property tests run hundreds of cases; a busy two-core machine needs more than 5 s.
    testTimeout: 20_000,
  },
});
