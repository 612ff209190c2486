export function findChromium(): { path: string | undefined; source: string };
