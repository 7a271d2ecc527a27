// The 取りまとめ表 is built in a worker, off the page's main thread: the same bytes as building it on
// the page, the spreadsheet code never loaded by the page itself; where no worker can start (a
// strict CSP, say) it is built on the page as before, and nothing is lost.
import '@koiki/rollup/koiki-rollup.js';
import { findFormEntry } from '@koiki/forms';
import {
  checkClaims,
  type ReceivedClaim,
  type RefusedFile,
  type RollupReport,
  rollupToCsv,
  rollupToXlsx,
} from '@koiki/rollup';
import type { KoikiRollup } from '@koiki/rollup/koiki-rollup.js';
import { expect, fixture, html } from '@open-wc/testing';
import { nextDownload, waitFor } from '../assistant/wait-for.ts';
import { validClaims } from './received-files.ts';
import { OriginalWorker, withWorker } from './support/with-worker.ts';

// The test runner serves every module on its own: the default 250 entries would fill up.
performance.setResourceTimingBufferSize(100_000);
/** More than one message's worth of claims (export-in-worker.ts sends 200 at a time). */
const count = 400;
const refused: RefusedFile[] = [
  { fileName: 'not-json.json', message: 'このファイルは読めませんでした。' },
];

/** `count` checked claims, as the element would hold them after a drop. */
async function bigReport(): Promise<RollupReport> {
  const { claims } = await validClaims(count);
  const received: ReceivedClaim[] = [];
  for (const [i, claim] of claims.entries()) {
    const contract = await findFormEntry(claim.formId)!.contract();
    received.push({
      id: claim.file.name,
      fileName: claim.file.name,
      source: 'payload',
      formId: claim.formId,
      schemaVersion: contract.schemaVersion,
      data: claim.data,
      madeAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    });
  }
  return checkClaims(received);
}

/** The element holding `report`, its 「Excel」 or 「CSV」 button pressed; the file it offers. */
async function exported(report: RollupReport, button: RegExp) {
  const el = await fixture<KoikiRollup>(
    html`<koiki-rollup .database=${`koiki-rollup-export-${Math.random()}`}></koiki-rollup>`,
  );
  await el.settled;
  el.report = report;
  el.refused = refused;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const download = nextDownload(root);
  const clicked = performance.now();
  [...root.querySelectorAll('button')].find((b) => button.test(b.textContent ?? ''))!.click();
  await el.updateComplete;
  const busy = root.querySelector('[aria-live]')?.textContent ?? '';
  const file = await download;
  return { el, busy, clicked, bytes: new Uint8Array(await file.blob.arrayBuffer()) };
}

/** The scripts the page itself fetched (a worker's fetches are in the worker's own timeline). */
const pageScripts = () => performance.getEntriesByType('resource').map((entry) => entry.name);
const spreadsheetCode = (name: string) => /xlsx-export|e965_xlsx|@e965\/xlsx/.test(name);

let report: RollupReport;

describe('取りまとめ表の書き出し（ワーカー）', () => {
  before(async function () {
    this.timeout(120_000);
    report = await bigReport();
  });

  it(`${count}件の .xlsx はワーカーで作られ、ページで作るのと同じバイト列。ページは表計算のコードを読み込まない`, async function () {
    this.timeout(120_000);
    expect(structuredClone(report)).to.deep.equal(report);
    const urls: string[] = [];
    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const { busy, clicked, bytes } = await withWorker(
      (url, options) => {
        urls.push(url);
        return new OriginalWorker(url, options);
      },
      () => exported(report, /Excel/),
    );
    observer.disconnect();
    expect(busy).to.contain('書き出しています');
    expect(urls).to.have.length(1);
    expect(urls[0]).to.contain('export-worker');
    expect(pageScripts().filter(spreadsheetCode)).to.deep.equal([]);
    // Informative on a busy machine, not asserted: the longest main-thread task from the click on.
    const during = longTasks.filter((t) => t.startTime + t.duration >= clicked);
    console.log(
      `longest main-thread task while exporting: ${Math.max(0, ...during.map((t) => t.duration))} ms`,
    );
    const direct = await rollupToXlsx(report, refused);
    expect(bytes.length).to.equal(direct.length);
    expect(bytes).to.deep.equal(direct);
  });

  it('CSV もワーカーで作られ、ページで作るのと同じバイト列', async function () {
    this.timeout(120_000);
    const urls: string[] = [];
    const { bytes } = await withWorker(
      (url, options) => {
        urls.push(url);
        return new OriginalWorker(url, options);
      },
      () => exported(report, /CSV/),
    );
    expect(urls).to.have.length(1);
    expect(urls[0]).to.contain('export-worker');
    expect(bytes).to.deep.equal(await rollupToCsv(report, refused));
  });

  it('ワーカーを作れないページでも、ページで同じ .xlsx を作る', async function () {
    this.timeout(120_000);
    const { el, bytes } = await withWorker(
      () => {
        throw new DOMException('blocked by CSP', 'SecurityError');
      },
      () => exported(report, /Excel/),
    );
    expect(el.notice).to.equal('');
    // The page built it: its spreadsheet code is in the page's own fetches now.
    expect(pageScripts().filter(spreadsheetCode)).not.to.deep.equal([]);
    expect(bytes).to.deep.equal(await rollupToXlsx(report, refused));
  });

  it('ワーカーのスクリプトが読み込めないときも、ページで同じ .xlsx を作る', async function () {
    this.timeout(120_000);
    const { el, bytes } = await withWorker(
      (_url, options) => new OriginalWorker('/no-such-export-worker.js', options),
      () => exported(report, /Excel/),
    );
    expect(el.notice).to.equal('');
    expect(bytes).to.deep.equal(await rollupToXlsx(report, refused));
  });

  it('書き出しそのものが失敗したときは、これまでどおり日本語で知らせ、表は残る', async function () {
    this.timeout(60_000);
    // A worker that starts but whose export throws: it answers `failed`.
    const failing = () => {
      const worker = new EventTarget() as Worker;
      worker.postMessage = (request: object) => {
        if (!('build' in request)) return;
        queueMicrotask(() =>
          worker.dispatchEvent(new MessageEvent('message', { data: { failed: true } })),
        );
      };
      worker.terminate = () => {};
      return worker;
    };
    const el = await withWorker(failing, async () => {
      const el = await fixture<KoikiRollup>(
        html`<koiki-rollup .database=${`koiki-rollup-export-${Math.random()}`}></koiki-rollup>`,
      );
      await el.settled;
      el.report = report;
      await el.updateComplete;
      [...el.shadowRoot!.querySelectorAll('button')]
        .find((b) => /Excel/.test(b.textContent ?? ''))!
        .click();
      await waitFor(() => el.notice, '失敗の知らせ');
      return el;
    });
    expect(el.notice).to.equal('書き出せませんでした。もう一度お試しください。');
    expect(el.report!.claims).to.have.length(count);
    expect(el.shadowRoot!.querySelectorAll('table.claims tbody tr').length).to.be.greaterThan(0);
  });
});
