// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { OutputConfigDraft } from '../../domain/draft';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { PlatformPicker } from './platform/platform-picker';
import { DeviceTarget } from './device-target';
import { TargetTabs } from './target-tabs';

const S3 = 's3://bucket/compiled';
const preview = () => screen.getByTestId('json-preview').textContent;
const expected = (config: object) => JSON.stringify(config, null, 2);
const details = (id: string) => screen.findByRole('region', { name: `Selected device ${id}` });

function renderTarget(draft: OutputConfigDraft, revealAll = false) {
  return renderWithConfiguration(
    <TargetTabs device={<DeviceTarget />} platform={<PlatformPicker />} />,
    { draft, revealAll },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SelectedDeviceDetails', () => {
  it('shows what the card does not: the Region note and the notes (unverified marked)', async () => {
    renderTarget({ S3OutputLocation: S3, TargetDevice: 'ml_inf2' });
    const box = await details('ml_inf2');
    // The snippets set the Region, so it is a note here and no warning at the field (issue 21).
    expect(box).toHaveTextContent(
      'Offered only in US East (Ohio), us-east-2: the copied AWS CLI, boto3 and SDK snippets set that Region.',
    );
    expect(screen.queryByText(/^Warning: /)).toBeNull();
    expect(within(box).getByText(/^Notes from the catalogue \(5, \d unverified\)$/)).toBeVisible();
    expect(within(box).getAllByText('unverified').length).toBeGreaterThan(0);
  });

  it('names the chosen device once: on its selected card, not again above the list', async () => {
    renderTarget({ S3OutputLocation: S3, TargetDevice: 'jetson_nano' });
    await details('jetson_nano');
    const card = within(screen.getByRole('listbox', { name: 'Devices' })).getByRole('option', {
      selected: true,
    });
    expect(card).toHaveAccessibleName(/ jetson_nano$/);
    expect(screen.getAllByText('jetson_nano')).toEqual([within(card).getByText('jetson_nano')]);
    expect(screen.getAllByText(/^NVIDIA Jetson Nano/)).toHaveLength(1);
  });

  it('says why a retired device is risky once: in the warning, with its source (issue 12 §9)', async () => {
    renderTarget({ S3OutputLocation: S3, TargetDevice: 'ml_eia2' }, true);
    const box = await details('ml_eia2');
    // When and why are the TargetDevice warning's; the panel does not repeat them.
    expect(box).not.toHaveTextContent(/retired|ended/i);
    expect(screen.getAllByText(/closed to new customers since 2023-04-15/)).toHaveLength(1);
    const warning = screen.getByText(/closed to new customers since 2023-04-15/);
    expect(box).not.toContainElement(warning);
    expect(warning).toHaveTextContent(
      /^Warning: ml_eia2 is a retired target \(ended 2023-04-15\)\. /,
    );
    expect(warning).toHaveTextContent(/Source: https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('turns jetson_nano into LINUX/ARM64/NVIDIA and switching back restores the device', async () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
    };
    const { user } = renderTarget(draft);
    const button = within(await details('jetson_nano')).getByRole('button', {
      name: 'Use as platform',
    });
    expect(button).toHaveAccessibleDescription(
      /Switches to Platform with LINUX \/ ARM64 \/ NVIDIA/,
    );
    await user.click(button);
    expect(screen.getByRole('tab', { name: 'Platform' })).toHaveAttribute('aria-selected', 'true');
    expect(preview()).toBe(
      expected({
        S3OutputLocation: S3,
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
        CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"5.0.6","cuda-ver":"10.0"}',
      }),
    );
    await user.click(screen.getByRole('tab', { name: 'Device' }));
    expect(preview()).toBe(expected(draft));
  });

  it('disables "Use as platform" with the reason when no platform describes the device', async () => {
    renderTarget({ S3OutputLocation: S3, TargetDevice: 'coreml' });
    const button = within(await details('coreml')).getByRole('button', { name: 'Use as platform' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'coreml has no TargetPlatform equivalent: no Os value describes it.',
    );
  });

  it('shows nothing for a TargetDevice that is not in the catalogue', async () => {
    renderTarget({ S3OutputLocation: S3, TargetDevice: 'ML_C5' });
    await screen.findByRole('listbox', { name: 'Devices' });
    expect(screen.queryByRole('region', { name: /Selected device/ })).toBeNull();
  });
});
