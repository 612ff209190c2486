import { errorText } from './error-text';

describe('errorText', () => {
  it("says an Error's message, without its name", () => {
    expect(errorText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });

  it('says the text of anything else that was thrown', () => {
    expect(errorText('offline')).toBe('offline');
    expect(errorText(404)).toBe('404');
    expect(errorText(undefined)).toBe('undefined');
  });
});
