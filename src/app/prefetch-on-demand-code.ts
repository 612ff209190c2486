/**
 * The app works offline once loaded (SPEC §1.1), yet the parts a fresh visit does not show are
 * split off to keep the first screen small. After the page has loaded and the browser is idle,
 * this fetches those parts too, so a dropped connection later cannot leave a tab or a dialog
 * unable to open. Each path is the same module its lazy loader imports, so nothing loads twice.
 */
const ON_DEMAND_MODULES = [
  () => import('../features/platform/platform-picker'),
  () => import('../features/options/option-fields-form'),
  () => import('../features/options/inferentia-options'),
  () => import('../features/options/option-combobox'),
  () => import('../features/options/advanced-options-editor'),
  () => import('../features/share/snippet-text'),
  () => import('../features/share/import-dialog'),
  () => import('../features/catalogue/device-table'),
  () => import('../features/detect/detect-dialog'),
];

/** Schedules the prefetch for after the load event, when the main thread is idle. */
export function prefetchOnDemandCodeWhenIdle(): void {
  const prefetch = () => {
    for (const load of ON_DEMAND_MODULES) {
      // A failure here is harmless: the lazy loader tries again, and says so, when needed.
      load().catch(() => undefined);
    }
  };
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(prefetch) : setTimeout(prefetch, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
