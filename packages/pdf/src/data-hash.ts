/** The data exactly as embedded in the PDF. */
export const dataJson = (data: unknown): string => JSON.stringify(data ?? null);

/** First 8 hex characters of the SHA-256 of the data's JSON (Web Crypto: Node 20 and browsers). */
export async function dataHash(data: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(dataJson(data)));
  return [...new Uint8Array(digest).slice(0, 4)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}
