// Builds the reference form (../shared/perf-reference/floor-app) in a writable copy, since
// ../shared is read-only in CI. The build is cached under the system's temp dir by a hash of
// the reference's sources, so repeated runs (and CI's quick run) skip it.
import { execSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSources } from './source-hash.mjs';

const VARIANT = 'full';
const SKIPPED = /^(node_modules|dist-.*|\.git)$/;

/** The copy keeps the source's modes; a read-only source would give a read-only copy. */
function makeWritable(path) {
  chmodSync(path, statSync(path).mode | 0o200);
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) makeWritable(join(path, name));
  }
}

function run(command, cwd) {
  execSync(command, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env } });
}

/** Returns the reference's built dist directory, building it first unless cached. */
export function buildReference(sourceDir, log = console.log) {
  if (!existsSync(join(sourceDir, 'package.json'))) {
    throw new Error(
      `No reference form at ${sourceDir}: the bench measures beside ../shared/perf-reference ` +
        '(pass --reference DIR to point elsewhere).',
    );
  }
  const workDir = join(
    tmpdir(),
    'neo-bench-reference',
    hashSources(sourceDir, SKIPPED, `variant=${VARIANT}\n`),
  );
  const distDir = join(workDir, `dist-${VARIANT}`);
  const doneMarker = join(workDir, '.built');
  if (existsSync(doneMarker)) {
    log(`Reference form: cached build ${distDir}`);
    return distDir;
  }
  log(`Reference form: building a copy in ${workDir}`);
  rmSync(workDir, { recursive: true, force: true });
  cpSync(sourceDir, workDir, {
    recursive: true,
    filter: (path) => !SKIPPED.test(path.split(/[/\\]/).pop()),
  });
  makeWritable(workDir);
  try {
    run('npm ci --no-audit --no-fund --loglevel=error', workDir);
  } catch {
    // A lock written against another registry can fail `npm ci` (missing tarball or integrity);
    // resolving afresh in the copy gets the same ranges from the registry this machine reaches.
    log('Reference form: `npm ci` failed with its lock file; resolving with `npm install`.');
    run('npm install --no-audit --no-fund --loglevel=error', workDir);
  }
  execSync('npm run build --silent', {
    cwd: workDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VARIANT },
  });
  writeFileSync(doneMarker, new Date().toISOString());
  return distDir;
}
