import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';
import { API_TARGET_DEVICES, deviceList, deviceOption } from './support/configurator';

const search = (page: Page) => page.getByLabel('Search devices');
async function useView(page: Page, view: 'Cards' | 'Table') {
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: view }).click();
  await expect(deviceList(page).getByRole('option').first()).toBeVisible();
}

/**
 * A keyboard alone selects every device: down from the search box into the list, then Enter
 * and ArrowDown through all 37 in the order the view shows them.
 */
async function selectEachByKeyboard(page: Page) {
  await search(page).focus();
  await page.keyboard.press('ArrowDown');
  const options = deviceList(page).getByRole('option');
  for (let index = 0; index < API_TARGET_DEVICES.length; index += 1) {
    // Enter selects the focused option only: its selection proves the focus got there.
    await page.keyboard.press('Enter');
    await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
  }
  await expect(deviceList(page).locator('[aria-selected="true"]')).toHaveCount(1);
}

for (const view of ['Cards', 'Table'] as const) {
  test.describe(`${view} view`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto('./');
      await useView(page, view);
    });

    test('ArrowDown from the search box goes into the results; arrows, Home, End move; Escape goes back', async ({
      page,
    }) => {
      await search(page).fill('jetson');
      await search(page).press('ArrowDown');
      await expect(deviceOption(page, 'jetson_tx1')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(deviceOption(page, 'jetson_tx2')).toBeFocused();
      await page.keyboard.press('End');
      await expect(deviceOption(page, 'jetson_xavier')).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(deviceOption(page, 'jetson_nano')).toBeFocused();
      await page.keyboard.press('Home');
      await expect(deviceOption(page, 'jetson_tx1')).toBeFocused();
      await page.keyboard.press(' ');
      await expect(deviceOption(page, 'jetson_tx1')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Escape');
      await expect(search(page)).toBeFocused();
    });

    test('Enter in the search box selects the one matching device', async ({ page }) => {
      await search(page).fill('ml_c5');
      await expect(deviceList(page).getByRole('option')).toHaveCount(1);
      await search(page).press('Enter');
      await expect(deviceOption(page, 'ml_c5')).toHaveAttribute('aria-selected', 'true');
      await expect(search(page)).toBeFocused();
    });
  });
}

test('a keyboard alone selects each of the 37 devices, in both views', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('./');
  await selectEachByKeyboard(page);
  await useView(page, 'Table');
  await selectEachByKeyboard(page);
  const names = await deviceList(page)
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => option.id.split('-').at(-1)));
  expect(names).toEqual(API_TARGET_DEVICES);
});

test('the table sorts by a column, follows the filters and is remembered across visits', async ({
  page,
}) => {
  await page.goto('./');
  await useView(page, 'Table');
  const gpu = page.getByRole('columnheader', { name: /GPU/ });
  await expect(gpu).not.toHaveAttribute('aria-sort', /ascending|descending/);
  await gpu.getByRole('button').click();
  await expect(gpu).toHaveAttribute('aria-sort', 'ascending');
  await expect(deviceList(page).getByRole('option').first()).toHaveAccessibleName(/ ml_p2$/);
  await gpu.getByRole('button').click();
  await expect(gpu).toHaveAttribute('aria-sort', 'descending');

  await page.getByLabel('Accelerator').selectOption('NVIDIA');
  await expect(deviceList(page).getByRole('option')).toHaveCount(7);

  await deviceOption(page, 'jetson_nano').click();
  await expect(deviceOption(page, 'jetson_nano')).toHaveAttribute('aria-selected', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('columnheader', { name: /API value/ })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('retired targets stay selectable and say why they are risky', async ({ page }) => {
  await page.goto('./');
  await useView(page, 'Table');
  const deeplens = deviceOption(page, 'deeplens');
  await expect(deeplens).toContainText('Ended 2024-01-31');
  await deeplens.click();
  await expect(deeplens).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByText(/AWS DeepLens reached end of life on 2024-01-31/).first(),
  ).toBeVisible();
  await expect(deviceOption(page, 'ml_p2')).toContainText(/Retiring/);
});
