// Work that must not delay what the user waits for: run it once the page has drawn and is idle.

/** Runs `work` when the browser is idle (at the latest after `timeoutMs`), or on the next task where idle callbacks do not exist. */
export function whenIdle(work: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 0);
}
