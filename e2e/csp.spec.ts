import { expect, test } from '@playwright/test';
import { shareLink } from './support/share-link';

test('the built app runs under its Content-Security-Policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });

  const response = await page.goto(
    shareLink({ S3OutputLocation: 's3://bucket/out', TargetDevice: 'jetson_nano' }),
  );
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'/,
  );

  await expect(page.getByTestId('validation-summary')).toBeVisible();
  await page.getByRole('tab', { name: 'Platform' }).click();
  await page.getByRole('tab', { name: 'Device' }).click();
  await page.getByRole('option', { name: /ml_c5/ }).click();
  await expect(page.getByTestId('json-preview')).toContainText('ml_c5');
  expect(violations).toEqual([]);
});

test('eval is refused by the policy', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('validation-summary')).toBeVisible();
  const evalWorks = await page.evaluate(() => {
    try {
      return new Function('return 1')() === 1;
    } catch {
      return false;
    }
  });
  expect(evalWorks).toBe(false);
});
