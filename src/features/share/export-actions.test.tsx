// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import copyWithExecCommand from 'copy-to-clipboard';
import { analyzeRequest } from '../../domain/request/request-analysis';
import { buildShareHash } from '../../domain/link/encode-link';
import { createRequestStore } from '../../state/request/request-store';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { ExportActions } from './export-actions';
import { CONFIRMATION_MS } from './use-copy-feedback';

vi.mock('copy-to-clipboard', () => ({ default: vi.fn(async () => true) }));
const fallbackCopy = vi.mocked(copyWithExecCommand);

const draft = {
  S3OutputLocation: 's3://bucket/compiled',
  TargetDevice: 'ml_inf2',
  CompilerOptions: '"--verbose 1"',
};
const previewText = JSON.stringify(draft, null, 2);

/** Replaces the async clipboard API; `undefined` removes it, as on plain http. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText: vi.fn(writeText) } : undefined,
  });
  return navigator.clipboard?.writeText as ReturnType<typeof vi.fn> | undefined;
}

function renderBar() {
  renderWithConfiguration(<ExportActions />, { draft });
}

/** jsdom's Blob has no text(). */
function readBlob(blob: Blob | undefined): Promise<unknown> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsText(blob ?? new Blob());
  });
}

afterEach(() => {
  fallbackCopy.mockReset();
  fallbackCopy.mockResolvedValue(true);
});

