import type { Page } from '@playwright/test';

/** The 37 TargetDevice values exactly as the API reference lists them ("Valid Values"). */
export const API_TARGET_DEVICES = (
  'lambda | ml_m4 | ml_m5 | ml_m6g | ml_c4 | ml_c5 | ml_c6g | ml_p2 | ml_p3 | ml_g4dn | ' +
  'ml_inf1 | ml_inf2 | ml_trn1 | ml_eia2 | jetson_tx1 | jetson_tx2 | jetson_nano | ' +
  'jetson_xavier | rasp3b | rasp4b | imx8qm | deeplens | rk3399 | rk3288 | aisage | sbe_c | ' +
  'qcs605 | qcs603 | sitara_am57x | amba_cv2 | amba_cv22 | amba_cv25 | x86_win32 | x86_win64 | ' +
  'coreml | jacinto_tda4vm | imx8mplus'
).split(' | ');

export const S3 = 's3://my-bucket/compiled';

export const preview = (page: Page) => page.getByTestId('json-preview');
export const summary = (page: Page) => page.getByTestId('validation-summary');
export const deviceList = (page: Page) => page.getByRole('listbox', { name: 'Devices' });
export const optionsRegion = (page: Page) =>
  page.getByRole('region', { name: 'Compiler options (CompilerOptions)' });

/** The catalogue card of one device: its name ends with the API value (amba_cv2 ≠ amba_cv22). */
export const deviceOption = (page: Page, id: string) =>
  deviceList(page).getByRole('option', { name: new RegExp(` ${id}$`) });

/** An option field: its label is the friendly name followed by the API key ("GPU architecture gpu-code"). */
export function apiField(page: Page, apiName: string) {
  const name = new RegExp(` ${apiName}$`);
  return optionsRegion(page)
    .getByRole('combobox', { name })
    .or(optionsRegion(page).getByRole('textbox', { name }));
}

/** The one-click fix offered in the validation summary (the same button also sits under the field). */
export const summaryFix = (page: Page, label: string) =>
  summary(page).getByRole('button', { name: label, exact: true });

/** The page with an S3OutputLocation typed in, ready for a target. */
export async function openWithLocation(page: Page, location = S3) {
  await page.goto('./');
  await page.getByLabel(/S3OutputLocation/).fill(location);
}
