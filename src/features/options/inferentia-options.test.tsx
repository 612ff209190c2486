// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { previewObject, renderWithConfiguration } from '../../testing/render-with-configuration';
import { CompilerOptionsSection } from './compiler-options-section';

afterEach(() => {
  vi.unstubAllGlobals();
});

const renderInf1 = (compilerOptions?: string) =>
  renderWithConfiguration(<CompilerOptionsSection />, {
    draft: {
      S3OutputLocation: 's3://bucket/out',
      TargetDevice: 'ml_inf1',
      ...(compilerOptions === undefined ? {} : { CompilerOptions: compilerOptions }),
    },
  });
const compilerOptions = () => previewObject().CompilerOptions;
const result = () => screen.getByRole('status', { name: 'Resulting CompilerOptions' });

describe('Inferentia flags builder', () => {
  it('builds the API example from its fields', async () => {
    const { user } = renderInf1();
    await user.type(await screen.findByLabelText('--verbose'), '1');
    await user.type(screen.getByLabelText('--num-neuroncores'), '2');
    await user.click(screen.getByRole('radio', { name: '-O2' }));
    expect(compilerOptions()).toBe('"--verbose 1 --num-neuroncores 2 -O2"');
    expect(result()).toHaveTextContent('"--verbose 1 --num-neuroncores 2 -O2"');
    expect(screen.queryByLabelText(/dtype/)).not.toBeInTheDocument();
  });

  it('keeps a linked flags string verbatim until a field is edited', async () => {
    const linked = '"-O2   --verbose 1 --num-neuroncores 4"';
    const { user } = renderInf1(linked);
    expect(await screen.findByLabelText('--num-neuroncores')).toHaveValue('4');
    expect(screen.getByRole('radio', { name: '-O2' })).toBeChecked();
    expect(compilerOptions()).toBe(linked);
    expect(result().textContent).toBe(linked);
    await user.click(screen.getByRole('radio', { name: '-O3' }));
    expect(compilerOptions()).toBe('"--verbose 1 --num-neuroncores 4 -O3"');
  });

  it('keeps extra flags as typed, spaces included', async () => {
    const { user } = renderInf1();
    await user.type(await screen.findByLabelText('Extra flags'), '--fast-math none');
    expect(screen.getByLabelText('Extra flags')).toHaveValue('--fast-math none');
    expect(compilerOptions()).toBe('"--fast-math none"');
  });

  // Issue 12 §3: a count that is not a whole number used to be left out silently.
  it("keeps a core count that is not a whole number and shows the rules' error", async () => {
    const { user } = renderInf1('"--num-neuroncores 2"');
    const cores = await screen.findByLabelText('--num-neuroncores');
    await user.clear(cores);
    await user.type(cores, '0');
    expect(cores).toHaveValue('0');
    expect(compilerOptions()).toBe('"--num-neuroncores 0"');
    expect(
      screen.getByText(
        /--num-neuroncores takes a whole number of NeuronCores from 1; "0" is not one/,
      ),
    ).toBeInTheDocument();
  });

  it('offers ml_inf2 (neuronx-cc) its own levels and no core count', async () => {
    renderWithConfiguration(<CompilerOptionsSection />, {
      draft: { S3OutputLocation: 's3://bucket/out', TargetDevice: 'ml_inf2' },
    });
    expect(await screen.findByLabelText('--verbose')).toBeInTheDocument();
    expect(screen.queryByLabelText('--num-neuroncores')).not.toBeInTheDocument();
    expect(screen.getByText(/Log level for neuronx-cc: debug, info/)).toBeInTheDocument();
  });

  it('shows a dict untouched and replaces it on request', async () => {
    const { user } = renderInf1('{"num-neuroncores": 2}');
    const button = await screen.findByRole('button', { name: 'Use the flags builder' });
    expect(screen.getByText('{"num-neuroncores": 2}')).toBeInTheDocument();
    expect(compilerOptions()).toBe('{"num-neuroncores": 2}');
    await user.click(button);
    expect(compilerOptions()).toBe('"--num-neuroncores 2"');
    expect(screen.getByLabelText('--num-neuroncores')).toHaveValue('2');
  });
});
