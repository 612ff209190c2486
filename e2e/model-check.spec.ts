/**
 * SPEC 5.10 and §9: a model archive chosen in the Request part is read in the page (a worker,
 * gzip through DecompressionStream), never sent: the check shows the Framework by API name,
 * each input with its shape, each problem; "Use these inputs" alone writes DataInputConfig
 * (and Framework when empty) into the request preview, and Undo takes it back.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect as baseExpect, test, type Page, type Request } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../src/testing/model-fixtures/${name}`, import.meta.url));
// Outside test-results/, which each run empties, so the screens can be looked at afterwards.
const SHOTS = join(tmpdir(), 'model-check-screens/');

// A busy two-core machine: the Request part, the worker and axe each take seconds there.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const modelArchive = (page: Page) => page.getByLabel('Model archive');
const modelCheck = (page: Page) => page.getByTestId('model-check');
const requestPreview = (page: Page) => page.getByTestId('request-preview');

/** Opens the page and waits until the Request part (loaded after the first screen) is there. */
async function openRequest(page: Page): Promise<Request[]> {
  await page.goto('/');
  await expect(modelArchive(page)).toBeVisible();
  const requests: Request[] = [];
  // The browser's own favicon fetch is not the page's doing.
  page.on('request', (request) => {
    if (!request.url().endsWith('/favicon.png')) requests.push(request);
  });
  return requests;
}

/** What the request preview holds as InputConfig. */
async function inputConfig(page: Page): Promise<Record<string, unknown> | undefined> {
  const request = JSON.parse((await requestPreview(page).textContent()) ?? '{}') as {
    InputConfig?: Record<string, unknown>;
  };
  return request.InputConfig;
}

const CASES = [
  {
    file: 'onnx.tar.gz',
    framework: 'ONNX',
    input: 'input.1',
    shape: '[batch, 3, 8, 8]',
    data: '{"input.1":[1,3,8,8]}',
  },
  {
    file: 'keras.tar.gz',
    framework: 'KERAS',
    input: 'input_1',
    shape: '[batch, 32, 32, 3]',
    data: '{"input_1":[1,3,32,32]}',
  },
  {
    file: 'tflite.tar.gz',
    framework: 'TFLITE',
    input: 'serving_default_input:0',
    shape: '[dimension 0, 96, 96, 3]',
    data: '{"serving_default_input:0":[1,96,96,3]}',
  },
  {
    file: 'savedmodel.tar.gz',
    framework: 'TENSORFLOW',
    input: 'input_1',
    shape: '[dimension 0, 64, 64, 3]',
    data: '{"input_1":[1,64,64,3]}',
  },
  {
    file: 'darknet.tar.gz',
    framework: 'DARKNET',
    input: 'data',
    shape: '[batch, 3, 416, 416]',
    data: '{"data":[1,3,416,416]}',
  },
] as const;

for (const { file, framework, input, shape, data } of CASES) {
  test(`${file}: ${framework} with ${input} ${shape}; Use these inputs writes ${data}`, async ({
    page,
  }) => {
    const requests = await openRequest(page);
    await modelArchive(page).setInputFiles(fixture(file));
    await expect(modelCheck(page)).toContainText(`Framework: ${framework}`);
    await expect(modelCheck(page)).toContainText(`${input} ${shape}`);
    await expect(modelCheck(page)).toContainText('None found');
    // Nothing is applied before the click.
    expect(await inputConfig(page)).toBeUndefined();
    await page.getByRole('button', { name: 'Use these inputs' }).click();
    await expect
      .poll(() => inputConfig(page))
      .toEqual({ DataInputConfig: data, Framework: framework });
    // The file never left the page: after the page loaded, the only requests are GETs, with no
    // body, of the app's own scripts from its own origin (the worker, code loaded at idle).
    const origin = new URL(page.url()).origin;
    const sent = requests.map((request) => ({
      method: request.method(),
      body: request.postData(),
      isOwnScript: request.url().startsWith(`${origin}/assets/`) && request.url().endsWith('.js'),
    }));
    expect(
      sent.filter(
        (request) => request.method !== 'GET' || request.body !== null || !request.isOwnScript,
      ),
    ).toEqual([]);
    expect(
      requests.map((request) => request.url()).filter((url) => url.includes('model-check.worker')),
    ).toHaveLength(1);
  });
}

test('MXNet: the data variable, not weights or labels; its unknown shape is asked, never guessed', async ({
  page,
}) => {
  await openRequest(page);
  await modelArchive(page).setInputFiles(fixture('mxnet.tar.gz'));
  await expect(modelCheck(page)).toContainText('Framework: MXNET');
  await expect(modelCheck(page)).toContainText('data no shape in the file');
  await expect(modelCheck(page)).not.toContainText('conv0_weight');
  const use = page.getByRole('button', { name: 'Use these inputs' });
  await expect(use).toBeDisabled();
  await page.getByRole('textbox', { name: 'Shape of data (NCHW)' }).fill('1, 3, 224, 224');
  await use.click();
  await expect
    .poll(() => inputConfig(page))
    .toEqual({ DataInputConfig: '{"data":[1,3,224,224]}', Framework: 'MXNET' });
});

