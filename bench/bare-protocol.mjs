// A browser driven over the DevTools protocol without its Runtime domain, as a user's browser
// runs a page when no DevTools is open. Playwright (and Lighthouse) enable Runtime in every
// page, and while it is enabled V8 keeps a stack trace with line and column for each Error a
// script creates: for the first one created at a script's top level it parses the whole script
// a second time (react-dom creates several at its top level), a task no user's page runs. The
// main thread's figures are measured here too, so that both can be read side by side.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long a page may take to load before its measure counts as not measured. */
const LOAD_TIMEOUT_MS = 30_000;

/** Chromium reads the protocol on its fd 3 and writes on its fd 4, one JSON message per NUL. */
const PIPE_FDS = ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'];

/** Launches Chromium with `--remote-debugging-pipe`; resolves with a client of its browser. */
export async function launchBare(executablePath, args) {
  const profile = mkdtempSync(join(tmpdir(), 'neo-bench-bare-'));
  const child = spawn(
    executablePath,
    [...args, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: PIPE_FDS },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  let buffered = '';
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A browser that does not start, or goes away, fails what waits for it instead of hanging.
  const fail = (reason) => {
    for (const waiting of pending.values()) waiting.reject(new Error(reason));
    pending.clear();
  };
  child.once('error', (error) => fail(`Chromium did not start: ${error.message}`));
  child.once('exit', (code) => fail(`Chromium exited (${code})`));
  toBrowser.on('error', (error) => fail(`the protocol pipe broke: ${error.message}`));
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (child.exitCode !== null) return reject(new Error(`Chromium exited (${child.exitCode})`));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    });
  /** Resolves with the params of the first `method` event of `sessionId`. */
  const once = (method, sessionId) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });
  await send('Browser.getVersion');
  return {
    send,
    once,
    close: async () => {
      await send('Browser.close').catch(() => undefined);
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `fn(arg)` in the page and resolves with what it resolves with. */
async function evaluate(browser, sessionId, fn, arg) {
  const { result, exceptionDetails } = await browser.send(
    'Runtime.evaluate',
    {
      expression: `(${fn})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    },
    sessionId,
  );
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'evaluate');
  return result.value;
}

/**
 * Opens `url` in a fresh context (empty cache) at a viewport and CPU throttle, with `initScript`
 * run before the page's own scripts, waits for `load`, then resolves with `after(page)` where
 * `page.evaluate(fn, arg)` runs a function in it. Only the Page, Emulation and Target domains
 * are used until the page has loaded and settled; `Runtime.evaluate` runs without the Runtime
 * domain enabled. With `runtimeDomain`, Runtime is enabled before the page loads, as
 * Playwright does: the same measure with the inspector's cost, for comparison.
 */
export async function openBare(browser, url, options) {
  const { viewport, throttle, initScript, after, runtimeDomain = false } = options;
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  try {
    const { targetId } = await browser.send('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const send = (method, params) => browser.send(method, params, sessionId);
    await send('Emulation.setDeviceMetricsOverride', {
      ...viewport,
      deviceScaleFactor: 1,
      mobile: false,
    });
    await send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await send('Page.enable');
    if (runtimeDomain) await send('Runtime.enable');
    await send('Page.addScriptToEvaluateOnNewDocument', { source: `(${initScript})()` });
    const loaded = browser.once('Page.loadEventFired', sessionId);
    await send('Page.navigate', { url });
    let timer;
    await Promise.race([
      loaded,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`not loaded within ${LOAD_TIMEOUT_MS} ms`)),
          LOAD_TIMEOUT_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    return await after({ evaluate: (fn, arg) => evaluate(browser, sessionId, fn, arg) });
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
}
