// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { PLATFORM_PRESETS } from '../../../domain/target/platform-presets';
import { renderWithConfiguration } from '../../../testing/render-with-configuration';
import { PlatformPicker } from './platform-picker';

const S3 = 's3://bucket/compiled';
const preview = () => screen.getByTestId('json-preview').textContent;
const expected = (config: object) => JSON.stringify(config, null, 2);
const select = (name: RegExp) => screen.getByRole('combobox', { name });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PlatformPicker', () => {
  it('writes the chosen Os, Arch and Accelerator into the preview', async () => {
    const { user } = renderWithConfiguration(<PlatformPicker />, {
      draft: { S3OutputLocation: S3 },
    });
    await user.selectOptions(select(/Os/), 'LINUX');
    await user.selectOptions(select(/Arch/), 'ARM64');
    await user.selectOptions(select(/Accelerator/), 'NVIDIA');
    expect(preview()).toBe(
      expected({
        S3OutputLocation: S3,
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      }),
    );
    expect(screen.getByTestId('platform-explanation')).toHaveTextContent(
      "Linux on ARM64 with NVIDIA is in Neo's support table. NVIDIA also needs gpu-code, trt-ver and cuda-ver in CompilerOptions.",
    );
    await user.selectOptions(select(/Accelerator/), 'None (CPU only)');
    expect(preview()).toBe(
      expected({ S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } }),
    );
  });

  it('labels each select with its API name and gives Os and Arch an empty choice', () => {
    renderWithConfiguration(<PlatformPicker />);
    expect(select(/Os/)).toHaveAttribute('id', 'field-TargetPlatform-Os');
    expect(select(/Arch/)).toHaveAttribute('id', 'field-TargetPlatform-Arch');
    expect(select(/Accelerator/)).toHaveAttribute('id', 'field-TargetPlatform-Accelerator');
    expect(select(/Os/)).toHaveDisplayValue('Choose…');
    expect(select(/Arch/)).toHaveDisplayValue('Choose…');
    expect(select(/Accelerator/)).toHaveDisplayValue('None (CPU only)');
  });

  it('keeps a link value that is not an API value visible, flags it and fixes it', async () => {
    const draft = { S3OutputLocation: S3, TargetPlatform: { Os: 'linux', Arch: 'ARM64' } };
    const { user } = renderWithConfiguration(<PlatformPicker />, { draft, revealAll: true });
    expect(select(/Os/)).toHaveDisplayValue('linux (not a valid Os)');
    expect(preview()).toBe(expected(draft));
    expect(select(/Os/)).toHaveAttribute('aria-invalid', 'true');
    expect(select(/Os/)).toHaveAccessibleDescription(
      /Os "linux" has the wrong case: the API takes LINUX/,
    );
    await user.click(screen.getByRole('button', { name: 'Use LINUX' }));
    expect(preview()).toBe(
      expected({ S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } }),
    );
    expect(within(select(/Os/)).queryByText(/not a valid Os/)).toBeNull();
  });

  it('keeps a number from a link visible', () => {
    renderWithConfiguration(<PlatformPicker />, {
      draft: { S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX', Arch: 64 } },
      revealAll: true,
    });
    expect(select(/Arch/)).toHaveDisplayValue('64 (not a valid Arch)');
    expect(select(/Arch/)).toHaveAccessibleDescription(/Arch must be a string/);
  });

  it('shows problems with TargetPlatform as a whole and with unknown members', async () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Cores: 4 },
    };
    const { user } = renderWithConfiguration(<PlatformPicker />, { draft, revealAll: true });
    const group = screen.getByRole('group', { name: /TargetPlatform/ });
    expect(group).toHaveAccessibleDescription(
      /TargetDevice and TargetPlatform are mutually exclusive/,
    );
    expect(group).toHaveAccessibleDescription(/"Cores" is not a TargetPlatform field/);
    await user.click(screen.getByRole('button', { name: 'Remove "Cores"' }));
    expect(preview()).toBe(expected({ ...draft, TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } }));
  });

  it('keeps an unusual combination selectable and says why', async () => {
    const { user } = renderWithConfiguration(<PlatformPicker />, {
      draft: { S3OutputLocation: S3 },
    });
    await user.selectOptions(select(/Os/), 'LINUX');
    const x86 = within(select(/Arch/)).getByRole('option', { name: /^X86 / });
    expect(x86).toHaveTextContent("X86 (32-bit x86) — not in Neo's Linux support table");
    await user.selectOptions(select(/Arch/), x86);
    expect(preview()).toBe(
      expected({ S3OutputLocation: S3, TargetPlatform: { Os: 'LINUX', Arch: 'X86' } }),
    );
    expect(select(/Arch/)).toHaveAccessibleDescription(
      "Warning: Linux X86 is not in Neo's support table: Linux CPU targets use X86_64, ARM64, ARM_EABIHF or ARM_EABI",
    );
    expect(screen.getByTestId('platform-explanation')).toHaveTextContent(
      "Unusual: Linux on X86, CPU only is outside Neo's support table.",
    );
  });

  it('says before an Arch is chosen that Android has no NVIDIA platform', async () => {
    const { user } = renderWithConfiguration(<PlatformPicker />);
    await user.selectOptions(select(/Os/), 'ANDROID');
    await user.selectOptions(select(/Accelerator/), 'NVIDIA');
    expect(screen.getByTestId('platform-explanation')).toHaveTextContent(
      "Unusual: Android with NVIDIA is not in Neo's support table: Android targets use MALI or INTEL_GRAPHICS GPUs.",
    );
  });

  it.each([
    ['Raspberry Pi 3 Model B+', { Os: 'LINUX', Arch: 'ARM_EABIHF' }, '{"mattr":["+neon"]}'],
    [
      'Jetson TX2',
      { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
    ],
    ['EC2 m5.2xlarge', { Os: 'LINUX', Arch: 'X86_64' }, '{"mcpu":"skylake-avx512"}'],
    ['RK3399', { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'MALI' }, undefined],
    [
      'ARMv7 phone (CPU)',
      { Os: 'ANDROID', Arch: 'ARM_EABI' },
      '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}',
    ],
    ['ARMv8 phone (CPU)', { Os: 'ANDROID', Arch: 'ARM64' }, '{"ANDROID_PLATFORM":29}'],
  ])('preset %s sets exactly its platform and options', async (label, platform, options) => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      CompilerOptions: '{"dtype":"int64"}',
    };
    const { user } = renderWithConfiguration(<PlatformPicker />, { draft });
    await user.click(screen.getByRole('button', { name: new RegExp(`^${escape(label)}`) }));
    const config = { S3OutputLocation: S3, TargetPlatform: platform, CompilerOptions: options };
    expect(preview()).toBe(expected(JSON.parse(JSON.stringify(config))));
    expect(screen.getByRole('button', { name: new RegExp(`^${escape(label)}`) })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('shows why the EC2 m5.2xlarge preset differs from the reference', async () => {
    const { user } = renderWithConfiguration(<PlatformPicker />);
    const ec2 = screen.getByRole('button', { name: /^EC2 m5\.2xlarge/ });
    expect(ec2).toHaveAccessibleDescription(/an m5 has no GPU/);
    expect(screen.getByText(/differs from the reference/)).not.toBeVisible();
    await user.click(ec2);
    expect(screen.getByText(/differs from the reference/)).toBeVisible();
    expect(PLATFORM_PRESETS.filter((preset) => preset.note).map((preset) => preset.id)).toEqual([
      'ec2-m5-2xlarge',
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
