// @vitest-environment jsdom
import { readStoredChoice, storeChoice } from './stored-choice';

const VIEWS = ['cards', 'table'] as const;

describe('stored choice', () => {
  beforeEach(() => localStorage.clear());

  it('reads back a stored allowed value', () => {
    storeChoice('view', 'table');
    expect(readStoredChoice('view', VIEWS, 'cards')).toBe('table');
  });

  it('falls back when nothing or something unknown is stored', () => {
    expect(readStoredChoice('view', VIEWS, 'cards')).toBe('cards');
    localStorage.setItem('view', '<script>');
    expect(readStoredChoice('view', VIEWS, 'cards')).toBe('cards');
  });

  it('falls back when storage throws', () => {
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(readStoredChoice('view', VIEWS, 'cards')).toBe('cards');
    spy.mockRestore();
  });
});
