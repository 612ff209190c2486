import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';
import { shareLink } from './support/share-link';
import { withoutEmbeddedCatalogue } from './support/without-embedded-catalogue';

const S3 = 's3://my-bucket/compiled';
const summary = (page: Page) => page.getByTestId('validation-summary');
const devices = (page: Page) => page.getByRole('listbox', { name: 'Devices' }).getByRole('option');

/** Each main state of the page, reached as a user would, ready for axe. */
const STATES: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'start',
    open: async (page) => {
      await page.goto('./');
      await expect(devices(page)).toHaveCount(37);
    },
  },
  {
    name: 'a device selected, its options filled, a warning with a fix',
    open: async (page) => {
      await page.goto(
        shareLink({
          S3OutputLocation: S3,
          TargetDevice: 'jetson_nano',
          CompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.0.6","cuda-ver":"10.0"}',
        }),
      );
      await expect(page.getByRole('combobox', { name: /gpu-code$/ })).toHaveValue('sm_72');
      await expect(page.getByRole('button', { name: /use sm_53/i }).first()).toBeVisible();
      await page.getByText(/^Notes from the catalogue/).click();
    },
  },
  {
    name: "a link's first view, before the app's entry has run",
    open: async (page) => {
      // Held for the rest of the test: the page stays on the link's first view.
      await page.route(/\/assets\/index-[^/]*\.js$/, () => new Promise<void>(() => {}));
      await page.goto(shareLink({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }), {
        waitUntil: 'commit',
      });
      await expect(page.getByTestId('json-preview')).toContainText('"TargetDevice": "ml_c5"');
    },
  },
  {
    name: 'platform mode with a preset and the NEON switch',
    open: async (page) => {
      await page.goto('./');
      await page.getByRole('tab', { name: 'Platform' }).click();
      await page.getByRole('button', { name: /Raspberry Pi 3/ }).click();
      await expect(page.getByRole('switch', { name: /NEON/ })).toBeVisible();
      await page.getByLabel(/^GPU or accelerator/).selectOption('MALI');
      await expect(page.getByTestId('platform-explanation')).toBeVisible();
    },
  },
  {
    name: 'errors shown from a link',
    open: async (page) => {
      await page.goto(
        shareLink({
          S3OutputLocation: 'ftp://bucket',
          TargetDevice: 'jetson_nano',
          TargetPlatform: { Os: 'linux', Arch: 'ARM64' },
          CompilerOptions: '{"gpu_code":"sm_53", "unknown": 1',
          KmsKeyId: 'not a key!',
        }),
      );
      await expect(summary(page)).toHaveText(/^\d+ errors/);
      await expect(page.getByLabel(/^All options as JSON/)).toBeVisible();
    },
  },
  {
    name: 'the import dialog open with a parse error',
    open: async (page) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'Import JSON' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import JSON' });
      await dialog.getByLabel('JSON to import').fill('{"S3OutputLocation": }');
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog.getByRole('alert')).toContainText('Line 1, column 22');
    },
  },
  {
    name: 'a link that could not be opened',
    open: async (page) => {
      await page.goto('./#config=not*base64');
      await expect(page.getByRole('alert')).toContainText('The link could not be opened:');
    },
  },
  {
    name: 'the catalogue failed to load',
    open: async (page) => {
      await withoutEmbeddedCatalogue(page);
      await page.route('**/catalogue.json', (route) => route.fulfill({ status: 503 }));
      await page.goto(shareLink({ S3OutputLocation: S3, TargetDevice: 'ml_c5' }));
      await expect(page.getByRole('alert')).toContainText(
        'The device catalogue could not be loaded.',
      );
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const state of STATES) {
    test(`${colorScheme}: ${state.name} has no serious axe violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await state.open(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}

test('with reduced motion nothing animates, not even the loading skeleton', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let releaseCatalogue = () => {};
  const held = new Promise<void>((resolve) => (releaseCatalogue = resolve));
  await page.route('**/catalogue.json', async (route) => {
    await held;
    await route.continue();
  });
  // The page carries its catalogue; without it, the app fetches it and shows a skeleton meanwhile.
  await withoutEmbeddedCatalogue(page);
  await page.goto(shareLink({ S3OutputLocation: S3 }));
  await expect(page.getByRole('status').filter({ hasText: 'Loading devices…' })).toBeVisible();
  const running = () =>
    page.evaluate(() =>
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running')
        .map((animation) => String((animation as CSSAnimation).animationName ?? 'transition')),
    );
  expect(await running()).toEqual([]);
  releaseCatalogue();
  await expect(devices(page)).toHaveCount(37);
  await devices(page).first().hover();
  expect(await running()).toEqual([]);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('a bad link is announced, and neither it nor the configuration on screen is lost', async ({
  page,
}) => {
  const badLink = './#config=eyJTM091dHB1dExvY2F0aW9uIjog';
  await page.goto(badLink);
  await expect(page.getByRole('alert')).toContainText(
    'The link could not be opened: The link’s configuration is not valid JSON',
  );
  // The address still holds the link as it came, to be fixed or reported.
  expect(page.url()).toContain('#config=eyJTM091dHB1dExvY2F0aW9uIjog');

  await page.getByLabel(/S3OutputLocation/).fill(S3);
  await expect(page).toHaveURL(/#config=/);
  const typed = page.url();
  await page.evaluate(() => {
    window.location.hash = 'config=%%%';
  });
  await expect(page.getByRole('alert')).toContainText('Your configuration is unchanged.');
  await expect(page.getByLabel(/S3OutputLocation/)).toHaveValue(S3);
  await expect(page).toHaveURL(typed);
});
