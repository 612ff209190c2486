// SPEC §9.1, measured: the model check of a large archive beside the physical floor (the same
// browser only decompressing the same file, in the same run), and the memory the check holds.
import { createWriteStream, existsSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomFillSync } from 'node:crypto';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

const MIB = 2 ** 20;
const TAR_BLOCK = 512;
const SAMPLE_EVERY_MS = 250;
// A worker that ends between the target list and its answer never answers: without a limit the
// sampler, and with it the whole bench, would wait forever.
const WORKER_ANSWER_MS = 2_000;
// The check of 256 MiB takes seconds; a check that has not ended in minutes is reported, not awaited.
const MEASURE_LIMIT_MS = 180_000;

/** One ustar header: name, size, and the checksum over the header with blanks in its field. */
function tarHeader(name, size, type = '0') {
  const header = Buffer.alloc(TAR_BLOCK);
  const field = (text, offset, length) => header.write(text, offset, length, 'ascii');
  const octal = (value, length) => value.toString(8).padStart(length - 1, '0') + '\0';
  field(name, 0, 100);
  field(octal(type === '5' ? 0o755 : 0o644, 8), 100, 8);
  field(octal(0, 8), 108, 8);
  field(octal(0, 8), 116, 8);
  field(octal(size, 12), 124, 12);
  field(octal(Math.floor(Date.UTC(2023, 10, 14) / 1000), 12), 136, 12);
  field(' '.repeat(8), 148, 8);
  field(type, 156, 1);
  field('ustar\0' + '00', 257, 8);
  let sum = 0;
  for (const byte of header) sum += byte;
  field(octal(sum, 7) + ' ', 148, 8);
  return header;
}

const padding = (size) => Buffer.alloc((TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK);

/**
 * A TensorFlow SavedModel archive of about `sizeMiB`: the fixture's saved_model.pb and a
 * variables file of incompressible bytes, as real weights nearly are. Made once per size and
 * kept in the system's temporary folder, since gzip of a few hundred MB takes seconds.
 */
export async function modelArchive(root, sizeMiB) {
  const path = join(tmpdir(), `neo-bench-savedmodel-${sizeMiB}mib.tar.gz`);
  if (existsSync(path)) return path;
  const graph = readFileSync(join(root, 'src/testing/model-fixtures/saved_model.pb'));
  const gzip = createGzip({ level: 1 });
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  gzip.pipe(file);
  const write = async (buffer) => {
    if (!gzip.write(buffer)) await once(gzip, 'drain');
  };
  await write(tarHeader('export/1/', 0, '5'));
  await write(tarHeader('export/1/saved_model.pb', graph.length));
  await write(Buffer.concat([graph, padding(graph.length)]));
  await write(tarHeader('export/1/variables/', 0, '5'));
  const weightsSize = sizeMiB * MIB;
  await write(tarHeader('export/1/variables/variables.data-00000-of-00001', weightsSize));
  const chunk = Buffer.alloc(MIB);
  for (let written = 0; written < weightsSize; written += MIB) await write(randomFillSync(chunk));
  const index = Buffer.from('bench variables index\n');
  await write(tarHeader('export/1/variables/variables.index', index.length));
  await write(Buffer.concat([index, padding(index.length)]));
  await write(Buffer.alloc(TAR_BLOCK * 2));
  gzip.end();
  await once(file, 'close');
  renameSync(partial, path);
  return path;
}

/**
 * The memory a worker holds now, after a garbage collection (chunks already passed on are not
 * held): its JavaScript heap and the ArrayBuffers it owns. Asked of the worker itself through
 * the browser's DevTools protocol.
 */
async function workerHeap(browserSession, targetId) {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId });
  const call = (id, method) => {
    const answer = new Promise((resolve, reject) => {
      const onMessage = ({ sessionId: from, message }) => {
        const reply = JSON.parse(message);
        if (from !== sessionId || reply.id !== id) return;
        stopListening();
        resolve(reply.result);
      };
      const timer = setTimeout(() => {
        stopListening();
        reject(new Error(`the worker did not answer ${method} in ${WORKER_ANSWER_MS} ms`));
      }, WORKER_ANSWER_MS);
      const stopListening = () => {
        clearTimeout(timer);
        browserSession.off('Target.receivedMessageFromTarget', onMessage);
      };
      browserSession.on('Target.receivedMessageFromTarget', onMessage);
    });
    const message = JSON.stringify({ id, method });
    // Both awaited together: under load the answer can time out while the send is still
    // pending, and a rejection nothing awaits yet would end the whole bench.
    const sent = browserSession.send('Target.sendMessageToTarget', { sessionId, message });
    return Promise.all([sent, answer]).then(([, result]) => result);
  };
  try {
    await call(1, 'HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize = 0 } = await call(2, 'Runtime.getHeapUsage');
    return usedSize + backingStorageSize;
  } finally {
    await browserSession.send('Target.detachFromTarget', { sessionId });
  }
}

