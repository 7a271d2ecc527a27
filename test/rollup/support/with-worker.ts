// Stands in for the page's Worker constructor in a test, so a test decides what each worker is.

/** The page's own Worker, kept before any test replaces it. */
export const OriginalWorker = globalThis.Worker;

/** Replaces the page's Worker while `work` runs; `make` decides what `new Worker(url)` does. */
export async function withWorker<T>(
  make: (url: string, options?: WorkerOptions) => Worker,
  work: () => Promise<T>,
) {
  const original = globalThis.Worker;
  // A class, not a function: `new` must work on it; its constructor returns what `make` made.
  globalThis.Worker = class {
    constructor(url: string | URL, options?: WorkerOptions) {
      // biome-ignore lint/correctness/noConstructorReturn: stands in for the real constructor
      return make(String(url), options);
    }
  } as unknown as typeof Worker;
  try {
    return await work();
  } finally {
    globalThis.Worker = original;
  }
}
