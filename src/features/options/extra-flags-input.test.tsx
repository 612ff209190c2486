// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { previewObject, renderWithConfiguration } from '../../testing/render-with-configuration';
import { CompilerOptionsSection } from './compiler-options-section';

const renderOn = (device: string) =>
  renderWithConfiguration(<CompilerOptionsSection />, {
    draft: { S3OutputLocation: 's3://bucket/out', TargetDevice: device },
  });
const optionNames = (listName: RegExp) =>
  within(screen.getByRole('listbox', { name: listName }))
    .getAllByRole('option')
    .map((option) => option.firstElementChild?.textContent ?? '');

describe('Extra flags completion', () => {
  it('completes a neuronx-cc flag name, then its documented values, into the flags', async () => {
    const { user } = renderOn('ml_inf2');
    const extra = await screen.findByRole('combobox', { name: 'Extra flags' });
    await user.type(extra, '--auto-c');
    expect(optionNames(/neuronx-cc flags/)).toEqual(['--auto-cast', '--auto-cast-type']);
    await user.click(screen.getByRole('option', { name: /^--auto-cast Which/ }));
    expect(extra).toHaveValue('--auto-cast ');
    expect(optionNames(/neuronx-cc flags/)).toEqual(['matmult', 'all', 'none']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(extra).toHaveValue('--auto-cast matmult ');
    expect(previewObject().CompilerOptions).toBe('"--auto-cast matmult"');
  });

  it("offers neuron-cc's own flags on ml_inf1", async () => {
    const { user } = renderOn('ml_inf1');
    const extra = await screen.findByRole('combobox', { name: 'Extra flags' });
    await user.type(extra, '--fast-math f');
    expect(optionNames(/neuron-cc flags/)).toEqual([
      'fast-relayout',
      'fp32-cast-all',
      'fp32-cast-all-fp16',
      'fp32-cast-matmult',
      'fp32-cast-matmult-bf16',
      'fp32-cast-matmult-fp16',
    ]);
  });
});
