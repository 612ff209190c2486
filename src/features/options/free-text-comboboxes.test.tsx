// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { previewObject, renderWithConfiguration } from '../../testing/render-with-configuration';
import { CompilerOptionsSection } from './compiler-options-section';

/**
 * Both free-text comboboxes of the options (a suggested value, the Extra flags completion)
 * answer alike (hooks/free-text-combobox): what was typed is the value, and the list only
 * offers; only Enter on a highlighted item, or a click on one, picks it.
 */
const renderOn = (TargetDevice: string) =>
  renderWithConfiguration(<CompilerOptionsSection />, {
    draft: { S3OutputLocation: 's3://bucket/out', TargetDevice },
  });
const options = (list: RegExp) =>
  within(screen.getByRole('listbox', { name: list })).queryAllByRole('option');

describe('a suggested value (mcpu)', () => {
  it('keeps what was typed through Enter, Escape and a blur with a suggestion highlighted', async () => {
    const { user } = renderOn('ml_m5');
    const mcpu = await screen.findByRole('combobox', { name: /mcpu/ });
    const suggestions = () => options(/Suggested mcpu values/);
    await user.type(mcpu, 'sky{Enter}');
    expect(mcpu).toHaveValue('sky');
    expect(suggestions()).toHaveLength(0);
    await user.keyboard('{Escape}{Escape}');
    expect(mcpu).toHaveValue('sky');

    await user.keyboard('{ArrowDown}');
    expect(suggestions()[0]).toHaveAttribute('aria-selected', 'true');
    await user.tab();
    expect(mcpu).toHaveValue('sky');
    expect(previewObject().CompilerOptions).toBe('{"mcpu":"sky"}');

    mcpu.focus();
    await user.keyboard('{ArrowDown}');
    const first = suggestions()[0]?.firstElementChild?.textContent;
    await user.keyboard('{Enter}');
    expect(mcpu).toHaveValue(first);
  });
});

describe('Extra flags', () => {
  const extraOn = async () => {
    const rendered = renderOn('ml_inf2');
    return { ...rendered, extra: await screen.findByRole('combobox', { name: 'Extra flags' }) };
  };
  const completions = () => options(/neuronx-cc flags/);

  it('keeps the typed text when it loses focus with a completion highlighted', async () => {
    const { user, extra } = await extraOn();
    await user.type(extra, '--auto-c{ArrowDown}');
    expect(completions()[0]).toHaveAttribute('aria-selected', 'true');
    await user.tab();
    expect(extra).toHaveValue('--auto-c');
    expect(previewObject().CompilerOptions).toBe('"--auto-c"');
  });

  it('closes the list on Enter with no completion highlighted, and on Escape, keeping the text', async () => {
    const { user, extra } = await extraOn();
    await user.type(extra, '--auto-c{Enter}');
    expect(extra).toHaveValue('--auto-c');
    expect(completions()).toHaveLength(0);
    await user.keyboard('{ArrowDown}{Escape}');
    expect(completions()).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(extra).toHaveValue('--auto-c');
  });
});
