/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build as rolldown } from 'rolldown';
import { createServer, defineConfig, minifySync, type Plugin, type Rolldown } from 'vite';

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
 * react-dom creates five Errors as it loads, at the top level of its production build: the
 * sentinels it throws to unwind a render and compares by identity, never shown. While DevTools'
 * Runtime domain is on (DevTools open, Lighthouse, Playwright), V8 captures a detailed stack
 * trace for every Error a script creates, with the source position of each frame; here the
 * frame is the entry's whole top-level function, which V8 then parses a second time. Objects
 * with Error's prototype and message are the same sentinels without a stack: the entry's
 * evaluation with Runtime on at 1x, 117.6 → 13.2 ms (7 interleaved runs). A react-dom that no
 * longer has exactly these fails the build, so that an upgrade is looked at.
 */
function reactSentinelsWithoutStacks(): Plugin {
  const reactDom = /\/react-dom\/cjs\/react-dom-client\.production\.js$/;
  const sentinel = /\bError\((formatProdErrorMessage\((?:460|461|474|519|542)\))\)/g;
  const expected = 5;
  return {
    name: 'react-sentinels-without-stacks',
    apply: 'build',
    transform(code, id) {
      if (!reactDom.test(id)) return undefined;
      let found = 0;
      const replaced = code.replace(sentinel, (_match, message: string) => {
        found += 1;
        return `{ __proto__: Error.prototype, message: ${message} }`;
      });
      if (found !== expected)
        throw new Error(
          `react-dom has ${found} of the ${expected} sentinel Errors this build rewrites`,
        );
      return { code: replaced, map: null };
    },
  };
}

/**
 * V8 compiles a function when it is first called, on the main thread, unless the file's first
 * line is this compile hint: it then compiles the whole file as it streams in, on a background
 * thread. Nearly every function of the entry runs as React takes the page over: without the hint
 * the entry's task at 4x CPU spent more time compiling than running (traced: 137 of 264 ms).
 * public/before-paint.js asks for the entry once the first paint is on screen, so that this
 * compile does not compete with that paint for the machine's cores (the hint alone made it
 * later). Code loaded on demand is preloaded at idle (src/lib/on-demand.ts): with the hint it
 * compiles then, not on the user's first click.
 */
function compileChunksOnLoad(): Plugin {
  return {
    name: 'compile-chunks-on-load',
    apply: 'build',
    // After Vite has written its own preamble into the chunks: the hint must come first.
    writeBundle: async ({ dir = 'dist' }, bundle) => {
      for (const chunk of Object.values(bundle)) {
        // The target's chunk holds dynamic entries without being one itself.
        const isCompiledOnLoad =
          chunk.type === 'chunk' &&
          (chunk.isEntry || chunk.isDynamicEntry || chunk.name === TARGET_CHUNK);
        if (!isCompiledOnLoad) continue;
        const file = join(dir, chunk.fileName);
        await writeFile(file, `//# allFunctionsCalledOnLoad\n${await readFile(file, 'utf8')}`);
      }
    },
  };
}

/**
 * Vite wraps each dynamic import in its preload helper, `helper(() => import(…), deps,
 * import.meta.url)`, which first preloads `deps`, then imports. Where `deps` is empty (see
 * modulePreload below) the helper only delays the import by a microtask: the import is written
 * bare, 19 wrappers fewer in the first screen's script.
 */
