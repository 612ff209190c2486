// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PROBE_SAMPLES } from '../../../testing/probe-samples';
import { previewObject, renderWithConfiguration } from '../../../testing/render-with-configuration';
import { installModalDialogStandIn } from '../../../testing/modal-dialog-stand-in';
import { DetectFromBoard } from './detect-from-board';

beforeAll(installModalDialogStandIn);

afterEach(() => vi.unstubAllGlobals());

const current = { S3OutputLocation: 's3://bucket/current', TargetDevice: 'ml_c5' };
const sample = (prefix: string) => PROBE_SAMPLES.find((entry) => entry.name.startsWith(prefix))!;

async function openWith(text: string) {
  renderWithConfiguration(<DetectFromBoard />, { draft: current });
  // The catalogue is what the detection matches boards against: wait for it.
  await waitFor(() => expect(fetch).toHaveBeenCalled());
  fireEvent.click(screen.getByRole('button', { name: 'Detect from board' }));
  const dialog = await screen.findByRole('dialog', { name: 'Detect from board' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Board output/ }), {
    target: { value: text },
  });
  return dialog;
}

describe('Detect from board', () => {
  it('lists each value with its line and confidence before Apply, then applies the device', async () => {
    const dialog = await openWith(sample('Jetson Nano: uname, nv_tegra_release').text);
    const values = await within(dialog).findByRole('list', { name: 'Inferred values' });
    const device = within(values).getByText('TargetDevice').closest('li')!;
    expect(device).toHaveTextContent('jetson_nano');
    expect(device).toHaveTextContent('from line 3: nvidia,p3450-0000');
    expect(device).toHaveTextContent('high confidence');
    expect(previewObject().TargetDevice).toBe('ml_c5');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(previewObject()).toEqual({
      S3OutputLocation: 's3://bucket/current',
      TargetDevice: 'jetson_nano',
      CompilerOptions:
        '{"gpu-code":"sm_53","trt-ver":"6.0.1","cuda-ver":"10.0","JETPACK_VERSION":"4.3"}',
    });
    // What it set, and its Undo, are the page's undo notice (app/replacement-notice).
  });

  it('says nothing was recognised and offers no Apply for other text', async () => {
    const dialog = await openWith('<b>hello</b>');
    expect(await within(dialog).findByText(/^Nothing recognised/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(dialog.querySelector('b')).toBeNull();
  });

  it('shows the warnings and what could not be inferred', async () => {
    const dialog = await openWith('aarch64\nCuda compilation tools, release 11.8, V11.8.89');
    expect(await within(dialog).findByRole('list', { name: 'Not inferred' })).toHaveTextContent(
      'gpu-code: paste nvidia-smi',
    );
    const other = await replaceText('$ getconf LONG_BIT\n32');
    expect(within(other).getByText(/Not enough for a target yet/)).toBeInTheDocument();
    expect(within(other).getByRole('button', { name: 'Apply' })).toBeDisabled();
  });
});

/** Replaces the text of the dialog already open. */
async function replaceText(text: string) {
  const dialog = screen.getByRole('dialog', { name: 'Detect from board' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Board output/ }), {
    target: { value: text },
  });
  await within(dialog).findByText(/Not enough for a target yet/);
  return dialog;
}
