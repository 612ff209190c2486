/**
 * A failed compilation job (SPEC §10, §5.11): import its DescribeCompilationJob response, read
 * why it failed in `failure-explained`, apply the fix, copy a snippet that carries it. One
 * example per group of the catalogue, a FailureReason pasted on its own, an unrecognised one,
 * and axe on the explained state in light and dark.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { FACT_SHEET_REASONS } from '../src/testing/failure-reasons';
import { seriousAxeViolations } from './support/axe';
import { previewText, shareLink } from './support/share-link';

const reason = (id: string) => FACT_SHEET_REASONS.find((entry) => entry.id === id)!.text;

const start = { S3OutputLocation: 's3://bucket/current', TargetDevice: 'ml_c5' };

type Input = Record<string, string>;

/** A FAILED DescribeCompilationJob response as the AWS CLI prints it. */
function failedResponse(
  failureReason: string,
  input: Input,
  extra: { TargetDevice?: string; StoppingCondition?: object } = {},
) {
  return JSON.stringify(
    {
      CompilationJobName: 'resnet-job',
      CompilationJobArn: 'arn:aws:sagemaker:us-east-1:111122223333:compilation-job/resnet-job',
      CompilationJobStatus: 'FAILED',
      FailureReason: failureReason,
      CreationTime: '2024-05-01T10:00:00Z',
      RoleArn: 'arn:aws:iam::111122223333:role/service-role/SageMakerRole',
      InputConfig: { S3Uri: 's3://my-models/model.tar.gz', Framework: 'PYTORCH', ...input },
      OutputConfig: {
        S3OutputLocation: 's3://my-models/compiled',
        TargetDevice: extra.TargetDevice ?? 'ml_c5',
      },
      StoppingCondition: extra.StoppingCondition ?? { MaxRuntimeInSeconds: 900 },
    },
    null,
    2,
  );
}

async function openPage(page: Page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(shareLink(start));
  // The first state after load: on a shared, busy machine hydration can take a while.
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(start), {
    timeout: 20_000,
  });
}

