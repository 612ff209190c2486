import { expect, test, type Page } from '@playwright/test';
import { previewText, shareLink } from './support/share-link';
import { withoutEmbeddedCatalogue } from './support/without-embedded-catalogue';

const config = {
  S3OutputLocation: 's3://my-bucket/compiled',
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53"}',
};

/** Makes requests for matching files fail until the returned function is called. */
async function failRequests(page: Page, pattern: string) {
  let isFailing = true;
  await page.route(pattern, (route) => (isFailing ? route.abort('failed') : route.continue()));
  return () => {
    isFailing = false;
  };
}

test('the import dialog that cannot load says so, keeps the configuration and loads on Retry', async ({
  page,
}) => {
  const restore = await failRequests(page, '**/assets/import-dialog-*.js');
  await page.goto(shareLink(config));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));

  await page.getByRole('button', { name: 'Import JSON' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Could not load the import dialog. Check your connection and retry; your configuration is unchanged.',
  );
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));
  await expect(page.getByRole('button', { name: 'Copy JSON' })).toBeEnabled();

  restore();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('dialog', { name: 'Import JSON' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('without the combobox code an option is a plain text field that still edits', async ({
  page,
}) => {
  await failRequests(page, '**/assets/option-combobox-*.js');
  await page.goto(shareLink(config));
  const gpuCode = page.getByRole('textbox', { name: /gpu-code$/ });
  await expect(gpuCode).toHaveValue('sm_53');
  await gpuCode.fill('sm_72');
  await expect(page.getByTestId('json-preview')).toContainText('{\\"gpu-code\\":\\"sm_72\\"}');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a catalogue that cannot load says why, offers Retry and keeps the configuration', async ({
  page,
}) => {
  let isDown = true;
  await withoutEmbeddedCatalogue(page);
  await page.route('**/catalogue.json', (route) =>
    isDown ? route.fulfill({ status: 503 }) : route.continue(),
  );
  await page.goto(shareLink(config));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The device catalogue could not be loaded.');
  await expect(alert).toContainText('the server answered HTTP 503');
  await expect(page.getByText(/The device catalogue did not load/)).toBeVisible();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));

  isDown = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('listbox', { name: 'Devices' }).getByRole('option')).toHaveCount(37);
  await expect(page.getByRole('combobox', { name: /gpu-code$/ })).toHaveValue('sm_53');
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));
});

/**
 * A bug stands in: the expanded CompilerOptions view formats the options object with
 * JSON.stringify, which now throws for that object (and only for it, so URL writes still work).
 */
async function breakExpandedView(page: Page) {
  await page.evaluate(() => {
    const stringify = JSON.stringify;
    JSON.stringify = ((value: unknown, ...rest: []) => {
      if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'gpu-code')) {
        throw new Error('Simulated rendering bug');
      }
      return stringify(value, ...rest);
    }) as typeof JSON.stringify;
  });
  // The expanded view is always shown now (issue 12 §7): a round trip through the Platform tab
  // makes it render the options object again. Anything else that re-renders it (a late render
  // of a page that has just reloaded) may crash the page first, so each tab is clicked only if
  // it is still there, rather than waited for.
  const alert = page.getByRole('alert');
  await page.evaluate(() => document.getElementById('tab-platform')?.click());
  await expect(page.getByRole('tab', { name: 'Platform', selected: true }).or(alert)).toBeVisible();
  await page.evaluate(() => document.getElementById('tab-device')?.click());
}

test('a render error shows a way out; Reload keeps the configuration, Start over clears it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(shareLink(config));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(config));
  // Typed just before the crash: the URL may not have caught up yet, and must not lose it.
  await page.getByLabel(/KmsKeyId/).fill('alias/Kept');
  const edited = { ...config, KmsKeyId: 'alias/Kept' };

  await breakExpandedView(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong while showing this configuration');
  await expect(alert).toContainText('Simulated rendering bug');
  await expect(alert).toContainText('Your configuration is kept in the page address');
  await expect(page).toHaveURL(/#config=/);

  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(edited));

  await breakExpandedView(page);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByTestId('json-preview')).toHaveText('{}');
  expect(new URL(page.url()).hash).toBe('');
  expect(errors).toEqual([]);
});
