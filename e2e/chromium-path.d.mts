export function findChromium(): { path: string | undefined; source: string };
export const CHROMIUM_ARGS: string[];
