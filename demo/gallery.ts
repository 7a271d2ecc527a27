// The component gallery: every @koiki/kit component in each state (未入力, 入力済み, エラー, 確認).
// `renderGallery` is also what test/kit/gallery.browser.test.ts checks with axe.
import {
  type AmountLine,
  type Attachment,
  type ChoiceOption,
  type ErrorSummaryItem,
  KoikiAttachmentField,
  KoikiChoiceField,
  KoikiDantaiPicker,
  KoikiDateField,
  KoikiFiscalYearField,
  KoikiRepeatableRows,
  KoikiTextField,
  KoikiYenField,
  type ReviewSection,
  type Row,
  type RowColumn,
  type StepItem,
} from '@koiki/kit';
import { html, render, type TemplateResult } from 'lit';

// The kit leaves registering field tags to its user; the gallery registers every one.
const fieldTags: Record<string, CustomElementConstructor> = {
  'koiki-text-field': KoikiTextField,
  'koiki-yen-field': KoikiYenField,
  'koiki-date-field': KoikiDateField,
  'koiki-fiscal-year-field': KoikiFiscalYearField,
  'koiki-choice-field': KoikiChoiceField,
  'koiki-dantai-picker': KoikiDantaiPicker,
  'koiki-repeatable-rows': KoikiRepeatableRows,
  'koiki-attachment-field': KoikiAttachmentField,
};
for (const [tag, element] of Object.entries(fieldTags)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

type StateName = '未入力' | '入力済み' | 'エラー' | '確認';

interface GalleryEntry {
  title: string;
  tag: string;
  states: Partial<Record<StateName, TemplateResult>>;
  wide?: boolean;
}

/** A review list holding one answer: how the field's value reads on the 確認 page. */
function review(label: string, value: string | string[]): TemplateResult {
  const sections: ReviewSection[] = [
    { stepId: 'gallery', title: '確認画面での表示', items: [{ path: label, label, value }] },
  ];
  return html`<koiki-review-list .sections=${sections}></koiki-review-list>`;
}

const positions: ChoiceOption[] = [
  { value: 'engineer', label: '技術職' },
  { value: 'clerk', label: '事務職' },
  { value: 'nurse', label: '保健師' },
];

const costColumns: RowColumn[] = [
  { path: 'item', label: '費目', control: 'text', required: true },
  { path: 'amount', label: '金額', control: 'yen', required: true, hint: '例：12万' },
];
const costRows: Row[] = [
  { item: '旅費', amount: 120_000 },
  { item: '謝金', amount: 300_000 },
];

const pdfBytes = new TextEncoder().encode('%PDF-1.4\n');
const attachments: Attachment[] = [
  { name: '連携協約書.pdf', kind: 'pdf', size: 245_760, file: new Blob([pdfBytes]), pages: 3 },
  { name: '現地写真.png', kind: 'png', size: 1_363_149, file: new Blob([pdfBytes]) },
];

const steps: StepItem[] = [
  { id: 'applicant', title: '申請団体', state: 'done' },
  { id: 'agreement', title: '連携協約', state: 'done' },
  { id: 'people', title: '派遣職員', state: 'current' },
  { id: 'special', title: '特例', state: 'skipped' },
  { id: 'costs', title: '経費', state: 'upcoming', visited: true },
  { id: 'contact', title: '担当者', state: 'upcoming' },
  { id: 'review', title: '確認', state: 'upcoming' },
];

const errors: ErrorSummaryItem[] = [
  { path: 'applicant.code', message: '申請団体を選んでください。' },
  {
    path: 'costs.0.amount',
    message: '経費の内訳 1行目 金額：数字で入力してください（例：12万）。',
  },
];

const reviewSections: ReviewSection[] = [
  {
    stepId: 'applicant',
    title: '申請団体',
    items: [
      { path: 'applicant.code', label: '申請団体', value: '川上村（長野県） 203041' },
      { path: 'applicant.fiscalYear', label: '対象年度', value: '2026年度（令和8年度）' },
    ],
  },
  {
    stepId: 'costs',
    title: '経費',
    items: [
      { path: 'costs', label: '経費の内訳', value: ['旅費 120,000円', '謝金 300,000円'] },
      { path: 'note', label: '備考', value: '' },
    ],
  },
];

const amountLines: AmountLine[] = [
  {
    label: '専門人材の派遣に要する経費',
    recipient: '川上村（長野県）',
    amount: 3_000_000,
    explanation: '対象経費 6,000,000円 × 措置率 0.5',
  },
  {
    label: '専門人材の派遣に要する経費',
    recipient: '南牧村（長野県）',
    amount: 1_234_567,
    explanation: '算定額が上限を超えたため上限額',
    capped: true,
  },
];

const entries: GalleryEntry[] = [
  {
    title: '文字の入力',
    tag: 'koiki-text-field',
    states: {
      未入力: html`<koiki-text-field label="氏名" required hint="例：山田 太郎"></koiki-text-field>`,
      入力済み: html`<koiki-text-field label="氏名" required value="山田 太郎"></koiki-text-field>`,
      エラー: html`<koiki-text-field
        label="業務内容"
        required
        multiline
        maxlength="20"
        error="業務内容は20文字以内で入力してください。"
        value="専門人材として庁内のデジタル化計画の策定を支援する﨑"
      ></koiki-text-field>`,
      確認: review('氏名', '山田 太郎'),
    },
  },
  {
    title: '金額',
    tag: 'koiki-yen-field',
    states: {
      未入力: html`<koiki-yen-field label="人件費" required hint="例：600万、6,000千円"></koiki-yen-field>`,
      入力済み: html`<koiki-yen-field label="人件費" required .value=${6_000_000}></koiki-yen-field>`,
      エラー: html`<koiki-yen-field label="人件費" required raw="六百万"
        error="人件費：金額として読み取れません。数字で入力してください（例：6,000,000、600万、6,000千円）。"></koiki-yen-field>`,
      確認: review('人件費', '6,000,000円'),
    },
  },
  {
    title: '日付（和暦）',
    tag: 'koiki-date-field',
    states: {
      未入力: html`<koiki-date-field label="派遣開始日" required></koiki-date-field>`,
      入力済み: html`<koiki-date-field label="派遣開始日" required value="2026-11-23"></koiki-date-field>`,
      エラー: html`<koiki-date-field label="派遣開始日" required raw="令和8年2月30日"
        error="派遣開始日：令和8年2月は28日までです。2月30日という日付はありません。"></koiki-date-field>`,
      確認: review('派遣開始日', '2026年11月23日（令和8年11月23日）'),
    },
  },
  {
    title: '年度',
    tag: 'koiki-fiscal-year-field',
    states: {
      未入力: html`<koiki-fiscal-year-field label="対象年度" required></koiki-fiscal-year-field>`,
      入力済み: html`<koiki-fiscal-year-field label="対象年度" required .value=${2026}></koiki-fiscal-year-field>`,
      エラー: html`<koiki-fiscal-year-field
        label="対象年度"
        required
        error="対象年度を選んでください。"
      ></koiki-fiscal-year-field>`,
      確認: review('対象年度', '2026年度（令和8年度）'),
    },
  },
  {
    title: '選択（ラジオ・チェック・リスト）',
    tag: 'koiki-choice-field',
    states: {
      未入力: html`<koiki-choice-field label="職種" required .options=${positions}></koiki-choice-field>`,
      入力済み: html`<koiki-choice-field
        label="職種（複数可）"
        type="checkbox"
        .options=${positions}
        .value=${['engineer', 'nurse']}
      ></koiki-choice-field>`,
      エラー: html`<koiki-choice-field
        label="職種"
        type="select"
        required
        .options=${positions}
        error="職種を選んでください。"
      ></koiki-choice-field>`,
      確認: review('職種（複数可）', ['技術職', '保健師']),
    },
  },
  {
    title: '団体の選択',
    tag: 'koiki-dantai-picker',
    states: {
      未入力: html`<koiki-dantai-picker label="申請団体" required></koiki-dantai-picker>`,
      入力済み: html`<koiki-dantai-picker label="申請団体" required value="203041"></koiki-dantai-picker>`,
      エラー: html`<koiki-dantai-picker
        label="申請団体"
        required
        raw="かわかみ"
        error="申請団体：一覧から団体を選んでください。名前・読みがな・団体コードで探せます。"
      ></koiki-dantai-picker>`,
      確認: review('申請団体', '川上村（長野県） 203041'),
    },
  },
  {
    title: '繰り返しの行',
    tag: 'koiki-repeatable-rows',
    wide: true,
    states: {
      未入力: html`<koiki-repeatable-rows
        label="経費の内訳"
        required
        min-rows="1"
        .columns=${costColumns}
      ></koiki-repeatable-rows>`,
      入力済み: html`<koiki-repeatable-rows
        label="経費の内訳"
        required
        max-rows="5"
        .columns=${costColumns}
        .value=${costRows}
      ></koiki-repeatable-rows>`,
      エラー: html`<koiki-repeatable-rows
        label="経費の内訳"
        required
        .columns=${costColumns}
        .value=${[{ item: '旅費', amount: undefined }]}
        .cellRaw=${{ '0.amount': '十二万' }}
        .cellErrors=${{ '0.amount': '経費の内訳 1行目 金額：金額として読み取れません。' }}
        error="1行目に読み取れない欄があります。"
      ></koiki-repeatable-rows>`,
      確認: review('経費の内訳', ['旅費 120,000円', '謝金 300,000円', '合計 420,000円']),
    },
  },
  {
    title: '添付ファイル',
    tag: 'koiki-attachment-field',
    states: {
      未入力: html`<koiki-attachment-field label="添付書類" required multiple></koiki-attachment-field>`,
      入力済み: html`<koiki-attachment-field
        label="添付書類"
        required
        multiple
        .value=${attachments}
      ></koiki-attachment-field>`,
      エラー: html`<koiki-attachment-field
        label="添付書類"
        required
        error="添付書類を選んでください。"
      ></koiki-attachment-field>`,
      確認: review('添付書類', [
        '連携協約書.pdf（PDF・240 KB・3ページ）',
        '現地写真.png（PNG・1.3 MB）',
      ]),
    },
  },
  {
    title: '手順の一覧',
    tag: 'koiki-step-list',
    states: {
      未入力: html`<koiki-step-list
        label="申請の手順（未入力の例）"
        .steps=${steps.map((s, i) => ({ ...s, state: i === 0 ? 'current' : 'upcoming', visited: false }))}
      ></koiki-step-list>`,
      入力済み: html`<koiki-step-list label="申請の手順（入力中の例）" .steps=${steps}></koiki-step-list>`,
      確認: html`<koiki-step-list
        label="申請の手順（確認の例）"
        .steps=${steps.map((s) => ({
          ...s,
          state: s.state === 'skipped' ? 'skipped' : s.id === 'review' ? 'current' : 'done',
        }))}
      ></koiki-step-list>`,
    },
  },
  {
    title: 'エラーの要約',
    tag: 'koiki-error-summary',
    states: {
      未入力: html`<p>エラーが無いときは何も表示しません。</p>
        <koiki-error-summary></koiki-error-summary>`,
      エラー: html`<koiki-error-summary .items=${errors}></koiki-error-summary>`,
    },
  },
  {
    title: '入力内容の確認',
    tag: 'koiki-review-list',
    wide: true,
    states: { 確認: html`<koiki-review-list .sections=${reviewSections}></koiki-review-list>` },
  },
  {
    title: '措置額の計算',
    tag: 'koiki-amount-panel',
    wide: true,
    states: {
      未入力: html`<koiki-amount-panel></koiki-amount-panel>`,
      入力済み: html`<koiki-amount-panel .lines=${amountLines}></koiki-amount-panel>`,
    },
  },
];

const order: StateName[] = ['未入力', '入力済み', 'エラー', '確認'];

/** Renders every component in every state into `target`. */
export function renderGallery(target: HTMLElement): void {
  render(
    entries.map(
      (entry, index) => html`<section class="component" aria-labelledby=${`component-${index}`}>
        <h2 id=${`component-${index}`}>${entry.title} <code>&lt;${entry.tag}&gt;</code></h2>
        <div class=${entry.wide ? 'states wide' : 'states'}>
          ${order.flatMap((state) => {
            const template = entry.states[state];
            return template ? [html`<div class="state"><h3>${state}</h3>${template}</div>`] : [];
          })}
        </div>
      </section>`,
    ),
    target,
  );
}

const page = document.getElementById('gallery');
if (page) renderGallery(page);
