import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';
import { previewText, shareLink } from './support/share-link';

const current = { S3OutputLocation: 's3://bucket/current', TargetDevice: 'ml_c5' };

/** A DescribeCompilationJob response as the AWS CLI prints it, options in AWS's Python style. */
const describeResponse = JSON.stringify(
  {
    CompilationJobName: 'rasp3b-job',
    CompilationJobArn: 'arn:aws:sagemaker:us-west-2:111122223333:compilation-job/rasp3b-job',
    CompilationJobStatus: 'COMPLETED',
    CreationTime: '2024-05-01T10:00:00Z',
    RoleArn: 'arn:aws:iam::111122223333:role/service-role/SageMakerRole',
    InputConfig: {
      S3Uri: 's3://bucket/model.tar.gz',
      DataInputConfig: '{"data":[1,3,224,224]}',
      Framework: 'MXNET',
    },
    OutputConfig: {
      S3OutputLocation: 's3://bucket/compiled',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
      CompilerOptions: "{'mattr': ['+neon']}",
    },
    StoppingCondition: { MaxRuntimeInSeconds: 900 },
  },
  null,
  2,
);

const imported = {
  S3OutputLocation: 's3://bucket/compiled',
  TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
  CompilerOptions: '{"mattr":["+neon"]}',
};

async function openImport(page: Page) {
  await page.goto(shareLink(current));
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(current));
  await page.getByRole('button', { name: 'Import JSON' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import JSON' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a pasted DescribeCompilationJob response is imported, normalised and explained', async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog.getByLabel('JSON to import').fill(describeResponse);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(imported));
  const notice = page.getByRole('status').filter({ hasText: 'Imported the OutputConfig' });
  await expect(notice).toContainText('DescribeCompilationJob response');
  await expect(notice).toContainText(
    'CompilerOptions used Python-style quotes; it was converted to JSON: {"mattr":["+neon"]}',
  );
  await expect(page.getByRole('button', { name: 'Import JSON' })).toBeFocused();
  // The URL follows the import, so reload keeps it.
  await page.reload();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(imported));
});

test('Undo import restores the configuration from before', async ({ page }) => {
  const dialog = await openImport(page);
  await dialog.getByLabel('JSON to import').fill(describeResponse);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(imported));
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(current));
});

test('broken JSON shows its line and column and changes nothing', async ({ page }) => {
  const dialog = await openImport(page);
  // A missing comma (a trailing comma is now repaired with a notice, issue 12 §5).
  const broken = '{\n  "S3OutputLocation": "s3://bucket/new"\n  "TargetDevice": "coreml"\n}';
  await dialog.getByLabel('JSON to import').fill(broken);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(/^Line 3, column \d+: Not valid JSON/);
  await expect(dialog.getByLabel('JSON to import')).toHaveValue(broken);
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import JSON' })).toBeFocused();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(current));
});

test('a .json file can be chosen or dropped onto the dialog', async ({ page }) => {
  const dialog = await openImport(page);
  const file = { S3OutputLocation: 's3://bucket/from-file', TargetDevice: 'jetson_nano' };
  await dialog.getByLabel(/choose one/).setInputFiles({
    name: 'outputconfig.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(dialog.getByLabel('JSON to import')).toHaveValue(JSON.stringify(file));

  const dropped = {
    CompilationJobName: 'j',
    OutputConfig: { S3OutputLocation: 's3://bucket/dropped', TargetDevice: 'coreml' },
  };
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'request.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(dropped));
  await dialog.dispatchEvent('dragover', { dataTransfer });
  await dialog.dispatchEvent('drop', { dataTransfer });
  await expect(dialog.getByLabel('JSON to import')).toHaveValue(JSON.stringify(dropped));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(dropped.OutputConfig));
  await expect(
    page.getByRole('status').filter({ hasText: 'CreateCompilationJob request' }),
  ).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: the share bar, a copy failure, an import error and an import notice pass axe`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(() => {
      // No clipboard at all, so the copy failure and its text box show.
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      document.execCommand = () => false;
    });
    const dialog = await openImport(page);
    await dialog.getByLabel('JSON to import').fill('{"S3OutputLocation": }');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await dialog.getByLabel('JSON to import').fill(describeResponse);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await expect(page.getByRole('textbox', { name: 'JSON to copy' })).toHaveValue(
      previewText(imported),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}