describe('ExportActions', () => {
  it('copies the preview text with the async clipboard API and confirms it', async () => {
    renderBar();
    const writeText = stubClipboard(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await screen.findByText('Copied the JSON.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(previewText);
    expect(fallbackCopy).not.toHaveBeenCalled();
  });

  it('names the errors a copy carries, and keeps saying so (issue 12 §2)', async () => {
    renderWithConfiguration(<ExportActions />, { draft: {} });
    stubClipboard(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await screen.findByText('Copied the JSON — has 2 errors.')).toBeInTheDocument();
  });

  it.each([
    ['Copy JSON', 'JSON', false],
    ['Copy link', 'link', true],
    ['Copy as AWS CLI', 'AWS CLI command', true],
    ['Copy as boto3', 'boto3 script', true],
    ['Copy as SDK v3', 'SDK v3 module', true],
  ])(
    '%s counts the request fields’ errors only when it carries them (issue 12 §2)',
    async (name, label, carriesRequest) => {
      const request = { CompilationJobName: 'my job' };
      const { errorCount } = analyzeRequest(request, draft);
      expect(errorCount).toBeGreaterThan(1);
      renderWithConfiguration(<ExportActions />, {
        draft,
        requestStore: createRequestStore({ draft: request, isRevealedAll: true }),
      });
      stubClipboard(async () => undefined);
      fireEvent.click(screen.getByRole('button', { name }));
      expect(
        await screen.findByText(
          carriesRequest
            ? `Copied the ${label} — has ${errorCount} errors.`
            : `Copied the ${label}.`,
        ),
      ).toBeInTheDocument();
    },
  );

  it('lets the confirmation fade after a moment', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderBar();
      stubClipboard(async () => undefined);
      fireEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
      expect(await screen.findByText('Copied the JSON.')).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(CONFIRMATION_MS));
      expect(screen.queryByText('Copied the JSON.')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to copy-to-clipboard when the async API is missing', async () => {
    renderBar();
    stubClipboard(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await screen.findByText('Copied the JSON.')).toBeInTheDocument();
    expect(fallbackCopy).toHaveBeenCalledWith(previewText);
  });

  it('falls back when the async API refuses', async () => {
    renderBar();
    stubClipboard(async () => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    fireEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await screen.findByText('Copied the JSON.')).toBeInTheDocument();
    expect(fallbackCopy).toHaveBeenCalledWith(previewText);
  });

  it('shows the text to copy by hand when both ways fail', async () => {
    renderBar();
    stubClipboard(async () => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    fallbackCopy.mockResolvedValue(false);
    fireEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await screen.findByText('Copy failed — select and copy the text below')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('textbox', { name: 'JSON to copy' })).toHaveValue(previewText);
  });

  it('copies a link to this page that carries the configuration', async () => {
    renderBar();
    const writeText = stubClipboard(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Copied the link.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}${window.location.pathname}${buildShareHash(draft)}`,
    );
  });

  it.each([
    ['Copy as AWS CLI', 'AWS CLI command', '--region us-east-2'],
    ['Copy as boto3', 'boto3 script', `region_name="us-east-2"`],
    ['Copy as SDK v3', 'SDK v3 module', `region: "us-east-2"`],
  ])('%s loads the generator on demand and pins the one region', async (name, label, region) => {
    renderBar();
    const writeText = stubClipboard(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name }));
    expect(await screen.findByText(`Copied the ${label}.`)).toBeInTheDocument();
    const copied = String(writeText?.mock.calls[0]?.[0]);
    expect(copied).toContain(region);
    expect(screen.getByText(`Show the ${label}`)).toBeInTheDocument();
  });

  it('downloads the preview text under the target’s file name', async () => {
    const blobs: Blob[] = [];
    // jsdom has no Blob URLs.
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderBar();
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    // Its code loads on demand here; in the app the idle preload has it in memory before a click.
    expect(await screen.findByText('Downloaded outputconfig-ml_inf2.json.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(names).toEqual(['outputconfig-ml_inf2.json']);
    expect(await readBlob(blobs[0])).toBe(previewText);
    click.mockRestore();
  });

  describe('Download request JSON (issue 21 §8)', () => {
    let blobs: Blob[] = [];
    let names: string[] = [];
    beforeEach(() => {
      blobs = [];
      names = [];
      URL.createObjectURL = (blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      };
      URL.revokeObjectURL = () => undefined;
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        names.push(this.download);
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('saves the whole request for --cli-input-json and says what to replace and run', async () => {
      renderBar();
      fireEvent.click(screen.getByRole('button', { name: 'Download request JSON' }));
      expect(await screen.findByText('Downloaded request-ml_inf2.json.')).toBeInTheDocument();
      expect(names).toEqual(['request-ml_inf2.json']);
      expect(JSON.parse((await readBlob(blobs[0])) as string)).toEqual({
        CompilationJobName: 'REPLACE-compilation-job-name',
        RoleArn: 'arn:aws:iam::111122223333:role/REPLACE-sagemaker-execution-role',
        InputConfig: {
          S3Uri: 's3://REPLACE-bucket/REPLACE-model.tar.gz',
          DataInputConfig: 'REPLACE-{"input0":[1,3,224,224]}',
          Framework: 'REPLACE-FRAMEWORK',
        },
        OutputConfig: draft,
        StoppingCondition: { MaxRuntimeInSeconds: 900 },
      });
      const notes = screen.getByText(/^Before running it:/);
      expect(notes).toHaveTextContent('Replace every REPLACE-… value');
      expect(notes).toHaveTextContent(
        'aws sagemaker create-compilation-job --cli-input-json file://request-ml_inf2.json --region us-east-2',
      );
    });

    it('names the errors of the request it carries', async () => {
      const request = { CompilationJobName: 'my job' };
      const { errorCount } = analyzeRequest(request, draft);
      renderWithConfiguration(<ExportActions />, {
        draft,
        requestStore: createRequestStore({ draft: request, isRevealedAll: true }),
      });
      fireEvent.click(screen.getByRole('button', { name: 'Download request JSON' }));
      expect(
        await screen.findByText(`Downloaded request-ml_inf2.json — has ${errorCount} errors.`),
      ).toBeInTheDocument();
      expect(JSON.parse((await readBlob(blobs[0])) as string)).toMatchObject(request);
    });
  });
});
