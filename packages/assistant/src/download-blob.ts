// Offers a Blob as a download through a temporary link inside our shadow root.
export function downloadBlob(blob: Blob, fileName: string, container: ParentNode & Node): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.className = 'visually-hidden';
  container.appendChild(link);
  link.click();
  link.remove();
  // The browser has started reading the file by now; the delay only frees memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
