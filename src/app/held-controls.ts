/**
 * The page's controls as the app found them right after taking the page over: each one's value,
 * and whether it was checked (a radio). Read at once, before the code that hands on what was
 * typed early has loaded (app/typed-before-hydration.ts): a render meanwhile (the narrow
 * layout's, on a phone) puts the rendered values back.
 */
export type HeldControl = readonly [
  control: HTMLInputElement | HTMLSelectElement,
  value: string,
  checked: boolean | undefined,
];

export function holdControls(root: ParentNode): HeldControl[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map(
    (control) => [control, control.value, (control as HTMLInputElement).checked],
  );
}
