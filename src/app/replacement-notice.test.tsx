// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PROBE_SAMPLES } from '../testing/probe-samples';
import { DetectFromBoard } from '../features/target/detect/detect-from-board';
import { ImportButton } from '../features/share/import-control';
import { useImportFlow } from '../features/share/use-import-flow';
import { ApiTextField } from '../features/output-fields/api-text-field';
import { installModalDialogStandIn } from '../testing/modal-dialog-stand-in';
import { previewObject, renderWithConfiguration } from '../testing/render-with-configuration';
import { ReplacementNotice } from './replacement-notice';

beforeAll(installModalDialogStandIn);
afterEach(() => vi.unstubAllGlobals());

const current = { S3OutputLocation: 's3://bucket/current', TargetDevice: 'ml_c5' };
const nano = PROBE_SAMPLES.find((entry) =>
  entry.name.startsWith('Jetson Nano: uname, nv_tegra_release'),
)!;

function Page() {
  const flow = useImportFlow();
  return (
    <>
      <ApiTextField apiName="S3OutputLocation" label="S3 output location" placeholder="" help="" />
      <DetectFromBoard />
      <ImportButton flow={flow} className="" />
      <ReplacementNotice />
    </>
  );
}

async function detect() {
  fireEvent.click(screen.getByRole('button', { name: 'Detect from board' }));
  const dialog = await screen.findByRole('dialog', { name: 'Detect from board' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Board output/ }), {
    target: { value: nano.text },
  });
  fireEvent.click(await within(dialog).findByRole('button', { name: 'Apply' }));
  await waitFor(() => expect(previewObject().TargetDevice).toBe('jetson_nano'));
}

async function importConfig(config: object) {
  fireEvent.click(screen.getByRole('button', { name: 'Import JSON' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import JSON' });
  fireEvent.change(within(dialog).getByLabelText('JSON to import'), {
    target: { value: JSON.stringify(config) },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
}

const describeResponse = JSON.stringify({
  CompilationJobName: 'job-1',
  CompilationJobStatus: 'COMPLETED',
  OutputConfig: {
    S3OutputLocation: 's3://bucket/out',
    TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
    CompilerOptions: "{'mattr': ['+neon']}",
  },
});

const undoButtons = () => screen.queryAllByRole('button', { name: /^Undo/ });

describe('the one undo notice', () => {
  it('after a detection then an import, only the import can be undone, then the detection', async () => {
    renderWithConfiguration(<Page />, { draft: current });
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await detect();
    expect(undoButtons().map((button) => button.textContent)).toEqual(['Undo detection']);

    const imported = { S3OutputLocation: 's3://bucket/imported', TargetDevice: 'coreml' };
    await importConfig(imported);
    // The detection's Undo is gone: it would revert past the import.
    expect(undoButtons().map((button) => button.textContent)).toEqual(['Undo import']);
    expect(screen.getByRole('status')).toHaveTextContent('Imported the OutputConfig.');

    fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(previewObject().TargetDevice).toBe('jetson_nano');
    expect(screen.getByRole('status')).toHaveTextContent('Undone import');
    fireEvent.click(screen.getByRole('button', { name: 'Undo detection' }));
    expect(previewObject()).toEqual(current);
    expect(undoButtons()).toEqual([]);
  });

  it('a later edit makes the Undo stale: a plain note, and "undone" goes with its state', async () => {
    renderWithConfiguration(<Page />, { draft: current });
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await detect();
    const location = screen.getByRole('textbox', { name: /S3OutputLocation/ });
    fireEvent.change(location, { target: { value: 's3://bucket/typed-after' } });
    await waitFor(() => expect(undoButtons()).toEqual([]));
    expect(screen.getByRole('status')).toHaveTextContent('Set from the board');
    expect(screen.getByRole('status')).toHaveTextContent('can no longer be undone');

    // Typed back to what the detection left: nothing changed since, so Undo is offered again.
    fireEvent.change(location, { target: { value: 's3://bucket/current' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Undo detection' }));
    expect(screen.getByRole('status')).toHaveTextContent('Undone detection');
    fireEvent.change(location, { target: { value: 's3://bucket/other' } });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('says what an import changed and how it was read; Undo import brings the previous back', async () => {
    renderWithConfiguration(<Page />, { draft: current });
    await importConfig(JSON.parse(describeResponse) as object);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Imported the OutputConfig.');
    expect(notice).toHaveTextContent('Took OutputConfig from the DescribeCompilationJob response');
    expect(notice).toHaveTextContent(
      'CompilerOptions used Python-style quotes; it was converted to JSON: {"mattr":["+neon"]}',
    );
    expect(notice).toHaveTextContent('TargetDevice removed');
    fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(previewObject()).toEqual(current);
    expect(screen.getByRole('status')).toHaveTextContent('Undone import');
  });

  it('undoes a detection that set a platform, back to the device the user had', async () => {
    renderWithConfiguration(<Page />, { draft: current });
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: 'Detect from board' }));
    const dialog = await screen.findByRole('dialog', { name: 'Detect from board' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Board output/ }), {
      target: {
        value: PROBE_SAMPLES.find((entry) => entry.name.startsWith('getconf LONG_BIT'))!.text,
      },
    });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(previewObject().TargetPlatform).toEqual({ Os: 'LINUX', Arch: 'ARM_EABIHF' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Set from the board');
    fireEvent.click(screen.getByRole('button', { name: 'Undo detection' }));
    expect(previewObject()).toEqual(current);
    expect(screen.getByRole('status')).toHaveTextContent('Undone detection');
  });
});
