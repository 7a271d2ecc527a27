// The 算定結果 as a finance officer reads it in the assistant: lines under their 連携協約 / 取組
// with 小計 and the 団体's total, nothing shown as claimable while the claim cannot be claimed,
// warnings to confirm apart from plain notes. The claim is written by hand; figures in comments.
import '@koiki/assistant/runner';
// The runner registers the panel with its lazily loaded step elements; drawn alone here.
import '@koiki/kit/wizard/amount-panel';
import { newDraft, openDraftStore } from '@koiki/drafts';
import type { KoikiAmountPanel } from '@koiki/kit';
import type { ClaimLine, ClaimResult } from '@koiki/schemas';
import { expect, fixture, html } from '@open-wc/testing';
import {
  renderAmountResult,
  renderClaimTotal,
} from '../../packages/assistant/src/runner/amount-result.ts';
import { sampleModule } from './sample-module.ts';
import { rendered } from './wait-for.ts';

const half = { numerator: 1, denominator: 2 };
const source = {
  title: '広域連携について',
  publisher: '総務省',
  issued: '令和7年4月1日現在',
  detail: '',
};

const line = (fields: Partial<ClaimLine> & Pick<ClaimLine, 'id' | 'label' | 'amount'>) =>
  ({
    kind: 'personnel',
    recipient: '派遣元',
    path: fields.id,
    base: fields.amount * 2,
    rate: half,
    cap: 6_000_000,
    capped: false,
    explanation: `${fields.label}の計算`,
    ...fields,
  }) as ClaimLine;

// 募集経費 1,000,000 (whole claim); 協約A 4,000,000; 協約B 6,000,000 + 1,500,000 = 7,500,000.
// Total 12,500,000円 = 12,500千円.
const lines: ClaimLine[] = [
  line({
    id: 'recruitment',
    kind: 'recruitment',
    label: '募集経費',
    amount: 1_000_000,
    capped: true,
  }),
  line({
    id: 'posts.0.personnel',
    label: '人件費（保健師）',
    amount: 4_000_000,
    group: { path: 'agreements.0', label: '協約A' },
  }),
  line({
    id: 'posts.1.personnel',
    label: '人件費（税務）',
    amount: 6_000_000,
    group: { path: 'agreements.1', label: '協約B' },
  }),
  line({
    id: 'posts.2.personnel',
    label: '人件費（用地）',
    amount: 1_500_000,
    group: { path: 'agreements.1', label: '協約B' },
  }),
];

const claimable: ClaimResult = {
  lines,
  claimable: true,
  totals: { yen: 12_500_000, thousandYen: 12_500 },
  referenceTotals: { yen: 12_500_000, thousandYen: 12_500 },
  issues: [],
  notes: [
    { path: 'posts.0', message: '負担金は派遣先が申請します。' },
    {
      path: 'posts.1.recipientCode',
      warning: true,
      message: '派遣先の群馬県（103667）は、申請団体の長野県の区域外の団体です。',
    },
  ],
  parameters: {
    fiscalYear: 2026,
    fiscalYearLabel: '令和8年度',
    ruleTitle: '地方公務員の人材確保に係る特別交付税措置',
    used: [{ label: '措置率', value: '0.5', source }],
  },
};

const notClaimable: ClaimResult = {
  ...claimable,
  claimable: false,
  totals: { yen: 0, thousandYen: 0 },
  issues: [
    { code: 'dispatch.periodEnded', path: 'posts.2', message: '派遣期間が終わっています。' },
  ],
};

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

async function mount(result: ClaimResult) {
  const el = await fixture<HTMLDivElement>(html`<div>${renderAmountResult(result)}</div>`);
  const panel = el.querySelector<KoikiAmountPanel>('koiki-amount-panel')!;
  await panel.updateComplete;
  return { el, panel: panel.shadowRoot! };
}

