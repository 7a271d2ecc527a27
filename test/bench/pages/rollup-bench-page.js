// Runs inside the roll-up bench page: loads the built <koiki-rollup>, hands it many received files
// at once (as a drop does) and times how long until the table shows them all, watching the
// main thread's long tasks meanwhile. Plain JS served as is.

const bundleUrl = '/rollup/koiki-rollup.js';
const filesBase = '/rollup-files/';

/** Main-thread tasks over 50 ms, as the browser reports them. */
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function until(check, what, limitMs = 600_000) {
  const start = performance.now();
  for (;;) {
    if (check()) return;
    if (performance.now() - start > limitMs) throw new Error(`timed out waiting for ${what}`);
    await frame();
  }
}

/** The served PDFs `names` as the File objects a file picker would give (fetched a few at a time). */
async function receivedFiles(names) {
  const files = [];
  for (let i = 0; i < names.length; i += 20) {
    const batch = names.slice(i, i + 20);
    const blobs = await Promise.all(batch.map(async (n) => (await fetch(filesBase + n)).blob()));
    files.push(...blobs.map((blob, j) => new File([blob], batch[j], { type: 'application/pdf' })));
  }
  return files;
}

/** Rows on one page of the table (the element's rowsPerPage). */
const rowsPerPage = 100;

/**
 * Files chosen → the table showing all of them (its first page) and a frame painted; then 「Excel で書き出す」 → the
 * .xlsx offered. Long tasks are those that overlapped the reading and checking.
 */
export async function tableTime(names) {
  await import(bundleUrl);
  const files = await receivedFiles(names);
  const count = files.length;
  const el = document.createElement('koiki-rollup');
  el.database = `koiki-rollup-bench-${Math.random()}`;
  document.getElementById('host').append(el);
  await el.settled;
  const rows = () => el.shadowRoot.querySelectorAll('table.claims tbody tr').length;
  const start = performance.now();
  void el.addFiles(files);
  await until(
    () => el.report?.claims.length === count && rows() === Math.min(count, rowsPerPage),
    `${count} claims in the table`,
  );
  await frame();
  const end = performance.now();
  const during = longTasks.filter((t) => t.startTime + t.duration >= start && t.startTime <= end);
  const xlsx = await exportTime(el);
  return {
    files: count,
    ms: end - start,
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTaskMsTotal: during.reduce((sum, t) => sum + t.duration, 0),
    heapMb: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : undefined,
    statusCounts: el.report.statusCounts,
    xlsxMs: xlsx.ms,
    xlsxLongestTaskMs: xlsx.longestTaskMs,
  };
}

/**
 * 「Excel で書き出す」 pressed → the download link clicked (the file is not saved), and the longest
 * main-thread task meanwhile (the .xlsx is built in a worker: the page should stay responsive).
 */
async function exportTime(el) {
  const root = el.shadowRoot;
  const offered = new Promise((resolve) => {
    root.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof HTMLAnchorElement && event.target.download) {
          event.preventDefault();
          resolve(performance.now());
        }
      },
      { capture: true },
    );
  });
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Excel'));
  const start = performance.now();
  button.click();
  const end = await offered;
  // Long tasks are reported after they end: one more frame lets the last of them in.
  await frame();
  const during = longTasks.filter((t) => t.startTime + t.duration >= start && t.startTime <= end);
  return { ms: end - start, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)) };
}
