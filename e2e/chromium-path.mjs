// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Playwright's own build, then
// the system's. Shared by ensure-chromium.mjs (which may install one) and the Playwright config.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a closed network and a root sandbox (CI); harmless on a laptop. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** @returns {{ path: string | undefined, source: string }} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: existsSync(fromEnv) ? fromEnv : undefined, source: 'CHROMIUM_PATH' };
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { path: undefined, source: 'playwright' };
  const system = SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
  return { path: system, source: system ? 'system' : 'none' };
}
