// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { DeviceTarget } from '../features/target/device-target';
import { TargetTabs } from '../features/target/target-tabs';
import { CompilerOptionsSection } from '../features/options/compiler-options-section';
import { onDemand } from '../lib/on-demand';
import { previewObject, renderWithConfiguration } from '../testing/render-with-configuration';
import { TARGET_CODE } from '../state/on-demand-code';

const lateArrivals: (() => void)[] = [];

afterEach(() => {
  lateArrivals.splice(0).forEach((arrive) => arrive());
  vi.unstubAllGlobals();
});

/**
 * Code that arrives later can declare a split point of the target group (the board-detection
 * dialog's does); until the preload has brought it, the group is not wholly in memory. Returns
 * what makes its code arrive.
 */
function declareLateSplitPointOfTheGroup(): () => void {
  let arrive = () => {};
  const arrived = new Promise<string>((resolve) => (arrive = () => resolve('arrived')));
  onDemand(() => arrived, TARGET_CODE);
  lateArrivals.push(arrive);
  return arrive;
}

describe('an edit while a split point of the target group is still loading', () => {
  it('keeps every key typed in an option field already on screen', async () => {
    const { user } = renderWithConfiguration(<CompilerOptionsSection />, {
      draft: { TargetDevice: 'jetson_nano' },
    });
    const gpuCode = await screen.findByRole('combobox', { name: /gpu-code/ });
    declareLateSplitPointOfTheGroup();
    await user.type(gpuCode, 'sm_53');
    expect(gpuCode).toHaveValue('sm_53');
    expect(previewObject().CompilerOptions).toBe('{"gpu-code":"sm_53"}');
  });

  it('brings the first target only once the whole group is in memory', async () => {
    const { user } = renderWithConfiguration(
      <>
        <DeviceTarget />
        <CompilerOptionsSection />
      </>,
    );
    const devices = await screen.findByRole('listbox', { name: 'Devices' });
    const arrive = declareLateSplitPointOfTheGroup();
    await user.click(within(devices).getByRole('option', { name: / jetson_nano$/ }));
    expect(previewObject().TargetDevice).toBeUndefined();
    expect(screen.queryByText(/^Loading/)).toBeNull();
    arrive();
    expect(await screen.findByRole('combobox', { name: /gpu-code/ })).toBeInTheDocument();
    expect(previewObject().TargetDevice).toBe('jetson_nano');
  });

  it('ends on the tab clicked last, with what each tab held', async () => {
    const { user } = renderWithConfiguration(
      <TargetTabs device={<DeviceTarget />} platform={<p>Platform fields</p>} />,
    );
    const devices = await screen.findByRole('listbox', { name: 'Devices' });
    const arrive = declareLateSplitPointOfTheGroup();
    await user.click(within(devices).getByRole('option', { name: / jetson_nano$/ }));
    await user.click(screen.getByRole('tab', { name: 'Platform' }));
    await user.click(screen.getByRole('tab', { name: 'Device' }));
    arrive();
    await waitFor(() => expect(previewObject().TargetDevice).toBe('jetson_nano'));
    expect(screen.getByRole('tab', { name: 'Device' })).toHaveAttribute('aria-selected', 'true');
  });
});
