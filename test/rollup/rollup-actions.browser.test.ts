// What prefecture staff do with the received set in <koiki-rollup>: sort and filter the table,
// read a claim in detail, remove and replace claims, export and print, open a claim read-only in
// the assistant; and a damaged stored record does not break the page.
import '@koiki/assistant/koiki-assistant.js';
import '@koiki/rollup/koiki-rollup.js';
import type { KoikiAssistant } from '@koiki/assistant';
import type { KoikiRollup, OpenClaimDetail } from '@koiki/rollup/koiki-rollup.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { openDB } from 'idb';
import { nextDownload, waitFor } from '../assistant/wait-for.ts';
import { validClaims } from './received-files.ts';

const root = (el: KoikiRollup) => el.shadowRoot!;
const rows = (el: KoikiRollup) => [...root(el).querySelectorAll('table.claims tbody tr')];
const column = (el: KoikiRollup, selector: string) =>
  rows(el).map((row) => row.querySelector(selector)?.textContent?.trim() ?? '');
const buttonNamed = (el: KoikiRollup, name: string | RegExp) =>
  [...root(el).querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  )!;
const yenColumn = (el: KoikiRollup) =>
  rows(el).map((row) =>
    Number(row.querySelectorAll('td.number')[0]!.firstChild!.textContent!.replace(/[^\d]/g, '')),
  );

async function loaded(count: number, database = `koiki-rollup-actions-${Math.random()}`) {
  const { claims } = await validClaims(count);
  const el = await fixture<KoikiRollup>(html`<koiki-rollup .database=${database}></koiki-rollup>`);
  await el.addFiles(claims.map((c) => c.file));
  await waitFor(() => rows(el).length === Math.min(count, 100), `${count}件の表`);
  return { el, claims, database };
}

