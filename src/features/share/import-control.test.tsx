// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { installModalDialogStandIn } from '../../testing/modal-dialog-stand-in';
import { ImportButton } from './import-control';
import { useImportFlow } from './use-import-flow';

function ImportControl() {
  const flow = useImportFlow();
  return (
    <>
      <ImportButton flow={flow} className="" />
    </>
  );
}

beforeAll(installModalDialogStandIn);

const current = { S3OutputLocation: 's3://bucket/current', TargetDevice: 'ml_c5' };
const currentPreview = JSON.stringify(current, null, 2);
const preview = () => screen.getByTestId('json-preview').textContent;

async function openDialog() {
  renderWithConfiguration(<ImportControl />, { draft: current });
  fireEvent.click(screen.getByRole('button', { name: 'Import JSON' }));
  return screen.findByRole('dialog', { name: 'Import JSON' });
}

function importText(text: string) {
  fireEvent.change(screen.getByLabelText('JSON to import'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

const describeResponse = JSON.stringify({
  CompilationJobName: 'job-1',
  CompilationJobArn: 'arn:aws:sagemaker:us-east-1:111122223333:compilation-job/job-1',
  CompilationJobStatus: 'COMPLETED',
  OutputConfig: {
    S3OutputLocation: 's3://bucket/out',
    TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
    CompilerOptions: "{'mattr': ['+neon']}",
  },
});

describe('Import JSON', () => {
  it('imports a DescribeCompilationJob response, normalises CompilerOptions and says so', async () => {
    const dialog = await openDialog();
    importText(describeResponse);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(preview()).toBe(
      JSON.stringify(
        {
          S3OutputLocation: 's3://bucket/out',
          TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
          CompilerOptions: '{"mattr":["+neon"]}',
        },
        null,
        2,
      ),
    );
    // What the import changed, and its Undo, are the page's undo notice (app/replacement-notice).
    expect(screen.getByRole('button', { name: 'Import JSON' })).toHaveFocus();
  });

  it('shows the line and column of a parse error, keeps the text and changes nothing', async () => {
    const dialog = await openDialog();
    const broken = '{\n  "S3OutputLocation": "s3://bucket/new",\n  "TargetDevice": ml_c5\n}';
    importText(broken);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Line 3, column 19: Not valid JSON/,
    );
    expect(dialog).toBeInTheDocument();
    expect(screen.getByLabelText('JSON to import')).toHaveValue(broken);
    expect(screen.getByLabelText('JSON to import')).toHaveAttribute('aria-invalid', 'true');
    expect(preview()).toBe(currentPreview);
  });

  it('reports text with no OutputConfig without touching the configuration', async () => {
    await openDialog();
    importText('{"ModelName": "m"}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Error: No OutputConfig found/);
    expect(preview()).toBe(currentPreview);
  });

  it('Cancel closes the dialog and changes nothing', async () => {
    const dialog = await openDialog();
    fireEvent.change(screen.getByLabelText('JSON to import'), { target: { value: '{}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(preview()).toBe(currentPreview);
  });
});