function bareImportsWithoutPreloads(): Plugin {
  // The helper's name, the import and what follows it up to the empty deps, never across the
  // start of another import.
  const wrapped =
    /[\w$]+\(\(\)=>(import\(`[^`]+`\)(?:(?!\(\)=>import\()[\s\S])*?),\[\],import\.meta\.url\)/g;
  return {
    name: 'bare-imports-without-preloads',
    apply: 'build',
    // Vite writes the deps in its own last step: the files it wrote are read back, one plugin at
    // a time (another prepends a compile hint to the same files).
    writeBundle: {
      sequential: true,
      handler: async ({ dir = 'dist' }, bundle) => {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const file = join(dir, chunk.fileName);
          const code = await readFile(file, 'utf8');
          const bare = code.replace(wrapped, '$1');
          if (bare.includes(',[],import.meta.url)'))
            throw new Error(
              `${chunk.fileName}: an import with no preload this build cannot unwrap`,
            );
          if (bare !== code) await writeFile(file, bare);
        }
      },
    },
  };
}

/**
 * The modules a page opened from a link waits for besides the entry and the target's chunk
 * (src/app/boot.ts): the code that reads the link and the option combobox. Should boot.ts come to
 * wait for another, e2e/link-opening.spec.ts finds it asked for only once the entry has run.
 */
const LINK_PAGE_MODULES = [
  'src/domain/link/open-link.ts',
  'src/features/options/option-combobox.tsx',
];

/** These chunks and every chunk they import statically, except those in `loaded`. */
function withStaticImports(
  chunks: Rolldown.OutputChunk[],
  fileNames: string[],
  loaded = new Set<string>(),
): Set<string> {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (loaded.has(fileName) || found.has(fileName)) return;
    found.add(fileName);
    chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
  };
  fileNames.forEach(visit);
  return found;
}

/**
 * The chunks holding these modules (by the module a chunk is made for) or named `chunkName`, with
 * what they import statically, except what `loaded` holds.
 */
function chunksFor(
  chunks: Rolldown.OutputChunk[],
  { modules, chunkName, loaded }: { modules: Set<string>; chunkName?: string; loaded: Set<string> },
): Set<string> {
  const wanted = chunks.filter(
    (chunk) =>
      chunk.name === chunkName ||
      (chunk.facadeModuleId !== null && modules.has(chunk.facadeModuleId)),
  );
  const expected = modules.size + (chunkName === undefined ? 0 : 1);
  if (wanted.length !== expected)
    throw new Error(`a link page's code is in ${wanted.length} chunks, not ${expected}`);
  return withStaticImports(
    chunks,
    wanted.map((chunk) => chunk.fileName),
    loaded,
  );
}

/**
 * What before-paint.js asks for as a link page starts (public/before-paint.js): the chunks of the
 * code a #config= link waits for, and of what one with &request= waits for besides, each without
 * what the first screen loads anyway.
 */
function linkPageCode(bundle: Rolldown.OutputBundle, root: string) {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  const firstScreen = withStaticImports(chunks, entries);
  const config = chunksFor(chunks, {
    modules: new Set(LINK_PAGE_MODULES.map((module) => resolve(root, module))),
    chunkName: TARGET_CHUNK,
    loaded: firstScreen,
  });
  const request = chunksFor(chunks, {
    modules: onDemandEntries(resolve(root, 'src'), ['REQUEST_CODE']),
    loaded: new Set([...firstScreen, ...config]),
  });
  return { config: [...config], request: [...request] };
}

/**
 * The first view of a link page (src/app/link-glance.ts), bundled on its own as one small
 * classic script: built with the app, it would share chunks with the entry, and the first
 * screen would wait for one more request.
 */
async function bundleLinkGlance(root: string): Promise<string> {
  const bundled = await rolldown({
    input: resolve(root, 'src/app/link-glance-script.ts'),
    write: false,
    output: { format: 'iife', minify: true },
  });
  const [chunk, ...rest] = bundled.output;
  if (chunk === undefined || rest.length > 0)
    throw new Error(`the link glance bundled into ${bundled.output.length} files, not 1`);
  return chunk.code;
}

/**
 * public/before-paint.js is copied as written, with the comments that say why it is there, and
 * the build fills in the files it loads for a link page: its first view and its code. It is
 * first-screen JavaScript (SPEC §6.2), so the built copy is minified (1,185 → 611 bytes gzip with
 * the file lists).
 */
function buildBeforePaintScript(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let code: ReturnType<typeof linkPageCode> = { config: [], request: [] };
  let glance = '';
  return {
    name: 'build-before-paint-script',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      code = linkPageCode(bundle, root);
      const source = await bundleLinkGlance(root);
      glance = this.getFileName(this.emitFile({ type: 'asset', name: 'link-glance.js', source }));
    },
    closeBundle: async () => {
      const file = join(outDir, 'before-paint.js');
      let filled = await readFile(file, 'utf8');
      for (const [placeholder, value] of [
        ["var linkGlance = '';", glance],
        ['var linkPageCode = [];', code.config],
        ['var linkRequestCode = [];', code.request],
      ] as const) {
        if (!filled.includes(placeholder)) throw new Error(`before-paint.js has no ${placeholder}`);
        const name = placeholder.split(' ')[1]!;
        filled = filled.replace(placeholder, () => `var ${name} = ${JSON.stringify(value)};`);
      }
      const minified = minifySync(file, filled);
      if (minified.errors.length > 0)
        throw new Error(`before-paint.js: ${minified.errors[0]!.message}`);
      await writeFile(file, minified.code);
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
 * The entry is not needed for the first paint (the HTML is prerendered), and its compile would
 * compete with that paint (see compileChunksOnLoad): its script tag goes, and before-paint.js
 * asks for the file its `data-entry` names once the first paint is on screen, or the document
 * has been parsed if that comes first, so that the load event still waits for it. Measured with
 * DevTools closed, with the compile hint, 12 and 14 interleaved runs: Total Blocking Time from
 * first paint at 4x 147 → 33 ms (medians); first contentful paint 644 → 728 ms at 4x and 312 →
 * 324 ms at 1x, within the noise of such runs.
 */
function entryAfterFirstPaint(html: string): string {
  const entries = [
    ...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g),
  ];
  if (entries.length !== 1)
    throw new Error(`index.html has ${entries.length} module scripts, not the one entry`);
  const [tag, src] = entries[0]!;
  if (!html.includes(BEFORE_PAINT_SCRIPT)) throw new Error('index.html has no before-paint');
  return html
    .replace(tag, '')
    .replace(
      BEFORE_PAINT_SCRIPT,
      () => `<script src="./before-paint.js" data-entry="${src}"></script>`,
    );
}

/**
 * The chunks the entry imports are not needed for the first paint either: at low priority the
 * browser gives the stylesheet the connection first. Measured on fast-4G at 4x, a fresh visit
 * painted 12–20% sooner, and a link page showed its configuration no later within the noise.
 */
function preloadsAtLowPriority(html: string): string {
  return html.replace(
    /<link rel="modulepreload" crossorigin /g,
    '<link rel="modulepreload" fetchpriority="low" crossorigin ',
  );
}

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
          return entryAfterFirstPaint(preloadsAtLowPriority(stylesheetsFirst(html))).replace(
            '<div id="root"></div>',
            () => rendered,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * The modules declared on demand in the given groups (src/lib/on-demand.ts), found where each is
 * declared: `onDemand(() => import('./x')…, GROUP)`, so that a new declaration needs no list here.
 * A declaration ends at the first `);` after its import.
 */
function onDemandEntries(sourceDir: string, groups: readonly string[]): Set<string> {
  const entries = new Set<string>();
  const declaration = /onDemand(?:Component)?\(\s*\(\)\s*=>\s*import\('([^']+)'\)([\s\S]*?)\);/g;
  for (const file of readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
    const path = join(sourceDir, file);
    for (const [, imported, rest] of readFileSync(path, 'utf8').matchAll(declaration)) {
      const group = /,\s*([A-Z_]+),?\s*$/.exec(rest!)?.[1];
      if (group === undefined || !groups.includes(group)) continue;
      const base = resolve(dirname(path), imported!);
      const module = ['.ts', '.tsx'].map((extension) => base + extension).find(existsSync);
      if (!module) throw new Error(`${path}: cannot find the module ${imported} declares`);
      entries.add(module);
    }
  }
  if (entries.size === 0)
    throw new Error(`no module is declared on demand in ${groups.join(', ')}`);
  return entries;
}

/**
 * What a page opened from a link loads before it shows a target (src/app/boot.ts): the target's
 * rules and the parts that show them, declared in these groups (src/state/on-demand-code.ts). The
 * option combobox keeps a chunk of its own: if it alone cannot load, each option is still a plain
 * field that edits (e2e/failure-recovery.spec.ts), not an error in place of all of them.
 */
const TARGET_CHUNK = 'target-code';
const TARGET_CHUNK_ENTRIES = new Set(
  [...onDemandEntries(resolve(import.meta.dirname, 'src'), ['TARGET_CODE', 'TARGET_PARTS'])].filter(
    (module) => !module.endsWith('/option-combobox.tsx'),
  ),
);
/**
 * The modal dialogs' hook, shared by the Import and Detect dialogs' chunks, which both import the
 * target's chunk already: there it costs no request, where a chunk of its own would add its
 * name to the first screen's list of what each on-demand chunk needs.
 */
const SHARED_BY_DIALOGS = resolve(import.meta.dirname, 'src/hooks/use-modal-dialog.ts');

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    reactSentinelsWithoutStacks(),
    prerenderFirstScreen(),
    compileChunksOnLoad(),
    buildBeforePaintScript(),
    bareImportsWithoutPreloads(),
  ],
  // Relative asset URLs so dist/ works from any path on any static host.
  base: './',
  build: {
    target: 'es2022',
    // Every browser with es2022 modules loads a <link rel="modulepreload"> or, lacking support,
    // simply fetches the module when it is imported: the polyfill would only add first-screen
    // JavaScript (SPEC §6.2).
    //
    // The runtime chunk (the bundler's module helpers) is a static import of the entry, in memory
    // before any on-demand chunk is asked for: as a dependency of each on-demand chunk it was only
    // its name, and its number in every list, in the first screen's script. So is the imported
    // chunk itself when nothing else is left to preload beside it: import() asks for it at once.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (imported, dependencies, { hostType }) => {
        if (hostType !== 'js') return dependencies;
        const preloaded = dependencies.filter(
          (dependency) => !/(^|\/)rolldown-runtime-[^/]+\.js$/.test(dependency),
        );
        return preloaded.length === 1 && preloaded[0] === imported ? [] : preloaded;
      },
    },
    // Modules the entry imports statically would otherwise be split into small shared chunks
    // (the JSX runtime, the closed lists, the preload helper), each a request and a gzip stream
    // of its own: grouped, they all join the entry, about 1.5 KiB gzip less on the first screen.
    //
    // The target's code is one chunk (with what it imports that the entry has not): as some 30
    // small chunks, a page opened from a link waited for them six at a time (HTTP/1.1), and so
    // did a first click on the Platform tab while the idle preload was fetching them.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-screen', tags: ['$initial'], priority: 2 },
            {
              name: TARGET_CHUNK,
              test: (id) => TARGET_CHUNK_ENTRIES.has(id) || id === SHARED_BY_DIALOGS,
              priority: 1,
            },
          ],
        },
      },
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
