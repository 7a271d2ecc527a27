import '../../../packages/kit/src/fields/attachment/define.ts';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KoikiAttachmentField } from '../../../packages/kit/src/fields/attachment/attachment-field.ts';
import { waitFor } from '../../assistant/wait-for.ts';

const MB = 1024 * 1024;
const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A small but well-formed PDF with `pages` blank pages (pdf-lib does not load in this runner). */
function pdfFile(name: string, pages: number): File {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from(
      { length: pages },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ),
  ];
  const body = objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join('');
  const text = `%PDF-1.4\n${body}trailer\n<< /Root 1 0 R /Size ${objects.length + 1} >>\n%%EOF\n`;
  return new File([text], name, { type: 'application/pdf' });
}

/** What a user's choice in the file dialog does: the input's files change, then `change`. */
function choose(el: KoikiAttachmentField, files: File[]) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function mount(multiple = true) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <koiki-attachment-field
      label="添付書類"
      name="files"
      required
      ?multiple=${multiple}
    ></koiki-attachment-field>
  </form>`);
  return { form, el: form.querySelector('koiki-attachment-field')! };
}

function errorText(el: KoikiAttachmentField) {
  return el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, '') ?? '';
}

/** Why the last chosen files were refused (not an error of the value). */
function rejectionText(el: KoikiAttachmentField) {
  return el.shadowRoot!.querySelector('[part="rejection"]')?.textContent?.replace(/\s+/g, '') ?? '';
}

describe('<koiki-attachment-field>', () => {
  it('見えるラベルのあるネイティブのファイル入力で、Tab で届く', async () => {
    const { el } = await mount();
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('添付書類');
    expect(input.getAttribute('accept')).to.contain('application/pdf');
    const before = document.createElement('button');
    before.textContent = '前';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(el.shadowRoot!.querySelector('.limits')!.textContent).to.contain(
      'PDF、JPEG、PNG のファイル（1つ 10 MB まで）',
    );
    await expect(el).to.be.accessible();
  });

  it('PDF を選ぶと名前・大きさ・ページ数が並び、FormData にファイルが入る', async () => {
    const { form, el } = await mount();
    const file = pdfFile('協約書.pdf', 3);
    const changed = oneEvent(el, 'koiki-change');
    choose(el, [file]);
    const detail = (await changed).detail;
    expect(detail.valid).to.equal(true);
    expect(detail.value[0].file).to.equal(file);
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector('li')!;
    expect(item.querySelector('.name')!.textContent).to.equal('協約書.pdf');
    expect(item.querySelector('.meta')!.textContent).to.match(/^PDF・\d+ (KB|バイト)・3ページ$/);
    const submitted = new FormData(form).getAll('files') as File[];
    expect(submitted.map((f) => f.name)).to.deep.equal(['協約書.pdf']);
    expect(form.checkValidity()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      '「協約書.pdf」を添付しました。',
    );
    await expect(el).to.be.accessible();
  });

  it('複数のファイルを添付でき、削除ボタンを Enter で押すと消えてフォーカスが残る', async () => {
    const { form, el } = await mount();
    choose(el, [pdfFile('a.pdf', 1), new File([pngBytes], '図面.png', { type: 'image/png' })]);
    await waitFor(() => el.value.length === 2, '2つ目のファイルが添付されない');
    await el.updateComplete;
    const buttons = el.shadowRoot!.querySelectorAll('li button');
    expect(buttons[1]!.getAttribute('aria-label')).to.equal('「図面.png」を削除');
    (buttons[0] as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.map((a) => a.name)).to.deep.equal(['図面.png']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('「図面.png」を削除');
    expect((new FormData(form).getAll('files') as File[]).map((f) => f.name)).to.deep.equal([
      '図面.png',
    ]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      '「a.pdf」を削除しました。',
    );
  });

  it('1つだけのときは新しく選んだファイルに置き換わる', async () => {
    const { el } = await mount(false);
    choose(el, [pdfFile('古い.pdf', 1)]);
    await waitFor(() => el.value.length === 1, 'ファイルが添付されない');
    choose(el, [pdfFile('新しい.pdf', 2)]);
    await waitFor(() => el.value[0]?.name === '新しい.pdf', '「新しい.pdf」に置き換わらない');
    expect(el.value).to.have.length(1);
  });

  it('大きすぎるファイルは添付せず、大きさと上限をその場で伝える', async () => {
    const { el } = await mount();
    const big = new File([new Uint8Array(Math.round(12.3 * MB))], '大きい.pdf', {
      type: 'application/pdf',
    });
    choose(el, [big]);
    await waitFor(() => rejectionText(el) !== '', '断る理由が出ない');
    expect(rejectionText(el)).to.equal(
      'エラー：ファイルが大きすぎます（12.3MB）。10MB以下にしてください。',
    );
    expect(el.shadowRoot!.querySelector('[part="rejection"]')!.getAttribute('role')).to.equal(
      'alert',
    );
    expect(el.shadowRoot!.querySelector('input')!.getAttribute('aria-describedby')).to.contain(
      'rejection',
    );
    expect(el.value).to.have.length(0);
    expect(errorText(el), '値のエラーは外から渡されたものだけ').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('中身が名乗る種類と違うファイルは断る', async () => {
    const { el } = await mount();
    choose(el, [new File(['<html>'], '偽物.pdf', { type: 'application/pdf' })]);
    await waitFor(() => rejectionText(el) !== '', '断る理由が出ない');
    expect(rejectionText(el)).to.contain('「偽物.pdf」はPDFとして開けません');
  });

  it('必須で空なら、ホストページの form は送信できないが、欄は外から渡されたエラーだけを出す', async () => {
    const { form, el } = await mount();
    expect(form.checkValidity()).to.equal(false);
    expect(errorText(el)).to.equal('');
    el.error = '添付書類を選んでください。';
    await el.updateComplete;
    expect(errorText(el)).to.equal('エラー：添付書類を選んでください。');
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('form.reset() で添付が空に戻る', async () => {
    const { form, el } = await mount();
    choose(el, [pdfFile('a.pdf', 1)]);
    await waitFor(() => el.value.length === 1, 'ファイルが添付されない');
    form.reset();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    expect(new FormData(form).getAll('files')).to.deep.equal([]);
  });
});
