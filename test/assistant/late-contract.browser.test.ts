// A form drawn from its outline (issue 19): its contract (schema, calculator) arrives after the
// first step. Until it does, no step is left unchecked, no error is made up and no amount is
// shown as 0円; once it does, everything is as with the whole form from the start.
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import type { FormModule, FormOutlineModule } from '@koiki/forms';
import { expect, fixture, html } from '@open-wc/testing';
import { sampleModule } from './sample-module.ts';
import { buttonNamed, settled, waitFor } from './wait-for.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: { step: { id: string }; hasContract: boolean; isSubmitted(step: string): boolean };
};

/** The sample form without its contract, as an outline module. */
function outlineOf(module: FormModule): FormOutlineModule {
  const {
    schema: _schema,
    calculate: _calculate,
    migrate: _migrate,
    ...outline
  } = module.definition;
  return { ...module, definition: outline };
}

/** A contract that arrives only when the test lets it. */
function gatedContract() {
  let arrive: (module: FormModule) => void = () => {};
  let fail: (error: Error) => void = () => {};
  let asked = 0;
  const load = () => {
    asked += 1;
    return new Promise<FormModule>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
  };
  return {
    load,
    asked: () => asked,
    arrive: () => arrive(sampleModule as unknown as FormModule),
    fail: () => fail(new Error('offline')),
  };
}

const root = (el: Element) => el.shadowRoot!;
const settle = settled;
const button = buttonNamed;
const summaryText = (el: Element) =>
  root(el).querySelector('koiki-error-summary')?.shadowRoot?.textContent ?? '';

async function mount(
  step: string,
  data: unknown = {},
  module = outlineOf(sampleModule as unknown as FormModule),
) {
  const contract = gatedContract();
  const store = openDraftStore(`koiki-late-contract-${Math.random()}`);
  const draft = newDraft({ formId: 'sample-form', schemaVersion: 1, data, step, title: '試験' });
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${module}
      .loadContract=${contract.load} .draft=${draft} .store=${store}></koiki-form-runner>`,
  );
  await settle(el);
  return { el, contract };
}

describe('様式の契約（スキーマ・計算）が最初のステップのあとに届く', () => {
  it('届く前に押した「次へ」は、届くのを待ってから確かめ、エラーで止まる（二度押しても一度だけ）', async () => {
    const { el, contract } = await mount('basics');
    expect(el.session.hasContract).to.equal(false);
    button(el, '次へ').click();
    button(el, '次へ').click();
    await settle(el);
    expect(el.session.step.id).to.equal('basics');
    expect(summaryText(el), '届く前にエラーを作らない').to.not.contain(
      '団体名を入力してください。',
    );
    expect(root(el).querySelector('.announcer')?.textContent).to.contain('準備をしています');
    await waitFor(() => contract.asked() > 0, '契約を読み込みはじめる');
    contract.arrive();
    await waitFor(() => summaryText(el).includes('団体名を入力してください。'), 'エラーを示す');
    expect(el.session.step.id).to.equal('basics');
    expect(el.session.isSubmitted('basics')).to.equal(true);
    expect(root(el).activeElement).to.equal(root(el).querySelector('koiki-error-summary'));
  });

  it('正しく入力してあれば、届いたあとで次のステップへ一度だけ進む', async () => {
    const { el, contract } = await mount('basics', { name: '川上村' });
    button(el, '次へ').click();
    button(el, '次へ').click();
    await waitFor(() => contract.asked() > 0, '契約を読み込みはじめる');
    contract.arrive();
    await waitFor(() => el.session.step.id !== 'basics', '次へ進む');
    await settle(el);
    expect(el.session.step.id).to.equal('items');
  });

  it('算定結果のステップで開き直しても、届くまでは「計算しています」と示し 0円 とは示さない', async () => {
    const { el, contract } = await mount('amounts', { name: '川上村', amount: 1_000 });
    await waitFor(() => root(el).querySelector('.amounts-pending'), '計算中と示す');
    expect(root(el).textContent).to.not.contain('0円');
    await waitFor(() => contract.asked() > 0, '最初の表示のあとで契約を読み込む');
    contract.arrive();
    await waitFor(() => root(el).querySelector('koiki-amount-panel'), '金額を示す');
    expect(root(el).querySelector('.amounts-pending')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('届く前に手順の一覧で選んだステップへは、届いてから移る', async () => {
    // Opened on 内訳: the steps before it count as reached, so 基本情報 is a link.
    const { el, contract } = await mount('items', { name: '川上村' });
    root(el)
      .querySelector('koiki-step-list')!
      .dispatchEvent(new CustomEvent('koiki-step-select', { detail: { id: 'basics' } }));
    await settle(el);
    expect(el.session.step.id).to.equal('items');
    await waitFor(() => contract.asked() > 0, '契約を読み込みはじめる');
    contract.arrive();
    await waitFor(() => el.session.step.id === 'basics', '届いたら移る');
  });

  it('届く前に押した「PDF を作成」は、届いてから一度だけ作る', async () => {
    const outline = outlineOf(sampleModule as unknown as FormModule);
    const laidOut: unknown[] = [];
    const module: FormOutlineModule = {
      ...outline,
      pdfDocument: (context) => {
        laidOut.push(context.payload.amounts);
        return outline.pdfDocument(context);
      },
    };
    const complete = { name: '川上村', amount: 1_500_000, items: [{ label: '募集', cost: 500 }] };
    const { el, contract } = await mount('done', complete, module);
    button(el, 'PDF を作成').click();
    button(el, 'PDF を作成').click();
    await settle(el);
    expect(laidOut, '届く前には作らない').to.deep.equal([]);
    expect(root(el).querySelector('.announcer')?.textContent).to.contain('準備をしています');
    await waitFor(() => contract.asked() > 0, '契約を読み込みはじめる');
    contract.arrive();
    await waitFor(() => (el as Runner & { pdf?: unknown }).pdf !== undefined, 'PDF を作る');
    expect(laidOut, '一度だけ、計算した金額で作る').to.have.length(1);
    expect(laidOut[0], '金額は契約の計算から').to.not.equal(undefined);
  });

  it('読み込めなかったときは理由を示し、次の「次へ」で読み込み直す（入力は残る）', async () => {
    const { el, contract } = await mount('basics', { name: '川上村' });
    await waitFor(() => contract.asked() > 0, '契約を読み込みはじめる');
    contract.fail();
    await waitFor(() => root(el).querySelector('p.error[role="alert"]'), '読み込めなかったと示す');
    expect(root(el).querySelector('p.error')?.textContent).to.contain('下書きに残っています');
    button(el, '次へ').click();
    await waitFor(() => contract.asked() > 1, '読み込み直す');
    contract.arrive();
    await waitFor(() => el.session.step.id === 'items', '届いたら進む');
    await settle(el);
    expect(root(el).querySelector('p.error')).to.equal(null);
  });
});
