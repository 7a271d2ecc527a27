// Gives the page a turn between two pieces of work, so input and painting are not held up by a
// long run of files (the browser's scheduler.yield where there is one).
type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}
