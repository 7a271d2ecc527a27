export function findChrome(): string | null;
export const missingChromeMessage: string;
export const chromeArgs: string[];
