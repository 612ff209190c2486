import { expect, test } from '@playwright/test';
import { shareLink } from './support/share-link';

test('the built app runs under its Content-Security-Policy without a violation', async ({
  page,
}) => {
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

test('an inline script injected into the page does not run', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('validation-summary')).toBeVisible();
  // Code evaluated through DevTools bypasses the policy, so the check runs as page content.
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.effectiveDirective),
        );
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true; eval("1");';
        document.body.append(script);
      }),
  );
  expect(blocked).toBe('script-src-elem');
  expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
});
