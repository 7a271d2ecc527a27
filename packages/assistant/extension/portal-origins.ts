// The portal origins the extension works on, as the options page stores them.
export const originsKey = 'portalOrigins';

/** Parses the options text (one origin per line) into normalised origins; reports bad lines. */
export function parseOrigins(text: string): { origins: string[]; invalid: string[] } {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    try {
      const url = new URL(line);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
      if (!origins.includes(url.origin)) origins.push(url.origin);
    } catch {
      invalid.push(line);
    }
  }
  return { origins, invalid };
}

export function isPortalOrigin(origin: string, origins: readonly string[]): boolean {
  return origins.includes(origin);
}
