/**
 * Issue 21 §8, what a new user looked for and did not find: the problems summary keeps every
 * fix button in reach, the search knows board names, the whole request downloads as a
 * --cli-input-json file, and the sources are linked with the catalogue's date.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { deviceList, S3, summary } from './support/configurator';
import { shareLink } from './support/share-link';

/** Slips and mismatches enough for a long list, most with a one-click fix. */
const MANY_PROBLEMS = {
  S3OutputLocation: 's3://My_Bucket/x',
  TargetDevice: 'jetson_nano',
  CompilerOptions: JSON.stringify({
    gpu_code: 'sm_72',
    trt_ver: '7.1.3',
    cuda_ver: '10.2',
    DTYPE: 'int64',
    MCPU: 'cortex-a57',
    Mattr: ['+neon'],
    data_type: 'float16',
    ANDROID_PLATFORM: 29,
  }),
  KmsKeyId: 'not a key',
  Unknown: 1,
};

for (const width of [1440, 390]) {
  test(`at ${width} px the summary clips none of its fix buttons`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(shareLink(MANY_PROBLEMS));
    const items = summary(page).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    const fixes = summary(page).locator('li button:nth-of-type(n+2)');
    expect(await fixes.count()).toBeGreaterThanOrEqual(5);
    // Nothing inside the summary scrolls on its own: the page or the column does.
    const clipping = await summary(page).evaluate((section) =>
      [section, ...section.querySelectorAll('*')]
        .filter((element) => {
          const { overflowX, overflowY } = getComputedStyle(element);
          return (
            (overflowY !== 'visible' && element.scrollHeight > element.clientHeight + 1) ||
            (overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1)
          );
        })
        .map((element) => `${element.tagName} ${element.className}`),
    );
    expect(clipping).toEqual([]);
    // Nor does a long message (an address) push the list wider than the summary.
    expect(
      await summary(page).evaluate((section) => section.scrollWidth - section.clientWidth),
    ).toBe(0);
    for (const fix of await fixes.all()) {
      await fix.scrollIntoViewIfNeeded();
      await expect(fix).toBeInViewport({ ratio: 1 });
    }
  });
}

test('the search finds a board by the name detection knows, and sends Orin to Platform', async ({
  page,
}) => {
  await page.goto('./');
  const search = page.getByLabel('Search devices');
  await search.fill('xavier nx');
  await expect(deviceList(page).getByRole('option')).toHaveCount(1);
  await expect(page.getByText(/^Jetson Xavier NX is listed as jetson_xavier/)).toBeVisible();

  await search.fill('sm_87');
  await expect(
    page.getByText('Jetson Orin has no TargetDevice in Neo.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Go to the Platform tab' }).click();
  await expect(page.getByRole('tab', { name: 'Platform' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('Download request JSON saves the whole request the AWS CLI reads', async ({ page }) => {
  const config = {
    S3OutputLocation: S3,
    TargetDevice: 'ml_inf2',
    CompilerOptions: '"--verbose 1"',
  };
  await page.goto(shareLink(config));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download request JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('request-ml_inf2.json');
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<
    string,
    unknown
  >;
  expect(Object.keys(saved)).toEqual([
    'CompilationJobName',
    'RoleArn',
    'InputConfig',
    'OutputConfig',
    'StoppingCondition',
  ]);
  expect(saved.OutputConfig).toEqual(config);
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded request-ml_inf2.json' }),
  ).toBeVisible();
  await expect(page.getByText(/^Before running it:/)).toContainText(
    'file://request-ml_inf2.json --region us-east-2',
  );
});

test('the sources are linked, each in a new tab, with the catalogue’s date', async ({ page }) => {
  await page.goto('./');
  const footer = page.getByRole('contentinfo');
  const link = footer.getByRole('link', { name: /CreateCompilationJob API reference/ });
  await expect(link).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCompilationJob.html',
  );
  for (const name of [/Neo supported devices/, /neuronx-cc compiler reference/]) {
    await expect(footer.getByRole('link', { name })).toHaveAttribute('target', '_blank');
  }
  for (const each of await footer.getByRole('link').all()) {
    await expect(each).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expect(footer).toContainText('Device catalogue: 37 devices, last checked 2026-08-07');
});
