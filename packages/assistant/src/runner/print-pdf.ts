// Prints a PDF through a hidden iframe inside our own shadow root (nothing added to the page).
export function printPdf(blob: Blob, container: ParentNode & Node): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.className = 'print-frame';
    frame.title = '印刷用';
    frame.tabIndex = -1;
    const url = URL.createObjectURL(blob);
    frame.addEventListener('load', () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      // The print dialog blocks until closed; clean up on the next turn.
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
        resolve();
      }, 1000);
    });
    frame.src = url;
    container.appendChild(frame);
  });
}
