// The few extension APIs we use (no @types/chrome dependency for three calls).
declare namespace chrome {
  namespace runtime {
    function getURL(path: string): string;
    function openOptionsPage(): Promise<void>;
    const onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
  }
  namespace storage {
    const sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  }
}
