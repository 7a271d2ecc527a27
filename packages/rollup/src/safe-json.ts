// JSON from a received file is untrusted: nesting is measured before parsing (a deep file would
// exhaust the stack), and keys that could reach an object's prototype are dropped while parsing.

/** Deeper nesting is refused: the forms' data nests a handful of levels. */
export const MAX_JSON_DEPTH = 64;

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting of objects and arrays in JSON text (string contents skipped), and whether it ends open. */
export function jsonNesting(text: string): { depth: number; unfinished: boolean } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return { depth: deepest, unfinished: inString || depth > 0 };
}

/** JSON.parse without prototype-reaching keys; throws like JSON.parse on bad text. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value) => (unsafeKeys.has(key) ? undefined : value));
}
