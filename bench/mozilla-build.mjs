// Builds Mozilla's SSL Configuration Generator (github.com/mozilla/ssl-config-generator), the
// page issue 17 measures the app against in Lighthouse, in a temp dir outside the repository.
// The build is cached by the commit (or, for a local checkout, a hash of its sources), so a
// second run skips it. Building needs the npm registry; getting the sources needs GitHub, or a
// local clone or checkout passed as the source.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSources } from './source-hash.mjs';

/** The generator as measured for issue 17 (5.7.1, 2026-05-03); pinned so runs compare. */
export const MOZILLA_COMMIT = '858f8f74a4fd1293a3a7f5ab0c16eb1eb891393a';
export const MOZILLA_REPOSITORY = 'https://github.com/mozilla/ssl-config-generator.git';
const SKIPPED = /^(node_modules|docs|build|\.git)$/;

const run = (command, cwd, env = {}) =>
  execSync(command, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });

/**
 * Returns the generator's built directory. `source` is a checkout (a directory holding its
 * package.json), used as it is, or anything `git clone` takes (a URL or a local, maybe bare,
 * clone), checked out at MOZILLA_COMMIT.
 */
export function buildMozilla(source = MOZILLA_REPOSITORY, log = console.log) {
  const isCheckout = existsSync(join(source, 'package.json'));
  const key = isCheckout ? `checkout-${hashSources(source, SKIPPED)}` : MOZILLA_COMMIT.slice(0, 16);
  const workDir = join(tmpdir(), 'neo-bench-mozilla', key);
  const distDir = join(workDir, 'docs');
  const doneMarker = join(workDir, '.built');
  if (existsSync(doneMarker)) {
    log(`Mozilla's generator: cached build ${distDir}`);
    return distDir;
  }
  log(`Mozilla's generator: building ${isCheckout ? source : MOZILLA_COMMIT} in ${workDir}`);
  rmSync(workDir, { recursive: true, force: true });
  if (isCheckout) {
    cpSync(source, workDir, {
      recursive: true,
      filter: (path) => !SKIPPED.test(path.split(/[/\\]/).pop()),
    });
  } else {
    run(`git clone --quiet --no-checkout ${JSON.stringify(source)} ${JSON.stringify(workDir)}`);
    run(`git checkout --quiet ${MOZILLA_COMMIT}`, workDir);
  }
  run('npm ci --no-audit --no-fund --loglevel=error', workDir);
  // Its `npm run build` adds --progress, which floods a log; the same build without it.
  run('npx webpack --config=config/webpack.config.js', workDir, { NODE_ENV: 'production' });
  writeFileSync(doneMarker, new Date().toISOString());
  return distDir;
}
