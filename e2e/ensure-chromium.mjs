// Makes sure the browser tests have a Chromium, installing one where that is possible.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found.source === 'playwright' || found.path) {
  console.log(`Browser tests use ${found.path ?? "Playwright's own Chromium"}.`);
  process.exit(0);
}
if (found.source === 'CHROMIUM_PATH') {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const run = (command) => execSync(command, { stdio: 'inherit' });
try {
  if (isRoot && hasCommand('apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package.");
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.log("No Chromium found: installing Playwright's Chromium.");
    run('npx playwright install chromium');
  }
} catch {
  // Fall through to the check below, which names the command to run.
}
if (!findChromium().path && findChromium().source !== 'playwright') {
  console.error(
    'No Chromium for the browser tests. Install one of:\n' +
      "  npx playwright install chromium          (Playwright's own build)\n" +
      '  sudo apt-get install chromium             (Debian/Ubuntu)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
