/**
 * SPEC §5.7 and §8: the whole request is filled in the page, previewed, kept in the link, and
 * each of the three snippets, copied from the page, runs unchanged with the real client against
 * a local endpoint and sends exactly the request preview.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  runSnippetAgainst,
  startRecordingEndpoint,
  type RecordingEndpoint,
} from '../src/testing/snippets/recording-endpoint';
import {
  commandSucceeds,
  findPython,
  makeTempDir,
  removeDir,
} from '../src/testing/snippets/run-client';
import { previewText, shareLink } from './support/share-link';

const CONFIG = { S3OutputLocation: 's3://my-bucket/compiled/', TargetDevice: 'ml_c5' };
const REQUEST = {
  CompilationJobName: 'resnet50-ml-c5',
  RoleArn: 'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole',
  InputConfig: {
    S3Uri: 's3://my-bucket/models/resnet50.tar.gz',
    DataInputConfig: '{"input0":[1,3,224,224]}',
    Framework: 'PYTORCH',
    FrameworkVersion: '1.8',
  },
  OutputConfig: CONFIG,
  VpcConfig: { SecurityGroupIds: ['sg-0123456789abcdef0'], Subnets: ['subnet-0a1b2c3d'] },
  StoppingCondition: { MaxRuntimeInSeconds: 1800 },
  Tags: [{ Key: 'team', Value: 'vision' }],
};

const requestPreview = (page: Page) => page.getByTestId('request-preview');
const textbox = (page: Page, name: RegExp) => page.getByRole('textbox', { name });

async function openPage(browser: Browser, baseURL: string | undefined, path: string) {
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Fills every request field the way a user would, the shapes through the helper. */
async function fillRequest(page: Page) {
  await textbox(page, /CompilationJobName/).fill(REQUEST.CompilationJobName);
  await textbox(page, /RoleArn/).fill(REQUEST.RoleArn);
  await textbox(page, /S3Uri/).fill(REQUEST.InputConfig.S3Uri);
  await page.getByRole('combobox', { name: /InputConfig\.Framework$/ }).selectOption('PYTORCH');
  await textbox(page, /FrameworkVersion/).fill('1.8');
  await page.getByRole('textbox', { name: 'Input 1 name' }).fill('input0');
  await page.getByRole('textbox', { name: 'Input 1 dimensions' }).fill('1, 3, 224, 224');
  await expect(textbox(page, /DataInputConfig/)).toHaveValue('{"input0":[1,3,224,224]}');
  await textbox(page, /MaxRuntimeInSeconds/).fill('1800');
  await textbox(page, /SecurityGroupIds/).fill('sg-0123456789abcdef0');
  await textbox(page, /Subnets/).fill('subnet-0a1b2c3d');
  await textbox(page, /Tags/).fill('team=vision');
}

const python = findPython();
const SNIPPETS = [
  {
    button: 'Copy as AWS CLI',
    file: 'command.sh',
    available: commandSucceeds('aws', ['--version']),
    command: (file: string): [string, string[]] => ['bash', [file]],
  },
  {
    button: 'Copy as boto3',
    file: 'script.py',
    available: python !== undefined && commandSucceeds(python, ['-c', 'import boto3']),
    command: (file: string): [string, string[]] => [python ?? 'python3', [file]],
  },
  {
    button: 'Copy as SDK v3',
    file: 'module.mjs',
    available: true,
    command: (file: string): [string, string[]] => [process.execPath, [file]],
  },
];

test.describe('the complete request', () => {
  let endpoint: RecordingEndpoint;
  let dir = '';

  test.beforeAll(async () => {
    endpoint = await startRecordingEndpoint();
    // Inside the project so that `@aws-sdk/client-sagemaker` resolves from its node_modules.
    const cacheDir = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
    mkdirSync(cacheDir, { recursive: true });
    dir = makeTempDir('e2e-request-', cacheDir);
  });
  test.afterAll(async () => {
    await endpoint.close();
    removeDir(dir);
  });

  test('filled in the page, each copied snippet runs unchanged and sends the request preview', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const page = await openPage(browser, baseURL, shareLink(CONFIG));
    await fillRequest(page);
    await expect(requestPreview(page)).toHaveText(previewText(REQUEST));
    await expect(page.getByTestId('validation-summary')).toHaveText(/^Valid/);
    // Copy JSON still copies the OutputConfig alone (SPEC §5.2).
    await expect(page.getByTestId('json-preview')).toHaveText(previewText(CONFIG));

    for (const [index, snippet] of SNIPPETS.entries()) {
      if (!snippet.available) continue;
      await page.getByRole('button', { name: snippet.button }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).not.toContain('REPLACE');
      const file = join(dir, `${index}-${snippet.file}`);
      const { sent } = await runSnippetAgainst(endpoint, {
        file,
        text: copied,
        command: snippet.command(file),
      });
      expect(sent.body, snippet.button).toEqual(REQUEST);
    }

    // The request lives in the link (&request=), so a reload keeps it.
    await expect(page).toHaveURL(/#config=[\w-]+&request=[\w-]+/);
    await page.reload();
    await expect(requestPreview(page)).toHaveText(previewText(REQUEST));
    await page.context().close();
  });

  test('a problem in the request shows under its field and in the summary, with its fix', async ({
    page,
  }) => {
    await page.goto(shareLink(CONFIG));
    const name = textbox(page, /CompilationJobName/);
    await name.fill('my_model.v2');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    const summary = page.getByTestId('validation-summary');
    await expect(summary).toContainText('CompilationJobName');
    await summary.getByRole('button', { name: /CompilationJobName/ }).click();
    await expect(name).toBeFocused();
    await summary.getByRole('button', { name: 'Use "my-model-v2"' }).click();
    await expect(name).toHaveValue('my-model-v2');
  });
});

const requestLink = (payload: string) => `${shareLink(CONFIG)}&request=${payload}`;

const HOSTILE_REQUESTS: { name: string; payload: string; message?: RegExp }[] = [
  { name: 'invalid base64', payload: '%%%', message: /not valid base64url/ },
  {
    name: 'invalid JSON',
    payload: Buffer.from('{"RoleArn": ').toString('base64url'),
    message: /not valid JSON/,
  },
  {
    name: 'a JSON array',
    payload: Buffer.from('[1]').toString('base64url'),
    message: /must be a JSON object/,
  },
  {
    name: 'a __proto__ key',
    payload: Buffer.from('{"__proto__": {"x": 1}}').toString('base64url'),
    message: /not allowed/,
  },
  {
    name: 'markup, shown as text',
    payload: Buffer.from('{"CompilationJobName": "<img src=x onerror=alert(1)>"}').toString(
      'base64url',
    ),
  },
  { name: 'oversized', payload: 'A'.repeat(50_000), message: /over 32 KiB/ },
];

for (const { name, payload, message } of HOSTILE_REQUESTS) {
  test(`a hostile request= payload (${name}) leaves a working page`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    await page.goto(requestLink(payload));
    await expect(page.getByTestId('json-preview')).toHaveText(previewText(CONFIG));
    if (message) await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    else await expect(textbox(page, /CompilationJobName/)).toHaveValue(/<img src=x/);
    await textbox(page, /CompilationJobName/).fill('after-a-bad-link');
    await expect(requestPreview(page)).toContainText('"CompilationJobName": "after-a-bad-link"');
    expect(errors).toEqual([]);
  });
}
