// Sizes use binary units (1 MB = 1,048,576 bytes), as Windows Explorer shows them, so the size we
// report matches the one staff see next to the file on their PC.
const KB = 1024;
const MB = 1024 * 1024;

/** 「12.3 MB」「512 KB」「800 バイト」: one decimal for MB, whole KB. */
export function formatFileSize(bytes: number): string {
  if (bytes >= MB) return `${trimZero((bytes / MB).toFixed(1))} MB`;
  if (bytes >= KB) return `${Math.round(bytes / KB)} KB`;
  return `${bytes} バイト`;
}

/** A limit given in MB as bytes. */
export function megabytes(count: number): number {
  return count * MB;
}

function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}
