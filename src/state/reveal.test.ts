import { initialReveal, isFieldRevealed, isPristine, withTouched } from './reveal';

describe('reveal', () => {
  it('shows nothing on a fresh page until a field is touched, then that field only', () => {
    const fresh = initialReveal(false);
    expect(isPristine(fresh)).toBe(true);
    expect(isFieldRevealed(fresh, 'S3OutputLocation')).toBe(false);
    const touched = withTouched(fresh, 'S3OutputLocation');
    expect(isFieldRevealed(touched, 'S3OutputLocation')).toBe(true);
    expect(isFieldRevealed(touched, 'KmsKeyId')).toBe(false);
    expect(isPristine(touched)).toBe(false);
  });

  it('shows every field once values were brought in, and is not pristine then', () => {
    const loaded = initialReveal(true);
    expect(isFieldRevealed(loaded, 'RoleArn')).toBe(true);
    expect(isPristine(loaded)).toBe(false);
  });

  it('keeps the same value when a touched field is touched again', () => {
    const once = withTouched(initialReveal(false), 'gpu-code');
    expect(withTouched(once, 'gpu-code')).toBe(once);
  });
});
