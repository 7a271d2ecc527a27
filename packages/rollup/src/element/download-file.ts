// Offers bytes as a download through a temporary link inside the element's shadow root.
export function downloadFile(
  bytes: Uint8Array,
  fileName: string,
  type: string,
  container: ParentNode & Node,
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.appendChild(link);
  link.click();
  link.remove();
  // The browser has started reading the file by now; the delay only frees memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today in Asia/Tokyo as YYYY-MM-DD, for file names (whatever the PC's time zone). */
export function tokyoDate(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}
