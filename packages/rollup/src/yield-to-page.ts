// Long loops give the event loop a turn now and then, so a page stays responsive (and a progress
// bar can paint) while thousands of claims are checked. Yielding on every item would cost ~1 ms
// each in Node; yielding once a slice of time is used costs almost nothing.

const SLICE_MS = 12;

/** A function to await between items: it yields only when the current slice of time is used up. */
export function timeSlicer(signal?: AbortSignal): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    signal?.throwIfAborted();
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
    sliceStart = performance.now();
  };
}
