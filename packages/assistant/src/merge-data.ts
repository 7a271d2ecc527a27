// Deep-merges prefilled data from the host into a draft: objects merge, everything else replaces.
// Keys that could reach an object's prototype are ignored.
const unsafe = new Set(['__proto__', 'constructor', 'prototype']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function mergeData(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch === undefined ? base : patch;
  const result: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (unsafe.has(key)) continue;
    result[key] = mergeData(result[key], value);
  }
  return result;
}
