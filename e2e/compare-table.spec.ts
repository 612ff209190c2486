import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './support/axe';
import { deviceList, deviceOption } from './support/configurator';

const table = (page: Page) => page.getByRole('table', { name: 'Compare devices' });
/** The box that scrolls the table both ways (its header stays on top, its Name column on the left). */
const scrollBox = (page: Page) => table(page).locator('xpath=..');
const search = (page: Page) => page.getByLabel('Search devices');

async function openTable(page: Page) {
  await page.goto('./');
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  await expect(deviceList(page).getByRole('option').first()).toBeVisible();
}

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the table has the page’s width and shows every column, none clipped', async ({ page }) => {
    // The accessibility scan of the whole page is slow on a busy two-core machine.
    test.setTimeout(120_000);
    await openTable(page);
    const headers = table(page).getByRole('columnheader');
    await expect(headers.last()).toHaveText(/Lifecycle/);
    const box = await scrollBox(page).evaluate((element) => {
      const { left, right } = element.getBoundingClientRect();
      return { left, right, overflow: element.scrollWidth - element.clientWidth };
    });
    expect(box.overflow).toBeLessThanOrEqual(0);
    expect(box.right - box.left).toBeGreaterThan(1300);
    for (const header of await headers.all()) {
      const cell = (await header.boundingBox())!;
      expect(cell.x).toBeGreaterThanOrEqual(box.left);
      expect(cell.x + cell.width).toBeLessThanOrEqual(box.right);
    }
    // Released included: the year the hardware came out, beside the date it entered the API.
    await expect(headers).toHaveCount(11);
    // The options and the preview still sit side by side, under the table.
    const options = page.getByRole('region', { name: 'Output and options' });
    const preview = page.getByRole('region', { name: 'OutputConfig', exact: true });
    const [optionsBox, previewBox] = [
      (await options.boundingBox())!,
      (await preview.boundingBox())!,
    ];
    expect(previewBox.y).toBe(optionsBox.y);
    expect(previewBox.x + previewBox.width).toBeCloseTo(box.right, -2);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('a click anywhere in a header cell sorts by it, and only that header carries aria-sort', async ({
    page,
  }) => {
    await openTable(page);
    const gpu = table(page).getByRole('columnheader', { name: /GPU/ });
    // The cell's far corner, away from its label.
    const cell = (await gpu.boundingBox())!;
    await gpu.click({ position: { x: cell.width - 3, y: cell.height - 3 } });
    await expect(gpu).toHaveAttribute('aria-sort', 'ascending');
    await expect(deviceList(page).getByRole('option').first()).toHaveAccessibleName(/ ml_p2$/);
    await expect(table(page).locator('[role="columnheader"][aria-sort]')).toHaveCount(1);
    const released = table(page).getByRole('columnheader', { name: /Released/ });
    await released.click({ position: { x: 3, y: 3 } });
    await expect(released).toHaveAttribute('aria-sort', 'ascending');
    await expect(gpu).not.toHaveAttribute('aria-sort');
    await expect(deviceList(page).getByRole('option').first()).toContainText('2015');
  });

  test('after a sort, Tab from the header enters at the top of the new order', async ({ page }) => {
    await openTable(page);
    await search(page).press('ArrowDown');
    await expect(deviceOption(page, 'lambda')).toBeFocused();
    // Back to the header row: the last header's sort button comes just before the rows.
    await page.keyboard.press('Shift+Tab');
    const lifecycleSort = table(page)
      .getByRole('columnheader', { name: /Lifecycle/ })
      .getByRole('button');
    await expect(lifecycleSort).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(table(page).getByRole('columnheader', { name: /Lifecycle/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const first = deviceList(page).getByRole('option').first();
    await expect(first).not.toHaveAccessibleName(/ lambda$/);
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
  });
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('← and → scroll the columns and keep the row; ↑ and ↓ move between rows', async ({
    page,
  }) => {
    await openTable(page);
    await search(page).press('ArrowDown');
    const lambda = deviceOption(page, 'lambda');
    await expect(lambda).toBeFocused();
    const scrollLeft = () => scrollBox(page).evaluate((element) => element.scrollLeft);
    expect(await scrollLeft()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(scrollLeft).toBeGreaterThan(100);
    await expect(lambda).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const further = await scrollLeft();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(scrollLeft).toBeLessThan(further);
    await expect(lambda).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(deviceOption(page, 'ml_m4')).toBeFocused();
  });

  test('the Name column stays on the left, opaque, with no gap for scrolled cells to show through', async ({
    page,
  }) => {
    await openTable(page);
    const row = deviceOption(page, 'ml_m4');
    const [name, apiValue] = [row.locator('span').nth(0), row.locator('span').nth(1)];
    const [nameBox, apiBox] = [(await name.boundingBox())!, (await apiValue.boundingBox())!];
    expect(apiBox.x).toBeCloseTo(nameBox.x + nameBox.width, 0);

    await scrollBox(page).evaluate((element) => element.scrollBy({ left: 400 }));
    await expect.poll(async () => (await name.boundingBox())!.x).toBeCloseTo(nameBox.x, 0);
    for (const cell of [name, table(page).getByRole('columnheader').first()]) {
      const background = await cell.evaluate(
        (element) => getComputedStyle(element).backgroundColor,
      );
      // A colour with no alpha part: rgb(…) or oklch(… … …), never rgba(…) or "… / 0.5".
      expect(background).not.toMatch(/rgba|\/|transparent/);
    }
    // Whatever lies under the Name column is covered: the cell on top there is the name.
    const point = { x: nameBox.x + nameBox.width - 2, y: nameBox.y + nameBox.height / 2 };
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="option"] > span')?.textContent,
      point,
    );
    expect(onTop).toBe(await name.textContent());
  });
});
