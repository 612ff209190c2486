// @vitest-environment jsdom
import { buildShareHash } from '../domain/link/encode-link';
import { bootAndRender, stubSystemScheme } from '../testing/boot-and-render';

const CONFIG = {
  S3OutputLocation: 's3://my-bucket/compiled',
  TargetDevice: 'jetson_nano',
  CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
};

beforeAll(stubSystemScheme);

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
