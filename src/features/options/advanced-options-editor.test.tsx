// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { previewObject, renderWithConfiguration } from '../../testing/render-with-configuration';
import { CompilerOptionsSection } from './compiler-options-section';

afterEach(() => {
  vi.unstubAllGlobals();
});

const renderPanel = (draft: Record<string, unknown>) =>
  renderWithConfiguration(<CompilerOptionsSection />, {
    draft: { S3OutputLocation: 's3://bucket/out', ...draft } as never,
  });
const compilerOptions = () => previewObject().CompilerOptions;
const openEditor = async (user: ReturnType<typeof renderPanel>['user']) => {
  await user.click(screen.getByText('Advanced: all options as JSON'));
  return screen.findByRole('textbox', { name: /CompilerOptions/ });
};
const typeText = (textarea: HTMLElement, text: string) =>
  fireEvent.change(textarea, { target: { value: text } });

describe('Advanced options editor', () => {
  it('shows the whole options object, unknown keys included, and lists what has no field', async () => {
    const { user } = renderPanel({
      TargetDevice: 'ml_m5',
      CompilerOptions: '{"mcpu":"a","foo":1}',
    });
    const editor = await openEditor(user);
    expect(editor).toHaveValue('{\n  "mcpu": "a",\n  "foo": 1\n}');
    expect(screen.getByText(/^Kept as given:/)).toHaveTextContent('Kept as given: foo');
  });

  it('applies text that parses, and follows edits made in the fields', async () => {
    const { user } = renderPanel({ TargetDevice: 'ml_m5' });
    const editor = await openEditor(user);
    typeText(editor, '{"mcpu": "skylake-avx512", "bar": [1]}');
    expect(compilerOptions()).toBe('{"mcpu":"skylake-avx512","bar":[1]}');
    await user.selectOptions(await screen.findByRole('combobox', { name: /dtype/ }), 'int64');
    expect(editor).toHaveValue(
      '{\n  "dtype": "int64",\n  "mcpu": "skylake-avx512",\n  "bar": [\n    1\n  ]\n}',
    );
  });

  it('keeps invalid text with its error, while the draft keeps its last valid value', async () => {
    const { user } = renderPanel({ TargetDevice: 'ml_m5', CompilerOptions: '{"mcpu":"a"}' });
    const editor = await openEditor(user);
    typeText(editor, '{\n  "mcpu": "b",\n}');
    expect(editor).toHaveValue('{\n  "mcpu": "b",\n}');
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Not applied: line 3, column 1: Trailing comma before '}': remove it.",
    );
    expect(compilerOptions()).toBe('{"mcpu":"a"}');
  });

  it('opens by itself on unreadable text from a link and shows it verbatim', async () => {
    renderPanel({ TargetDevice: 'ml_m5', CompilerOptions: "{'mcpu': 'a'" });
    expect(await screen.findByRole('textbox', { name: /CompilerOptions/ })).toHaveValue(
      "{'mcpu': 'a'",
    );
    expect(compilerOptions()).toBe("{'mcpu': 'a'");
  });

  it('writes a JSON string as Inferentia flags', async () => {
    const { user } = renderPanel({ TargetDevice: 'ml_inf1' });
    await screen.findByLabelText('--verbose');
    typeText(await openEditor(user), '"--verbose 1"');
    expect(compilerOptions()).toBe('"--verbose 1"');
    expect(screen.getByLabelText('--verbose')).toHaveValue('1');
  });
});
