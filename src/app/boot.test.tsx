// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { within } from '@testing-library/react';
import { parseCatalogue } from '../domain/catalogue/catalogue-schema';
import { buildShareHash } from '../domain/link/encode-link';
import { App } from './app';
import { planBoot } from './boot';

const catalogue = parseCatalogue(
  JSON.parse(readFileSync(join(process.cwd(), 'public/catalogue.json'), 'utf8')),
);
if (!catalogue.ok) throw new Error(catalogue.error);
const CATALOGUE = catalogue.value;

const CONFIG = {
  S3OutputLocation: 's3://my-bucket/compiled',
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
};

// The theme switch follows the system's scheme, which jsdom has none of.
beforeAll(() => {
  window.matchMedia = () =>
    ({
      matches: false,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
});

/** Boots as src/main.tsx does for a page opened from `hash`, in one synchronous render. */
async function bootAndRender(hash: string) {
  const plan = await planBoot(hash, false);
  const container = document.body.appendChild(document.createElement('div'));
  flushSync(() => createRoot(container).render(<App link={plan.link} catalogue={CATALOGUE} />));
  return { plan, page: within(container) };
}

describe('planBoot for a page opened from a link', () => {
  it('has all the code of the link target before it renders: the fields show, with no loading note', async () => {
    const { plan, page } = await bootAndRender(buildShareHash(CONFIG));
    expect(plan.hydrate).toBe(false);
    expect(page.getByTestId('json-preview').textContent).toBe(JSON.stringify(CONFIG, null, 2));
    const statuses = page.queryAllByRole('status').map((status) => status.textContent);
    expect(statuses.filter((text) => /loading/i.test(text ?? ''))).toEqual([]);
    // The field widgets, including the combobox that suggests values, not a stand-in for it.
    expect(page.getByRole('combobox', { name: /gpu-code/ })).toHaveValue('sm_53');
  });

  it('has the request code before it renders a link with request fields: the fields show, with no loading note', async () => {
    const request = {
      CompilationJobName: 'resnet50-jetson',
      RoleArn: 'arn:aws:iam::111122223333:role/neo',
    };
    const { page } = await bootAndRender(buildShareHash(CONFIG, {}, request));
    const statuses = page.queryAllByRole('status').map((status) => status.textContent);
    expect(statuses.filter((text) => /loading/i.test(text ?? ''))).toEqual([]);
    expect(page.getByRole('textbox', { name: /CompilationJobName/ })).toHaveValue(
      'resnet50-jetson',
    );
  });

  it('has the platform picker before it renders a link on the Platform tab', async () => {
    const platform = {
      S3OutputLocation: 's3://b/out',
      TargetPlatform: { Os: 'LINUX', Arch: 'X86_64' },
    };
    const { page } = await bootAndRender(buildShareHash(platform, { tab: 'platform' }));
    const statuses = page.queryAllByRole('status').map((status) => status.textContent);
    expect(statuses.filter((text) => /loading/i.test(text ?? ''))).toEqual([]);
    expect(page.getByRole('combobox', { name: /Arch/ })).toHaveValue('X86_64');
  });
});