test('a state_dict is named as weights with the trace-and-save fix, and nothing can be applied', async ({
  page,
}) => {
  await openRequest(page);
  await modelArchive(page).setInputFiles(fixture('pytorch-state-dict.tar.gz'));
  await expect(modelCheck(page)).toContainText('Framework: PYTORCH');
  await expect(modelCheck(page)).toContainText('is a state_dict');
  await expect(modelCheck(page)).toContainText('torch.jit.save(torch.jit.trace(model');
  await expect(page.getByRole('button', { name: 'Use these inputs' })).toHaveCount(0);
});

test('Framework is set only when empty; Undo puts the request back; a wrong name is cross-checked', async ({
  page,
}) => {
  await openRequest(page);
  await page.getByRole('combobox', { name: /InputConfig\.Framework$/ }).selectOption('PYTORCH');
  await page.getByRole('textbox', { name: /DataInputConfig/ }).fill('{"input":[1,3,8,8]}');
  await modelArchive(page).setInputFiles(fixture('onnx.tar.gz'));
  await expect(modelCheck(page)).toContainText(
    "Framework is PYTORCH, but the archive's model is ONNX",
  );
  await expect(modelCheck(page)).toContainText('names input, which the model has no input called');
  await page.getByRole('button', { name: 'Use these inputs' }).click();
  await expect
    .poll(() => inputConfig(page))
    .toEqual({ DataInputConfig: '{"input.1":[1,3,8,8]}', Framework: 'PYTORCH' });
  await page.getByRole('button', { name: "Undo the model's inputs" }).click();
  await expect
    .poll(() => inputConfig(page))
    .toEqual({ DataInputConfig: '{"input":[1,3,8,8]}', Framework: 'PYTORCH' });
  await page.getByRole('button', { name: 'Set Framework to ONNX' }).click();
  await expect.poll(() => inputConfig(page)).toMatchObject({ Framework: 'ONNX' });
});

for (const [file, as, message] of [
  ['random.bin', 'model.tar.gz', 'model.tar.gz is not a gzip tar archive'],
  ['truncated.tar.gz', 'truncated.tar.gz', 'truncated or damaged'],
] as const) {
  test(`${as} (${file}) gives a clear message and changes nothing`, async ({ page }) => {
    await openRequest(page);
    const before = await requestPreview(page).textContent();
    const { readFileSync } = await import('node:fs');
    await modelArchive(page).setInputFiles({
      name: as,
      mimeType: 'application/gzip',
      buffer: readFileSync(fixture(file)),
    });
    await expect(modelCheck(page).getByRole('alert')).toContainText(message);
    await expect(modelCheck(page)).toContainText('Nothing in the request changed.');
    await expect(page.getByRole('button', { name: 'Use these inputs' })).toHaveCount(0);
    expect(await requestPreview(page).textContent()).toBe(before);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: the model check has no serious axe violation; screenshots at 1440 and 390 px`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openRequest(page);
    await page.getByRole('combobox', { name: /InputConfig\.Framework$/ }).selectOption('PYTORCH');
    await modelArchive(page).setInputFiles(fixture('onnx-two-files.tar.gz'));
    await expect(modelCheck(page)).toContainText('Neo takes exactly one');
    expect(await seriousAxeViolations(page)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await modelCheck(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}${colorScheme}-${width}.png` });
    }
    await modelArchive(page).setInputFiles(fixture('keras.tar.gz'));
    await expect(modelCheck(page)).toContainText('Framework: KERAS');
    await page.getByRole('button', { name: 'Use these inputs' }).click();
    await expect(page.getByRole('button', { name: "Undo the model's inputs" })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await modelCheck(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}${colorScheme}-390-applied.png` });
  });
}

/** A ustar header for one member (POSIX.1-1988 layout). */
function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  const sum = header.reduce((total, byte) => total + byte, 0);
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

/** model.tar.gz with a 1 GiB member of zeros (about 1 MB once compressed). */
async function largeArchive(): Promise<Buffer> {
  const { createGzip } = await import('node:zlib');
  const gzip = createGzip({ level: 1 });
  const parts: Buffer[] = [];
  gzip.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const size = 2 ** 30;
  gzip.write(tarHeader('weights.bin', size));
  const zeros = Buffer.alloc(2 ** 20);
  for (let written = 0; written < size; written += zeros.length) gzip.write(zeros);
  gzip.end(Buffer.alloc(1024));
  await done;
  return Buffer.concat(parts);
}

test('a large archive shows progress and can be cancelled; nothing changes, and another file then reads', async ({
  page,
}) => {
  await openRequest(page);
  const before = await requestPreview(page).textContent();
  await modelArchive(page).setInputFiles({
    name: 'model.tar.gz',
    mimeType: 'application/gzip',
    buffer: await largeArchive(),
  });
  await expect(page.getByRole('progressbar', { name: 'Reading model.tar.gz' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText('Stopped reading model.tar.gz. Nothing in the request changed.'),
  ).toBeVisible();
  await expect(modelCheck(page)).toHaveCount(0);
  expect(await requestPreview(page).textContent()).toBe(before);
  await modelArchive(page).setInputFiles(fixture('onnx.tar.gz'));
  await expect(modelCheck(page)).toContainText('Framework: ONNX');
});
