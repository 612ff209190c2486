// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createRequestStore } from '../../state/request/request-store';
import { FACT_SHEET_REASONS } from '../../testing/failure-reasons';
import { readableCheck } from '../../testing/model-fixture-files';
import { installModalDialogStandIn } from '../../testing/modal-dialog-stand-in';
import { renderWithConfiguration } from '../../testing/render-with-configuration';
import { ShareBar } from './share-bar';

beforeAll(installModalDialogStandIn);

const current = { S3OutputLocation: 's3://bucket/current', TargetDevice: 'ml_c5' };
const keras = FACT_SHEET_REASONS[0]!.text;

const failedResponse = (failureReason: string) =>
  JSON.stringify({
    CompilationJobName: 'keras-c5',
    CompilationJobArn: 'arn:aws:sagemaker:us-east-1:111122223333:compilation-job/keras-c5',
    CompilationJobStatus: 'FAILED',
    FailureReason: failureReason,
    InputConfig: {
      S3Uri: 's3://b/model.tar.gz',
      Framework: 'KERAS',
      DataInputConfig: '{"input_1":[1,224,224,3]}',
    },
    OutputConfig: current,
  });

async function importText(
  text: string,
  requestStore = createRequestStore({ draft: {}, isRevealedAll: false }),
) {
  renderWithConfiguration(<ShareBar />, { draft: current, requestStore });
  fireEvent.click(screen.getByRole('button', { name: 'Import JSON' }));
  await screen.findByRole('dialog', { name: 'Import JSON' });
  fireEvent.change(screen.getByLabelText('JSON to import'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  return { explained: await screen.findByTestId('failure-explained'), requestStore };
}

describe('the failure explanation', () => {
  it('explains a failed job’s FailureReason and applies its fixes to the request', async () => {
    const { explained, requestStore } = await importText(failedResponse(keras));
    expect(explained).toHaveTextContent(keras);
    expect(explained).toHaveTextContent('Keras input shape not in NCHW order');
    fireEvent.click(screen.getByRole('button', { name: /^Reorder DataInputConfig to NCHW/ }));
    await waitFor(() =>
      expect(requestStore.getSnapshot().draft['InputConfig']).toMatchObject({
        DataInputConfig: '{"input_1":[1,3,224,224]}',
      }),
    );
    expect(screen.queryByRole('button', { name: /^Reorder DataInputConfig/ })).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Use a new CompilationJobName: keras-c5-2' }),
    );
    expect(requestStore.getSnapshot().draft['CompilationJobName']).toBe('keras-c5-2');
  });

  it('uses what the model check read: the model’s own input as the fix, and its facts', async () => {
    const requestStore = createRequestStore({ draft: {}, isRevealedAll: false });
    requestStore.showModelCheck(readableCheck('keras.tar.gz'));
    const { explained } = await importText(failedResponse(keras), requestStore);
    expect(explained).toHaveTextContent('From the model check of keras.tar.gz:');
    expect(explained).toHaveTextContent(
      'model.h5 has one input: input_1 [batch, 32, 32, 3] (NHWC).',
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Use the model’s inputs: {"input_1":[1,3,32,32]}' }),
    );
    await waitFor(() =>
      expect(requestStore.getSnapshot().draft['InputConfig']).toMatchObject({
        DataInputConfig: '{"input_1":[1,3,32,32]}',
      }),
    );
  });

  it('says a reason it does not know is unrecognised, and forces no cause', async () => {
    const { explained } = await importText(failedResponse('ServerError: the moon is full'));
    expect(explained).toHaveTextContent('Unrecognised');
    expect(explained).not.toHaveTextContent('What to change');
  });

  it('explains a FailureReason pasted on its own without touching the configuration', async () => {
    const { explained, requestStore } = await importText(keras);
    expect(explained).toHaveTextContent('Keras input shape not in NCHW order');
    expect(requestStore.getSnapshot().draft).toEqual({});
    expect(JSON.parse(screen.getByTestId('json-preview').textContent ?? '')).toEqual(current);
  });
});
