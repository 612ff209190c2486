/**
 * A small choice remembered across visits in localStorage (the catalogue's view). Storage can
 * be off or full (private mode, quotas): then the choice lasts for the page only, silently.
 */
export function readStoredChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  try {
    const stored = localStorage.getItem(key);
    return allowed.find((value) => value === stored) ?? fallback;
  } catch {
    return fallback;
  }
}

export function storeChoice(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the choice still holds for this page.
  }
}
