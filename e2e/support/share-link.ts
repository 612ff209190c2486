import type { Page } from '@playwright/test';

/** Builds a share link the way any outside tool would: base64url of the OutputConfig JSON. */
export function shareLink(config: unknown, extra = ''): string {
  const payload = Buffer.from(JSON.stringify(config), 'utf8').toString('base64url');
  return `./#config=${payload}${extra}`;
}

/** The preview text the app must show for a configuration (SPEC §2.7, §5.2). */
export function previewText(config: unknown): string {
  return JSON.stringify(config, null, 2);
}

/** The configuration the page's address holds now (its #config= member, decoded), or null. */
export async function configInAddress(page: Page): Promise<unknown> {
  const payload = new URL(page.url()).hash.match(/[#&]config=([A-Za-z0-9_-]*)/)?.[1];
  return payload === undefined
    ? null
    : (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown);
}