describe('算定結果', () => {
  it('行を協約ごとに小計つきで示し、団体の合計を円と千円で示す', async () => {
    const { el, panel } = await mount(claimable);
    expect([...panel.querySelectorAll('tr.group')].map(text)).to.deep.equal([
      '団体全体',
      '協約A',
      '協約B',
    ]);
    expect([...panel.querySelectorAll('tr.subtotal')].map(text)).to.deep.equal([
      '小計（協約A） 4,000,000円',
      '小計（協約B） 7,500,000円',
    ]);
    expect(text(panel.querySelector('.total')!)).to.equal('合計 12,500,000円（12,500千円）');
    expect(el.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('申請できないときは理由を挙げ、申請できる額を 0円、ほかの額はすべて参考と示す', async () => {
    const { el, panel } = await mount(notClaimable);
    const alert = el.querySelector('[role="alert"]')!;
    expect(text(alert.querySelector('p')!)).to.equal('対象外となる点があります');
    expect([...alert.querySelectorAll('li')].map(text)).to.deep.equal([
      '派遣期間が終わっています。',
    ]);
    expect(text(panel.querySelector('.reference-notice')!)).to.equal(
      '申請できる額：0円（下の額は参考です。エラーを直すと申請額になります）',
    );
    expect(text(panel.querySelector('.total')!)).to.equal(
      '申請できる額 0円（0千円） 参考：合計 12,500,000円（12,500千円）',
    );
    expect(text(panel)).not.to.match(/(^|\s)合計 12,500,000円/);
    await expect(el).to.be.accessible();
  });

  it('確認が必要な点は注記と分けて「確認してください」に示し、注記は注記の一覧に残す', async () => {
    const { el } = await mount(claimable);
    const warnings = el.querySelector('.amount-warnings')!;
    expect(warnings.localName).to.equal('section');
    expect(warnings.getAttribute('aria-labelledby')).to.equal('amount-warnings-title');
    expect(text(warnings)).to.equal(
      '確認してください（算定調書の「確認事項」にも記載されます） 注意：派遣先の群馬県（103667）は、申請団体の長野県の区域外の団体です。',
    );
    expect([...el.querySelectorAll('.notes li')].map(text)).to.deep.equal([
      '負担金は派遣先が申請します。',
    ]);
  });

  it('確認の場がなければ「確認してください」は出さない', async () => {
    const { el } = await mount({ ...claimable, notes: [] });
    expect(el.querySelector('.amount-warnings')).to.equal(null);
    expect(el.querySelector('.notes')).to.equal(null);
  });
});

describe('確認ページの申請額', () => {
  it('申請できるときは申請額を円と千円で示す', async () => {
    const el = await fixture(html`<div>${renderClaimTotal(claimable)}</div>`);
    expect(text(el)).to.equal('申請額 12,500,000円（12,500千円）');
  });

  it('申請できないときは申請できる額 0円とし、合計は参考とする', async () => {
    const el = await fixture(html`<div>${renderClaimTotal(notClaimable)}</div>`);
    expect(text(el)).to.equal(
      '申請できる額 0円（参考：算定額の合計 12,500,000円。エラーを直すと申請額になります）',
    );
  });
});

describe('フォームの中の算定結果', () => {
  /** The sample form with a calculator that returns `result`, opened at `step`. */
  async function runnerAt(step: string, result: ClaimResult) {
    const module = {
      ...sampleModule,
      definition: { ...sampleModule.definition, calculate: () => result },
    };
    const draft = newDraft({
      formId: 'sample-form',
      schemaVersion: 1,
      data: { name: '川上村' },
      step,
      title: '試験',
    });
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<koiki-form-runner .module=${module} .draft=${{ ...draft, reached: step }}
        .store=${openDraftStore(`koiki-amounts-${Math.random()}`)}></koiki-form-runner>`,
    );
    await el.updateComplete;
    await rendered(el.shadowRoot!);
    return el.shadowRoot!;
  }

  it('算定結果のステップは申請できない申請の額を参考として示す', async () => {
    const root = await runnerAt('amounts', notClaimable);
    const panel = root.querySelector<KoikiAmountPanel>('koiki-amount-panel')!;
    expect(panel.claimable).to.equal(false);
    expect(text(panel.shadowRoot!.querySelector('.total')!)).to.equal(
      '申請できる額 0円（0千円） 参考：合計 12,500,000円（12,500千円）',
    );
    expect(panel.shadowRoot!.querySelectorAll('tr.subtotal')).to.have.length(2);
    expect(text(root.querySelector('.amount-warnings')!)).to.contain('群馬県（103667）');
  });

  it('確認のページは申請できる額 0円と参考の合計を示す', async () => {
    const root = await runnerAt('review', notClaimable);
    expect(text(root.querySelector('.claim-total')!)).to.equal(
      '申請できる額 0円（参考：算定額の合計 12,500,000円。エラーを直すと申請額になります）',
    );
  });
});
