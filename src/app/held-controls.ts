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

/**
 * The held controls, and every click, input and change from then on until that code has run:
 * what the user does in the app that has taken the page over is newer than anything done before,
 * and is never overwritten by it.
 */
export type HeldPage = readonly [controls: HeldControl[], doneSince: Event[]];

export function holdControls(root: ParentNode): HeldPage {
  const doneSince: Event[] = [];
  window.onclick = window.oninput = window.onchange = (event) => doneSince.push(event);
  return [
    [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map(
      (control) => [control, control.value, (control as HTMLInputElement).checked],
    ),
    doneSince,
  ];
}

/** Stops keeping clicks, inputs and changes: they have been handed on, or never can be. */
export function releaseControls(): void {
  window.onclick = window.oninput = window.onchange = null;
}
