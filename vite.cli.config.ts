/**
 * The build of the `neo-config` bin (SPEC §5.9): src/cli/main.ts and every domain module it
 * uses, zod and the device catalogue included, bundled into one Node ESM file with its `#!`
 * line. It is its own build, apart from the web app's, so the page's first screen never carries
 * any of it: `npm run build` runs both.
 */
import { defineConfig } from 'vite';

export const CLI_OUT_DIR = 'dist-cli';
export const CLI_FILE = 'neo-config.mjs';

export default defineConfig({
  // The page's static files are not the command's.
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: CLI_OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: CLI_FILE,
        banner: '#!/usr/bin/env node',
      },
    },
  },
  // One self-contained file: dependencies (zod) are bundled, only Node's built-ins stay imports.
  ssr: { noExternal: true, target: 'node' },
});
