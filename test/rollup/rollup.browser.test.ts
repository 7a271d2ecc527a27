// <koiki-rollup> as prefecture staff use it: 50 files dropped at once (45 claims in every format,
// 5 hostile), the table, the refusals, the totals, a cap broken by two claims together, axe, and
// the received set still there after a reload (a new element on the same IndexedDB).
import '@koiki/rollup/koiki-rollup.js';
import type { RollupReport } from '@koiki/rollup';
import type { KoikiRollup } from '@koiki/rollup/koiki-rollup.js';
import { expect, fixture, html } from '@open-wc/testing';
import { rendered, waitFor } from '../assistant/wait-for.ts';
import { amountsOf, hostileFiles, type SentClaim, validClaims } from './received-files.ts';

const rows = (el: KoikiRollup) => [...el.shadowRoot!.querySelectorAll('table.claims tbody tr')];
const refusals = (el: KoikiRollup) => [...el.shadowRoot!.querySelectorAll('.refused li')];
const rowOf = (el: KoikiRollup, fileName: string) =>
  rows(el).find((row) => row.querySelector('.file')?.textContent === fileName);
const yen = (value: number) => value.toLocaleString('ja-JP');

async function mount(database: string): Promise<KoikiRollup> {
  return fixture<KoikiRollup>(html`<koiki-rollup .database=${database}></koiki-rollup>`);
}

/** Drops `files` on the drop zone as a browser does: one drop event carrying a DataTransfer. */
function drop(el: KoikiRollup, files: readonly File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const zone = el.shadowRoot!.querySelector('.drop-zone')!;
  zone.dispatchEvent(
    new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
  );
  zone.dispatchEvent(
    new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
  );
}

/** What the totals must be: each claim's own calculator, summed over the claims to be counted. */
async function expectedTotal(claims: readonly SentClaim[]): Promise<number> {
  let sum = 0;
  for (const c of claims) sum += (await amountsOf(c.formId, c.data)).totals.yen;
  return sum;
}

describe('<koiki-rollup>：市町村からの申請の取りまとめ', () => {
  it('50件のファイルをドロップすると、45件の申請が表に並び、5件は理由つきで断られ、合計が各申請の算定額の和になる。再読み込み後も残る', async function () {
    this.timeout(180_000);
    const database = `koiki-rollup-test-${Math.random()}`;
    const { claims, capPair } = await validClaims(45);
    const hostile = await hostileFiles();
    const el = await mount(database);
    await el.settled;

    // Whether a progress bar for the 50 files was ever drawn (recorded as the DOM changes).
    let progressShown = false;
    const watch = new MutationObserver(() => {
      progressShown ||= el.shadowRoot!.querySelector('progress')?.max === 50;
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    const reports: RollupReport[] = [];
    el.addEventListener('koiki-rollup-report', (e) =>
      reports.push((e as CustomEvent<RollupReport>).detail),
    );
    drop(el, [...claims.map((c) => c.file), ...hostile]);
    await el.settled;
    await waitFor(() => rows(el).length === 45, '45行の表');
    watch.disconnect();
    expect(progressShown, '読み込み中の進み具合').to.equal(true);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain(
      '45件の申請を読み込みました。5件のファイルは読み込めませんでした。',
    );

    // Each hostile file is refused with its own message; the others went on.
    expect(refusals(el)).to.have.length(5);
    for (const file of hostile) {
      const item = refusals(el).find((li) => li.querySelector('.file')?.textContent === file.name);
      expect(item, file.name).to.exist;
      expect(item!.textContent!.length, `${file.name} の理由`).to.be.greaterThan(
        file.name.length + 5,
      );
    }
    expect(new Set(refusals(el).map((li) => li.textContent)).size, '理由はファイルごと').to.equal(
      5,
    );

    // The cap pair: both flagged 不備 with the cap named, and left out of the totals.
    for (const { file } of capPair) {
      const row = rowOf(el, file.name)!;
      expect(row.querySelector('.status')!.textContent).to.equal('不備');
      expect(row.textContent).to.match(/募集経費.*上限/);
    }
    const counted = claims.filter((c) => !capPair.includes(c));
    const total = await expectedTotal(counted);
    expect(total).to.be.greaterThan(0);
    const leftOut = el.report!.claims.filter((c) => !c.counted).map((c) => c.fileName);
    expect(leftOut).to.deep.equal(capPair.map((c) => c.file.name));
    expect(el.report!.overall.yen).to.equal(total);
    expect(el.shadowRoot!.querySelector('.overall')!.textContent).to.contain(`${yen(total)}円`);
    expect(el.report!.statusCounts.不備).to.equal(2);
    expect(reports.at(-1)?.overall.yen, 'koiki-rollup-report でホストにも届く').to.equal(total);

    await rendered(el.shadowRoot!);
    await expect(el).to.be.accessible();

    // Reload: a new element on the same database shows the same set.
    el.remove();
    const again = await mount(database);
    await again.settled;
    await waitFor(() => rows(again).length === 45, '再読み込み後の45行');
    expect(again.report!.overall.yen).to.equal(total);
  });
});