async function choose(input: HTMLInputElement, files: File[]): Promise<void> {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<koiki-rollup> の操作', () => {
  it('措置額の見出しで昇順・降順に並べ替えられ、aria-sort が並びを伝える', async function () {
    this.timeout(60_000);
    const { el } = await loaded(6);
    const heading = () =>
      [...root(el).querySelectorAll('thead th')].find((th) =>
        th.textContent?.includes('措置額（円）'),
      )!;
    heading().querySelector('button')!.click();
    await el.updateComplete;
    expect(heading().getAttribute('aria-sort')).to.equal('ascending');
    const ascending = yenColumn(el);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
    heading().querySelector('button')!.click();
    await el.updateComplete;
    expect(heading().getAttribute('aria-sort')).to.equal('descending');
    expect(yenColumn(el)).to.deep.equal([...ascending].reverse());
  });

  it('状態と団体名で絞り込める', async function () {
    this.timeout(60_000);
    const { el } = await loaded(6);
    const select = root(el).querySelector<HTMLSelectElement>('.filters select')!;
    select.value = '不備';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(column(el, '.status')).to.deep.equal(['不備', '不備']);
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    const search = root(el).querySelector<HTMLInputElement>('.filters input')!;
    const name = el.report!.claims[0]!.dantaiName!;
    search.value = name;
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(0);
    expect(column(el, 'th[scope="row"]').every((text) => text === name)).to.equal(true);
    expect(root(el).querySelector('caption')!.textContent).to.contain('条件に合う');
  });

  it('詳細で理由と算定調書の内訳が見え、一覧に戻ると元の行の詳細ボタンにフォーカスが戻る', async function () {
    this.timeout(60_000);
    const { el } = await loaded(6);
    const claim = el.report!.claims.find((c) => c.status === '不備')!;
    const row = rows(el).find((r) => r.getAttribute('data-id') === claim.id)!;
    row.querySelector('button')!.click();
    await waitFor(() => root(el).querySelector('.detail'), '詳細');
    expect(root(el).activeElement?.id).to.equal('detail-title');
    expect(root(el).querySelector('.findings')!.textContent).to.contain('上限');
    const panel = root(el).querySelector('koiki-amount-panel')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.textContent).to.contain('募集経費');
    await expect(el).to.be.accessible();
    buttonNamed(el, '一覧に戻る').click();
    await waitFor(() => !root(el).querySelector('.detail'), '一覧');
    expect(root(el).activeElement).to.equal(
      rows(el)
        .find((r) => r.getAttribute('data-id') === claim.id)!
        .querySelector('button'),
    );
  });

  it('取り除いた申請と差し替えた申請は、再読み込みの後もそのまま', async function () {
    this.timeout(90_000);
    const { el, claims, database } = await loaded(6);
    const [first, second] = el.report!.claims;
    // Remove the first claim.
    rows(el)[0]!.querySelector('button')!.click();
    await waitFor(() => root(el).querySelector('.detail'), '詳細');
    buttonNamed(el, 'この申請を取り除く').click();
    await el.settled;
    await waitFor(() => rows(el).length === 5, '5行');
    expect(column(el, '.file')).not.to.include(first!.fileName);
    // Replace the (now first) second claim with the first claim's file.
    rows(el)[0]!.querySelector('button')!.click();
    await waitFor(() => root(el).querySelector('.detail'), '詳細');
    const replacement = claims.find((c) => c.file.name === first!.fileName)!.file;
    await choose(root(el).querySelector<HTMLInputElement>('.replace-input')!, [replacement]);
    await el.settled;
    await waitFor(() => el.claims.some((c) => c.fileName === first!.fileName), '差し替え');
    expect(el.claims.map((c) => c.fileName)).not.to.include(second!.fileName);
    expect(el.claims[0]!.fileName).to.equal(first!.fileName);
    el.remove();
    const again = await fixture<KoikiRollup>(
      html`<koiki-rollup .database=${database}></koiki-rollup>`,
    );
    await again.settled;
    await waitFor(() => rows(again).length === 5, '再読み込み後の5行');
    expect(again.claims.map((c) => c.fileName)).to.deep.equal(el.claims.map((c) => c.fileName));
  });

  it('Excel と CSV に書き出せる（CSV は BOM つき）', async function () {
    this.timeout(90_000);
    const { el } = await loaded(6);
    const xlsx = nextDownload(root(el));
    buttonNamed(el, /Excel/).click();
    const file = await xlsx;
    expect(file.name).to.match(/^取りまとめ表_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const head = new Uint8Array(await file.blob.arrayBuffer()).subarray(0, 2);
    expect(String.fromCharCode(...head)).to.equal('PK');
    const csv = nextDownload(root(el));
    buttonNamed(el, /CSV/).click();
    const bytes = new Uint8Array(await (await csv).blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).to.contain(el.report!.claims[0]!.fileName);
  });

  it('印刷では表と集計だけが出て、ファイルの選択やボタンは出ない', async function () {
    this.timeout(60_000);
    const { el } = await loaded(6);
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) =>
        getComputedStyle(root(el).querySelector(selector)!).display !== 'none';
      expect(shown('.drop-zone')).to.equal(false);
      expect(shown('.tools')).to.equal(false);
      expect(shown('.filters')).to.equal(false);
      expect(shown('table.claims')).to.equal(true);
      expect(shown('.totals-section')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('詳細の「申請アシスタントで開く」で、ポータルのアシスタントが申請を閲覧のみで表示する', async function () {
    this.timeout(90_000);
    const { el } = await loaded(6);
    const assistant = await fixture<KoikiAssistant>(html`<koiki-assistant></koiki-assistant>`);
    let viewing: Promise<void> | undefined;
    el.addEventListener('koiki-rollup-open', (event) => {
      const d = (event as CustomEvent<OpenClaimDetail>).detail;
      viewing = assistant.view(d.formId, d.schemaVersion, d.data, d.fileName);
    });
    rows(el)[0]!.querySelector('button')!.click();
    await waitFor(() => root(el).querySelector('.detail'), '詳細');
    buttonNamed(el, '申請アシスタントで開く（閲覧のみ）').click();
    // Wrapped: waitFor awaits what the check returns, and a finished view() gives undefined.
    const opened = await waitFor(() => viewing && { viewing }, 'koiki-rollup-open');
    await opened.viewing;
    const view = assistant.shadowRoot!.querySelector('koiki-claim-view')!;
    await view.updateComplete;
    const list = await waitFor(
      () => view.shadowRoot!.querySelector('koiki-review-list'),
      '回答の一覧',
    );
    await list.updateComplete;
    expect(view.shadowRoot!.textContent).to.contain(
      `${el.report!.claims[0]!.fileName}（閲覧のみ）`,
    );
    expect(list.shadowRoot!.querySelectorAll('dt').length).to.be.greaterThan(5);
    // The answers name the 団体 (once the 団体 list has loaded), not only its code.
    const name = el.report!.claims[0]!.dantaiName!;
    await waitFor(() => list.shadowRoot!.textContent?.includes(name), `団体名「${name}」`);
    const changeButtons = [...list.shadowRoot!.querySelectorAll('button')].filter((b) =>
      b.textContent?.includes('変更'),
    );
    expect(changeButtons).to.have.length(0);
  });

  it('保存された記録が壊れていても、読める申請は表に出て、読めない件数が知らされる', async function () {
    this.timeout(60_000);
    const { el, database } = await loaded(6);
    el.remove();
    const db = await openDB(database, 1);
    await db.put('received-claims', { id: 'broken-1', fileName: 42, data: null });
    await db.put('received-claims', { id: 'broken-2' });
    db.close();
    const again = await fixture<KoikiRollup>(
      html`<koiki-rollup .database=${database}></koiki-rollup>`,
    );
    await again.settled;
    await waitFor(() => rows(again).length === 6, '読める6行');
    expect(root(again).querySelector('.notice')!.textContent).to.contain('2件');
  });

  it('ファイルの選択はキーボードだけで届き、並べ替えも Enter でできる', async function () {
    this.timeout(60_000);
    const { el } = await loaded(6);
    root(el).querySelector<HTMLInputElement>('#files')!.focus();
    expect(root(el).activeElement?.id).to.equal('files');
    const sort = root(el).querySelector<HTMLButtonElement>('thead button')!;
    sort.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('100件を超えると100件ずつ表示し、ページを移れる。印刷のときはすべての行が出る', async function () {
    this.timeout(120_000);
    const { el } = await loaded(120);
    const caption = () => root(el).querySelector('caption')!.textContent!;
    expect(rows(el)).to.have.length(100);
    expect(caption()).to.contain('申請 120件（1〜100件目）');
    buttonNamed(el, '次の100件').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(20);
    expect(caption()).to.contain('101〜120件目');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(120);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(20);
  });

  it('団体ごとの集計は開いたときに表になり、団体の数だけ行がある', async function () {
    this.timeout(60_000);
    const { el } = await loaded(6);
    const details = root(el).querySelector<HTMLDetailsElement>('details.by-dantai')!;
    expect(details.querySelector('table')).to.equal(null);
    details.querySelector('summary')!.click();
    await waitFor(() => details.querySelector('table'), '団体ごとの表');
    expect(details.querySelectorAll('tbody tr')).to.have.length(el.report!.byDantai.length);
    await expect(el).to.be.accessible();
  });

  it('30 MB を超えるファイルは読まずに、大きさを示して断る', async function () {
    this.timeout(60_000);
    const el = await fixture<KoikiRollup>(
      html`<koiki-rollup .database=${`koiki-rollup-big-${Math.random()}`}></koiki-rollup>`,
    );
    const big = new File([new Uint8Array(31 * 1024 * 1024)], 'とても大きい.pdf');
    await el.addFiles([big]);
    const item = await waitFor(() => root(el).querySelector('.refused li'), '断られたファイル');
    expect(item.textContent).to.contain('とても大きい.pdf');
    expect(item.textContent).to.contain('31.0 MB');
    expect(el.claims).to.have.length(0);
  });

  it('「すべて取り除く」はもう一度確かめてから空にし、再読み込みの後も空のまま', async function () {
    this.timeout(60_000);
    const { el, database } = await loaded(6);
    buttonNamed(el, '受け取った申請をすべて取り除く').click();
    await el.updateComplete;
    expect(root(el).querySelector('.tools')!.textContent).to.contain(
      '6件の申請をすべて一覧から取り除きますか',
    );
    buttonNamed(el, 'やめる').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(6);
    buttonNamed(el, '受け取った申請をすべて取り除く').click();
    await el.updateComplete;
    buttonNamed(el, '本当にすべて取り除く').click();
    await el.settled;
    await waitFor(() => root(el).querySelector('.empty'), '空の一覧');
    el.remove();
    const again = await fixture<KoikiRollup>(
      html`<koiki-rollup .database=${database}></koiki-rollup>`,
    );
    await again.settled;
    expect(again.claims).to.have.length(0);
    expect(root(again).querySelector('.empty')).to.exist;
  });
});
