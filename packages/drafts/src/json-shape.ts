// A look at JSON text before parsing it: how deep it nests and whether it ends where it
// should. JSON.parse recurses, so a hostile file of a million '[' must be refused first;
// and telling "cut off" from "not JSON" gives the user a better message.

export interface JsonShape {
  /** The deepest nesting of objects and arrays. */
  depth: number;
  /** True when the text ends inside a string or with objects or arrays still open. */
  unfinished: boolean;
}

/** Scans `text` once, skipping string contents. */
export function jsonShape(text: string): JsonShape {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: deepest, unfinished: inString || depth > 0 };
}

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops keys which could reach an object's prototype later on. */
export function parseWithoutUnsafeKeys(text: string): unknown {
  return JSON.parse(text, (key, value) => (unsafeKeys.has(key) ? undefined : value));
}
