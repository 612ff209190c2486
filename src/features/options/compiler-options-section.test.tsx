// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { previewObject, renderWithConfiguration } from '../../testing/render-with-configuration';
import { CompilerOptionsSection } from './compiler-options-section';

afterEach(() => {
  vi.unstubAllGlobals();
});

const S3 = 's3://bucket/out';
const renderPanel = (draft: Record<string, unknown>) =>
  renderWithConfiguration(<CompilerOptionsSection />, {
    draft: { S3OutputLocation: S3, ...draft } as never,
  });
const compilerOptions = () => previewObject().CompilerOptions;

describe('CompilerOptionsSection', () => {
  it('names itself after the API member', () => {
    renderPanel({});
    expect(
      screen.getByRole('heading', { name: 'Compiler options (CompilerOptions)' }),
    ).toBeInTheDocument();
  });

  it('says why no option applies when there is no target', () => {
    renderPanel({});
    expect(
      screen.getByText('Choose a TargetDevice or a TargetPlatform to see its compiler options.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the NVIDIA and JetPack fields for jetson_nano, and no dtype', async () => {
    renderPanel({ TargetDevice: 'jetson_nano' });
    expect(await screen.findByRole('combobox', { name: /gpu-code/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /trt-ver/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /cuda-ver/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /JETPACK_VERSION/ })).toBeInTheDocument();
    expect(screen.queryByLabelText(/dtype/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/mcpu/)).not.toBeInTheDocument();
  });

  it('shows dtype, mcpu and mattr for ml_m5', async () => {
    renderPanel({ TargetDevice: 'ml_m5' });
    const dtype = await screen.findByRole('combobox', { name: /dtype/ });
    expect(
      within(dtype)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['(not set)', 'float32', 'float', 'int64', 'long']);
    expect(screen.getByRole('combobox', { name: /mcpu/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/mattr/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/gpu-code/)).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  it('shows ANDROID_PLATFORM, mattr and the NEON switch for ANDROID on ARM_EABI', () => {
    renderPanel({ TargetPlatform: { Os: 'ANDROID', Arch: 'ARM_EABI' } });
    expect(screen.getByLabelText(/ANDROID_PLATFORM/)).toBeInTheDocument();
    expect(screen.getByLabelText(/mattr/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'NEON (adds +neon to mattr)' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });

  it('writes +neon into mattr when NEON is switched on, and removes it when off', async () => {
    const { user } = renderPanel({ TargetPlatform: { Os: 'ANDROID', Arch: 'ARM_EABI' } });
    const neon = screen.getByRole('switch', { name: /NEON/ });
    await user.click(neon);
    expect(compilerOptions()).toBe('{"mattr":["+neon"]}');
    expect(neon).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('button', { name: 'Remove +neon' })).toBeInTheDocument();
    await user.click(neon);
    expect(compilerOptions()).toBeUndefined();
  });

  it('writes ANDROID_PLATFORM as a number, and keeps text that is not an integer', async () => {
    const { user } = renderPanel({ TargetPlatform: { Os: 'ANDROID', Arch: 'ARM64' } });
    const level = screen.getByLabelText(/ANDROID_PLATFORM/);
    await user.type(level, '27');
    expect(compilerOptions()).toBe('{"ANDROID_PLATFORM":27}');
    await user.type(level, 'x');
    expect(compilerOptions()).toBe('{"ANDROID_PLATFORM":"27x"}');
    expect(level).toHaveValue('27x');
    expect(level).toHaveAttribute('aria-invalid', 'true');
  });

  it('writes a typed gpu-code', async () => {
    const { user } = renderPanel({ TargetDevice: 'jetson_nano' });
    await user.type(await screen.findByRole('combobox', { name: /gpu-code/ }), 'sm_53');
    expect(compilerOptions()).toBe('{"gpu-code":"sm_53"}');
  });

  it("offers the device's own gpu-code first, labelled, and writes the one picked", async () => {
    const { user } = renderPanel({ TargetDevice: 'jetson_nano' });
    await screen.findByRole('combobox', { name: /gpu-code/ });
    await user.click(screen.getByRole('button', { name: 'Suggestions for gpu-code' }));
    const suggestions = screen.getByRole('listbox', { name: 'Suggested gpu-code values' });
    const first = within(suggestions).getAllByRole('option')[0];
    expect(first).toHaveTextContent(/^sm_53jetson_nano's GPU$/);
    await user.click(first!);
    expect(compilerOptions()).toBe('{"gpu-code":"sm_53"}');
  });

  it('keeps unknown keys, in place, when another field is edited', async () => {
    const { user } = renderPanel({
      TargetDevice: 'ml_m5',
      CompilerOptions: '{"foo":{"a":1},"mcpu":"x"}',
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: /dtype/ }), 'int64');
    expect(compilerOptions()).toBe('{"foo":{"a":1},"dtype":"int64","mcpu":"x"}');
    await user.type(screen.getByRole('combobox', { name: /mcpu/ }), '2');
    expect(compilerOptions()).toBe('{"foo":{"a":1},"dtype":"int64","mcpu":"x2"}');
    expect(screen.getByText('Other options, kept as given')).toBeInTheDocument();
  });

  it('edits a suggested value character by character, never clearing it', async () => {
    const { user } = renderPanel({
      TargetDevice: 'ml_m5',
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    });
    const mcpu = await screen.findByRole('combobox', { name: /mcpu/ });
    await user.type(mcpu, '{Backspace}{Escape}');
    expect(mcpu).toHaveValue('skylake-avx51');
    expect(compilerOptions()).toBe('{"mcpu":"skylake-avx51"}');
  });

  it('removes a key when its select is set back to "not set"', async () => {
    const { user } = renderPanel({
      TargetDevice: 'ml_m5',
      CompilerOptions: '{"dtype":"int64","mcpu":"x"}',
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: /dtype/ }), '(not set)');
    expect(compilerOptions()).toBe('{"mcpu":"x"}');
  });

  it('locks the fields when CompilerOptions is unreadable, and leaves the text alone', async () => {
    renderPanel({ TargetDevice: 'ml_m5', CompilerOptions: '{"mcpu": ' });
    expect(await screen.findByRole('combobox', { name: /mcpu/ })).toBeDisabled();
    expect(screen.getByText(/The fields are locked/)).toBeInTheDocument();
    expect(compilerOptions()).toBe('{"mcpu": ');
  });

  it('says the EIA either-or rule once when both are set: the error takes the hint’s place', async () => {
    renderWithConfiguration(<CompilerOptionsSection />, {
      draft: {
        S3OutputLocation: S3,
        TargetDevice: 'ml_eia2',
        CompilerOptions: '{"signature_def_key":"serving_default","output_names":["out"]}',
      },
      revealAll: true,
    });
    await screen.findByLabelText(/signature_def_key/);
    expect(screen.getAllByText(/at most one of|not both/)).toHaveLength(1);
    expect(screen.getByText(/not both/)).toHaveTextContent(/^Error: /);
  });

  it('shows the EIA either-or hint once', async () => {
    renderPanel({ TargetDevice: 'ml_eia2' });
    await screen.findByLabelText(/signature_def_key/);
    expect(
      screen.getAllByText('Set at most one of signature_def_key and output_names.'),
    ).toHaveLength(1);
  });
});
