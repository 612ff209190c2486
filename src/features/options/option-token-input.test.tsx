// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { previewObject, renderWithConfiguration } from '../../testing/render-with-configuration';
import { CompilerOptionsSection } from './compiler-options-section';

afterEach(() => {
  vi.unstubAllGlobals();
});

const renderRasp3b = (compilerOptions?: string) =>
  renderWithConfiguration(<CompilerOptionsSection />, {
    draft: {
      S3OutputLocation: 's3://bucket/out',
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
      ...(compilerOptions === undefined ? {} : { CompilerOptions: compilerOptions }),
    },
  });
const compilerOptions = () => previewObject().CompilerOptions;
// The field widgets are lazy-loaded, so the first look waits for them.
const mattrInput = () => screen.findByRole('textbox', { name: /mattr/ });
const tokens = () =>
  within(screen.getByRole('list', { name: 'mattr tokens' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('mattr tokens', () => {
  it('adds a token on Enter and on a comma', async () => {
    const { user } = renderRasp3b();
    const input = await mattrInput();
    await user.type(input, '+neon{Enter}+vfpv4,');
    expect(compilerOptions()).toBe('{"mattr":["+neon","+vfpv4"]}');
    expect(input).toHaveValue('');
    expect(screen.getByRole('switch', { name: /NEON/ })).toHaveAttribute('aria-checked', 'true');
  });

  it('removes the last token with Backspace in the empty input, or any token with its button', async () => {
    const { user } = renderRasp3b('{"mattr":["+neon","+vfpv4","+thumb2"]}');
    await user.type(await mattrInput(), '{Backspace}');
    expect(compilerOptions()).toBe('{"mattr":["+neon","+vfpv4"]}');
    await user.click(screen.getByRole('button', { name: 'Remove +neon' }));
    expect(compilerOptions()).toBe('{"mattr":["+vfpv4"]}');
  });

  it('marks a token that is not +feature or -feature, and shows the rule message', async () => {
    const { user } = renderRasp3b();
    await user.type(await mattrInput(), 'neon{Enter}');
    expect(tokens()).toEqual(['!neon(invalid)×']);
    expect(await mattrInput()).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(/mattr token "neon" must be \+feature or -feature/),
    ).toBeInTheDocument();
  });

  it('adds what is left in the input when it loses focus, and offers suggestions', async () => {
    const { user } = renderRasp3b();
    await user.type(await mattrInput(), '+vfpv4');
    await user.tab();
    expect(compilerOptions()).toBe('{"mattr":["+vfpv4"]}');
    await user.click(screen.getByRole('button', { name: 'Add +neon' }));
    expect(compilerOptions()).toBe('{"mattr":["+vfpv4","+neon"]}');
  });
});
