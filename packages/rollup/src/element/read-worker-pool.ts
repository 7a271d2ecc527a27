// A few reading workers, one file each at a time. Where no worker can start (a CSP without
// worker-src 'self', the script served from another origin), `read` answers undefined and the
// caller reads the file on the page instead: slower for the page, but every file is still read.
import type { ReadReply, ReadRequest } from './read-messages.ts';

type Settle = (reply: ReadReply['result'] | undefined) => void;

export interface ReaderPool {
  /** How many files may be in flight at once. */
  readonly size: number;
  read(file: File, id: string): Promise<ReadReply['result'] | undefined>;
  stop(): void;
}

/** Two to four workers, by the machine's cores (the page itself needs one too). */
export const poolSize = () => Math.min(4, Math.max(2, (navigator.hardwareConcurrency ?? 2) - 1));

export function startReaderPool(size = poolSize()): ReaderPool {
  const pending = new Map<number, Settle>();
  const idle: Worker[] = [];
  const busy = new Map<number, Worker>();
  let failed = false;
  let nextJob = 1;

  const giveUp = () => {
    failed = true;
    for (const settle of pending.values()) settle(undefined);
    pending.clear();
  };
  const onReply = (worker: Worker) => (event: MessageEvent<ReadReply>) => {
    const { job, result } = event.data;
    pending.get(job)?.(result);
    pending.delete(job);
    busy.delete(job);
    idle.push(worker);
  };
  try {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./read-worker.ts', import.meta.url), {
        type: 'module',
        name: 'koiki-rollup-reader',
      });
      worker.addEventListener('message', onReply(worker));
      // A script that cannot load (blocked, missing) surfaces here, not in the constructor.
      worker.addEventListener('error', giveUp);
      idle.push(worker);
    }
  } catch {
    failed = true;
  }

  return {
    size,
    read(file, id) {
      const worker = idle.pop();
      if (failed || !worker) return Promise.resolve(undefined);
      const job = nextJob++;
      busy.set(job, worker);
      return new Promise((settle) => {
        pending.set(job, settle);
        const request: ReadRequest = { job, file, id };
        worker.postMessage(request);
      });
    },
    stop() {
      for (const worker of [...idle, ...busy.values()]) worker.terminate();
      giveUp();
    },
  };
}