/** The page's own heap and ArrayBuffers, and every worker's it started. */
async function pageHeap(browserSession, pageSession) {
  await pageSession.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize = 0 } = await pageSession.send('Runtime.getHeapUsage');
  const { targetInfos } = await browserSession.send('Target.getTargets');
  let total = usedSize + backingStorageSize;
  for (const { type, targetId } of targetInfos) {
    if (type === 'worker') total += await workerHeap(browserSession, targetId).catch(() => 0);
  }
  return total;
}

/** Samples the held memory while `run` goes; answers the peak above the start. */
async function peakGrowthDuring(sample, run) {
  const start = await sample();
  let peak = start;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await sample().catch(() => peak));
      // Each sample collects garbage in the page and the worker, which slows what is measured.
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  try {
    return { result: await run(), growthBytes: () => peak - start };
  } finally {
    sampling = false;
    await sampler;
  }
}

/** Decompresses the file chosen in `selector` to its end and answers the time it took. */
const DECOMPRESS_ONLY = async (selector) => {
  const file = document.querySelector(selector).files[0];
  const started = performance.now();
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  for (;;) {
    const { done } = await reader.read();
    if (done) break;
  }
  return performance.now() - started;
};

/** Times from the archive's `change` event until the check's new result is on screen. */
const ARM_CHECK_TIMER = (input, name) => {
  window.__modelCheck = new Promise((resolve) => {
    const isDone = () =>
      document.querySelector(`[data-testid="model-check"][aria-label="Model check of ${name}"]`);
    const timeCheck = () => {
      const started = performance.now();
      // A result already on screen is the last check's, until the new one starts reading.
      let isReading = !isDone();
      new MutationObserver((_, observer) => {
        isReading ||= !isDone();
        if (!isReading || !isDone()) return;
        observer.disconnect();
        resolve(performance.now() - started);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    };
    input.addEventListener('change', timeCheck, { capture: true, once: true });
  });
};

/** Rejects after `ms`, naming what did not end; `clear` stops the clock. */
function deadline(ms, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not end in ${ms / 1000} s`)), ms);
  });
  return { expired, clear: () => clearTimeout(timer) };
}

/**
 * One measurement of each, in a fresh context: the browser decompressing the archive and
 * nothing else, then the app's check of it; then both again for the memory each one holds.
 * Closing the context at the time limit ends whatever page call was still waiting.
 */
export async function measureModelCheck(browser, url, archivePath) {
  const browserSession = await browser.newBrowserCDPSession();
  const context = await browser.newContext();
  const limit = deadline(MEASURE_LIMIT_MS, 'the model check');
  const measuring = checkAndDecompress(browserSession, context, url, archivePath);
  try {
    return await Promise.race([measuring, limit.expired]);
  } finally {
    limit.clear();
    measuring.catch(() => {});
    await context.close();
    await browserSession.detach();
  }
}

async function checkAndDecompress(browserSession, context, url, archivePath) {
  const page = await context.newPage();
  await page.goto(url);
  const archiveInput = page.getByLabel('Model archive');
  await archiveInput.waitFor();
  await page.evaluate(() => {
    const floorInput = document.createElement('input');
    floorInput.type = 'file';
    floorInput.id = 'bench-floor-input';
    floorInput.hidden = true;
    document.body.append(floorInput);
  });
  await page.setInputFiles('#bench-floor-input', archivePath);
  const pageSession = await context.newCDPSession(page);
  const sample = () => pageHeap(browserSession, pageSession);
  const name = archivePath.split('/').pop();
  const decompress = () => page.evaluate(DECOMPRESS_ONLY, '#bench-floor-input');
  const runCheck = async () => {
    await archiveInput.evaluate(ARM_CHECK_TIMER, name);
    await archiveInput.setInputFiles(archivePath);
    return page.evaluate(() => window.__modelCheck);
  };
  // Timed without sampling, which forces collections and would slow both down.
  const decompressMs = await decompress();
  const checkMs = await runCheck();
  const floorHeld = await peakGrowthDuring(sample, decompress);
  const checkHeld = await peakGrowthDuring(sample, runCheck);
  return {
    decompressMs,
    checkMs,
    decompressHeldMiB: floorHeld.growthBytes() / MIB,
    checkHeldMiB: checkHeld.growthBytes() / MIB,
  };
}
