// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { within } from '@testing-library/react';
import { buildShareHash } from '../domain/link/encode-link';
import type { OutputConfigDraft } from '../domain/draft';
import { bootAndRender, CATALOGUE_TEXT, stubSystemScheme } from '../testing/boot-and-render';
import { showLinkGlance } from './link-glance';
import { prerenderFirstScreen } from './prerender';

// The note index.html shows while a link opens, as written there.
const NOTE = new DOMParser()
  .parseFromString(readFileSync(join(process.cwd(), 'index.html'), 'utf8'), 'text/html')
  .querySelector('.opening-link-note')!.outerHTML;
const PRERENDERED = prerenderFirstScreen(CATALOGUE_TEXT);

/** The built page as before-paint.js leaves it for a link: the note, then the prerendered page. */
function openingPage(body = NOTE + PRERENDERED) {
  document.documentElement.className = 'opening-link';
  document.body.innerHTML = body;
}

const fromCase = (name: string): OutputConfigDraft => {
  const file = join(process.cwd(), 'src/testing/config-cases', name);
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  return (parsed.OutputConfig ?? parsed) as OutputConfigDraft;
};

const LINKS: [string, OutputConfigDraft][] = [
  [
    'a Jetson with options',
    {
      S3OutputLocation: 's3://my-bucket/compiled',
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    },
  ],
  ['Inferentia flags in their own order', fromCase('valid-inferentia-flags.json')],
  ['a platform', fromCase('valid-platform-nvidia.json')],
  ['both targets at once', fromCase('invalid-both-targets.json')],
  ['an enum value in the wrong case', fromCase('invalid-device-wrong-case.json')],
  ['an unknown device', fromCase('invalid-unknown-device.json')],
  ['every kind of error', fromCase('invalid-every-kind.json')],
  [
    'markup and an unknown key',
    { S3OutputLocation: '<img src=x onerror=alert(1)>', Extra: { a: [1, true, null] } },
  ],
];

beforeAll(stubSystemScheme);

describe('the first view of a link (link-glance.ts)', () => {
  it.each(LINKS)('shows %s exactly as the app then previews it', async (_name, draft) => {
    const hash = buildShareHash(draft);
    openingPage();
    expect(showLinkGlance(document, hash)).toBe('shown');
    const glance = document.querySelector('[data-testid="json-preview"]')!;
    const lines = [...glance.children].map((line) => line.getAttribute('data-line'));
    expect(lines).toEqual(glance.textContent!.split('\n').map((_, at) => String(at + 1)));
    const shown = glance.textContent;

    document.documentElement.className = '';
    document.body.innerHTML = '';
    const { page } = await bootAndRender(hash);
    expect(shown).toBe(page.getByTestId('json-preview').textContent);
  });

  it('replaces the prerendered configuration: one preview, the note under the OutputConfig title, no catalogue', () => {
    openingPage();
    showLinkGlance(document, buildShareHash({ TargetDevice: 'ml_c5' }));
    const page = within(document.body);
    expect(page.getAllByTestId('json-preview')).toHaveLength(1);
    expect(page.queryAllByRole('option')).toEqual([]);
    expect(page.queryByRole('searchbox')).toBeNull();
    const panel = page.getByRole('region', { name: 'OutputConfig' });
    expect(within(panel).getByRole('status').textContent?.trim()).toBe(
      'Opening the shared configuration…',
    );
    expect(within(panel).getByRole('region', { name: 'OutputConfig JSON' }).tabIndex).toBe(0);
    expect(page.getAllByRole('status')).toHaveLength(1);
    // The header stays as prerendered.
    expect(page.getByRole('heading', { level: 1 }).textContent).toBe('Neo Target Configurator');
  });

  it('waits while the parser has not reached the prerendered configuration, changing nothing', () => {
    const header = PRERENDERED.slice(0, PRERENDERED.indexOf('<main'));
    openingPage(NOTE + header);
    const before = document.body.innerHTML;
    expect(showLinkGlance(document, buildShareHash({ TargetDevice: 'ml_c5' }))).toBe('waiting');
    expect(document.body.innerHTML).toBe(before);
  });

  it.each([
    ['a link that is not base64url', '#config=%%%'],
    ['a link that is not JSON', `#config=${Buffer.from('{"TargetDevice":').toString('base64url')}`],
    [
      'a link whose payload is not an object',
      `#config=${Buffer.from('[1]').toString('base64url')}`,
    ],
  ])('leaves %s to the app, which shows it with its error', (_name, hash) => {
    openingPage();
    const before = document.body.innerHTML;
    expect(showLinkGlance(document, hash)).toBe('left to the app');
    expect(document.body.innerHTML).toBe(before);
  });

  it('changes nothing once the app has rendered (the page is no longer opening a link)', () => {
    openingPage();
    document.documentElement.className = '';
    const before = document.body.innerHTML;
    expect(showLinkGlance(document, buildShareHash({ TargetDevice: 'ml_c5' }))).toBe(
      'left to the app',
    );
    expect(document.body.innerHTML).toBe(before);
  });
});
