import { FIRST_FISCAL_YEAR } from '@koiki/schemas';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/kit/src/fields/fiscal-year-field/define.ts';
import type { KoikiFiscalYearField } from '../../../packages/kit/src/fields/fiscal-year-field/fiscal-year-field.ts';
import { runFieldContract } from '../field-contract.ts';

runFieldContract({
  tag: 'koiki-fiscal-year-field',
  namedRole: 'combobox',
  fill: async () => {
    await sendKeys({ press: 'ArrowDown' });
  },
  filledFormData: ['2024'],
  makeInvalid: async () => {
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
  },
});

describe('koiki-fiscal-year-field: 年度の選択', () => {
  it('選択肢は「令和8年度（2026年度）」のように和暦と西暦で並ぶ', async () => {
    const el = await fixture<KoikiFiscalYearField>(
      html`<koiki-fiscal-year-field label="対象年度" min="2024" max="2030"></koiki-fiscal-year-field>`,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(labels[0]).to.equal('選んでください');
    expect(labels).to.include('令和8年度（2026年度）');
    expect(labels.at(-1)).to.equal('令和12年度（2030年度）');
    expect(labels).to.have.length(8);
  });

  it('min・max が広すぎても、schema が受け付ける年度（平成元年度から）だけを並べる', async () => {
    const el = await fixture<KoikiFiscalYearField>(
      html`<koiki-fiscal-year-field label="対象年度" min="1980" max="1990"></koiki-fiscal-year-field>`,
    );
    const values = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.value);
    expect(values).to.deep.equal(['', String(FIRST_FISCAL_YEAR), String(FIRST_FISCAL_YEAR + 1)]);
  });

  it('値 2026 を渡すと 令和8年度 が選ばれている', async () => {
    const el = await fixture<KoikiFiscalYearField>(
      html`<koiki-fiscal-year-field label="対象年度" .value=${2026}></koiki-fiscal-year-field>`,
    );
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.selectedOptions[0]?.textContent?.trim()).to.equal('令和8年度（2026年度）');
    await expect(el).to.be.accessible();
  });
});