async function importText(page: Page, text: string) {
  await page.getByRole('button', { name: 'Import JSON' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import JSON' });
  await dialog.getByLabel('JSON to import').fill(text);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  return page.getByTestId('failure-explained');
}

const requestPreview = (page: Page) => page.getByTestId('request-preview');

/** Copies the AWS CLI snippet; the confirmation says it has no error. */
async function copyCli(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
  // "— has N errors" would follow the sentence if the request or the OutputConfig had one.
  await expect(
    page.getByRole('status').filter({ hasText: /^✓ Copied the AWS CLI command\.$/ }),
  ).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

// The machine running the suite may be busy: each test imports and waits for several states.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => openPage(page));

test('input configuration: a Keras shape in NHWC is reordered to NCHW, with a new job name', async ({
  page,
}) => {
  const text = reason('keras-shape-nchw');
  const explained = await importText(
    page,
    failedResponse(text, { Framework: 'KERAS', DataInputConfig: '{"input_1":[1,224,224,3]}' }),
  );
  await expect(explained).toContainText(text);
  await expect(explained).toContainText('Keras input shape not in NCHW order');
  await expect(explained).toContainText('input_1');
  await expect(
    explained.getByRole('link', { name: /Troubleshoot Neo compilation errors/ }),
  ).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/neo-troubleshooting-compilation.html',
  );
  // The field named by API name leads to its input.
  await explained.getByRole('button', { name: 'Go to InputConfig.DataInputConfig' }).click();
  await expect(page.locator('#field-InputConfig-DataInputConfig')).toBeFocused();

  await explained.getByRole('button', { name: /^Reorder DataInputConfig to NCHW/ }).click();
  await expect(page.locator('#field-InputConfig-DataInputConfig')).toHaveValue(
    '{"input_1":[1,3,224,224]}',
  );
  await expect(requestPreview(page)).toContainText(
    '"DataInputConfig": "{\\"input_1\\":[1,3,224,224]}"',
  );
  await expect(explained.getByRole('button', { name: /^Reorder DataInputConfig/ })).toBeHidden();

  await expect(explained).toContainText('still holds the failed job’s name');
  await explained
    .getByRole('button', { name: 'Use a new CompilationJobName: resnet-job-2' })
    .click();
  await expect(page.getByLabel(/CompilationJobName/)).toHaveValue('resnet-job-2');
  await expect(
    explained.getByRole('button', { name: /Use a new CompilationJobName/ }),
  ).toBeHidden();

  const cli = await copyCli(page);
  expect(cli).toContain('resnet-job-2');
  expect(cli).toContain('[1,3,224,224]');
  expect(cli).not.toContain('[1,224,224,3]');
});

test('input configuration: with the archive checked, the fix is the model’s own input; Undo takes it back', async ({
  page,
}) => {
  await page
    .getByLabel('Model archive')
    .setInputFiles(
      fileURLToPath(new URL('../src/testing/model-fixtures/keras.tar.gz', import.meta.url)),
    );
  await expect(page.getByTestId('model-check')).toContainText('input_1');
  const explained = await importText(
    page,
    failedResponse(reason('keras-shape-nchw'), {
      Framework: 'KERAS',
      DataInputConfig: '{"input_1":[1,224,224,3]}',
    }),
  );
  await expect(explained).toContainText('From the model check of keras.tar.gz:');
  await expect(explained).toContainText(
    'model.h5 has one input: input_1 [batch, 32, 32, 3] (NHWC).',
  );
  await explained
    .getByRole('button', { name: 'Use the model’s inputs: {"input_1":[1,3,32,32]}' })
    .click();
  const dataInput = page.locator('#field-InputConfig-DataInputConfig');
  await expect(dataInput).toHaveValue('{"input_1":[1,3,32,32]}');
  await expect(requestPreview(page)).toContainText(
    '"DataInputConfig": "{\\"input_1\\":[1,3,32,32]}"',
  );

  await page.getByRole('button', { name: 'Undo fix' }).click();
  await expect(dataInput).toHaveValue('{"input_1":[1,224,224,3]}');
  await expect(requestPreview(page)).toContainText(
    '"DataInputConfig": "{\\"input_1\\":[1,224,224,3]}"',
  );
  await expect(explained.getByRole('button', { name: /^Use the model’s inputs/ })).toBeVisible();
});

test('archive layout: a bare model file is pointed at a .tar.gz', async ({ page }) => {
  const explained = await importText(
    page,
    failedResponse(reason('not-a-tar-gz'), {
      S3Uri: 's3://my-models/resnet/model.pth',
      DataInputConfig: '{"input0":[1,3,224,224]}',
    }),
  );
  await expect(explained).toContainText('The model is not a gzip-compressed tar archive');
  await explained.getByRole('button', { name: 'Point S3Uri at "model.tar.gz"' }).click();
  await expect(page.locator('#field-InputConfig-S3Uri')).toHaveValue(
    's3://my-models/resnet/model.tar.gz',
  );
  const cli = await copyCli(page);
  expect(cli).toContain('s3://my-models/resnet/model.tar.gz');
  expect(cli).not.toContain('model.pth');
});

test('framework and version: a too-new PyTorch file on ml_inf1 gets a documented FrameworkVersion', async ({
  page,
}) => {
  const explained = await importText(
    page,
    failedResponse(
      reason('pytorch-file-too-new'),
      { FrameworkVersion: '1.13', DataInputConfig: '{"input0":[1,3,224,224]}' },
      { TargetDevice: 'ml_inf1' },
    ),
  );
  await expect(explained).toContainText('PyTorch file saved by a newer PyTorch');
  await expect(explained).toContainText('10');
  await explained.getByRole('button', { name: 'Set FrameworkVersion to 1.9' }).click();
  await expect(page.locator('#field-InputConfig-FrameworkVersion')).toHaveValue('1.9');
  const cli = await copyCli(page);
  expect(cli).toContain('"FrameworkVersion":"1.9"');
});

test('framework and version: a FrameworkVersion the target rejects is removed', async ({
  page,
}) => {
  const explained = await importText(
    page,
    failedResponse(
      reason('version-field-rejected'),
      { FrameworkVersion: '1.8', DataInputConfig: '{"input0":[1,3,224,224]}' },
      { TargetDevice: 'ml_inf1' },
    ),
  );
  await explained.getByRole('button', { name: 'Remove FrameworkVersion' }).click();
  await expect(page.locator('#field-InputConfig-FrameworkVersion')).toHaveValue('');
  await expect(requestPreview(page)).not.toContainText('FrameworkVersion');
  expect(await copyCli(page)).not.toContain('FrameworkVersion');
});

test('operators: an operator Neo does not implement says what to change, with no request fix', async ({
  page,
}) => {
  const explained = await importText(
    page,
    failedResponse(reason('operator-errors'), {
      Framework: 'MXNET',
      DataInputConfig: '{"data":[1,3,224,224]}',
    }),
  );
  await expect(explained).toContainText('Operator or attribute not supported');
  await expect(explained).toContainText('This is not a request setting');
  await expect(explained).toContainText('OperatorNotImplemented');
  // The only fix offered is the new job name.
  await expect(explained.getByRole('button', { name: /^(Reorder|Set|Remove|Point)/ })).toHaveCount(
    0,
  );
  await explained.getByRole('button', { name: /Use a new CompilationJobName/ }).click();
  expect(await copyCli(page)).toContain('resnet-job-2');
});

test('output and target: a job that timed out gets a longer MaxRuntimeInSeconds', async ({
  page,
}) => {
  const explained = await importText(
    page,
    failedResponse(
      reason('timeout'),
      { DataInputConfig: '{"input0":[1,3,224,224]}' },
      { StoppingCondition: { MaxRuntimeInSeconds: 300 } },
    ),
  );
  await expect(explained).toContainText('The job ran out of time');
  await explained.getByRole('button', { name: 'Set MaxRuntimeInSeconds to 900' }).click();
  await expect(page.locator('#field-StoppingCondition-MaxRuntimeInSeconds')).toHaveValue('900');
  expect(await copyCli(page)).toContain('"MaxRuntimeInSeconds":900');
});

test('permissions and S3: a bucket in another Region says where to change it', async ({ page }) => {
  const explained = await importText(
    page,
    failedResponse(reason('bucket-other-region'), { DataInputConfig: '{"input0":[1,3,224,224]}' }),
  );
  await expect(explained).toContainText('The bucket is in another Region');
  await expect(explained).toContainText('us-west-2');
  await explained.getByRole('button', { name: 'Go to OutputConfig.S3OutputLocation' }).click();
  await expect(page.getByLabel(/S3OutputLocation/).first()).toBeFocused();
});

test('service side: an internal server error points at the inputs and a retry', async ({
  page,
}) => {
  const explained = await importText(
    page,
    failedResponse(reason('internal-server-error'), {
      DataInputConfig: '{"input0":[1,3,null,null]}',
    }),
  );
  await expect(explained).toContainText('Internal server error');
  await expect(explained).toContainText('no null or -1');
});

test('a FailureReason pasted on its own is explained and changes nothing', async ({ page }) => {
  const explained = await importText(page, reason('mxnet-no-symbol'));
  await expect(explained).toContainText('No MXNet -symbol.json in the archive');
  await expect(page.getByTestId('json-preview')).toHaveText(previewText(start));
});

test('an unrecognised FailureReason is said to be unrecognised, with the general checks', async ({
  page,
}) => {
  const explained = await importText(
    page,
    failedResponse('ClientError: InputConfiguration: The flux capacitor is misaligned.', {}),
  );
  await expect(explained).toContainText('Unrecognised');
  await expect(explained).toContainText('no cause is guessed');
  await expect(explained).toContainText('The flux capacitor is misaligned.');
  await expect(explained.getByRole('listitem').first()).toContainText('InputConfig.Framework');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: the explained failure has no serious axe violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const explained = await importText(
      page,
      failedResponse(`${reason('keras-shape-nchw')}\n${reason('internal-server-error')}`, {
        Framework: 'KERAS',
        DataInputConfig: '{"input_1":[1,224,224,3]}',
      }),
    );
    await expect(explained).toContainText('2 recognised causes');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) {
      for (const width of [1440, 390]) {
        await page.setViewportSize({ width, height: 1000 });
        await explained.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${dir}/failure-${colorScheme}-${width}.png` });
        await explained.screenshot({ path: `${dir}/failure-${colorScheme}-${width}-panel.png` });
      }
    }
  });
}
