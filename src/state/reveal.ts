/**
 * Which fields show their messages (SPEC §4.4, §4.9): every one once a link or an import brought
 * the values, otherwise only those the user touched. The OutputConfig and the request share
 * this one model, so a field of either is judged by the same rule.
 */
export type Reveal = { isRevealedAll: boolean; touched: ReadonlySet<string> };

/** A fresh page, or values the user brings: either nothing or everything shows at once. */
export function initialReveal(isRevealedAll: boolean): Reveal {
  return { isRevealedAll, touched: new Set() };
}

/** The user touched `field`: its messages show from now on. */
export function withTouched(reveal: Reveal, field: string): Reveal {
  if (reveal.touched.has(field)) return reveal;
  return { ...reveal, touched: new Set(reveal.touched).add(field) };
}

export function isFieldRevealed(reveal: Reveal, field: string): boolean {
  return reveal.isRevealedAll || reveal.touched.has(field);
}

/** Nothing changed by the user and nothing brought in: the summary guides (SPEC §4.9). */
export function isPristine(reveal: Reveal): boolean {
  return !reveal.isRevealedAll && reveal.touched.size === 0;
}
