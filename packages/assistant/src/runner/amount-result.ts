// The 算定結果 step and the amount on the review page: the issues, the amount panel (grouped
// lines, the 団体's total, 「参考」 when nothing is claimable), warnings to confirm, notes and the
// parameters with their sources. <koiki-amount-panel> is registered with the step elements
// (lazy-step-elements.ts).
import { type ClaimResult, formatThousandYen, formatYenAmount } from '@koiki/schemas';
import { html, nothing } from 'lit';
import { amountLines } from './amount-lines.ts';

/** Why nothing can be claimed yet, as the calculator words it. */
function issuesNotice(result: ClaimResult) {
  if (result.issues.length === 0) return nothing;
  return html`<div class="notice warning" role="alert"><p><strong>対象外となる点があります</strong></p><ul>${result.issues.map((i) => html`<li>${i.message}</li>`)}</ul></div>`;
}

/** Warnings the user must confirm (e.g. a party outside the prefecture); the 算定調書 prints them too. */
function warningsNotice(result: ClaimResult) {
  const warnings = result.notes.filter((note) => note.warning);
  if (warnings.length === 0) return nothing;
  return html`<section class="notice warning amount-warnings" aria-labelledby="amount-warnings-title">
    <p id="amount-warnings-title"><strong>確認してください</strong>（算定調書の「確認事項」にも記載されます）</p>
    <ul>${warnings.map((note) => html`<li><span class="visually-hidden">注意：</span>${note.message}</li>`)}</ul>
  </section>`;
}

function notesList(result: ClaimResult) {
  const notes = result.notes.filter((note) => !note.warning);
  if (notes.length === 0) return nothing;
  return html`<ul class="notes">${notes.map((n) => html`<li>${n.message}</li>`)}</ul>`;
}

function parametersList(result: ClaimResult) {
  const sources = new Set(
    result.parameters.used.map(
      ({ source }) => `${source.publisher}「${source.title}」（${source.issued}）`,
    ),
  );
  return html`<!-- Level 3: it follows the amount panel's level-2 heading (axe heading-order). -->
    <h4 aria-level="3">算定に用いた値（${result.parameters.fiscalYearLabel}）</h4>
    <dl class="parameters">
      ${result.parameters.used.map(
        (p) =>
          html`<dt>${p.label}</dt><dd>${p.value}${
            p.overridden
              ? '（申請団体が入力した値）'
              : p.note
                ? html`<br /><span class="note">※${p.note}</span>`
                : nothing
          }</dd>`,
      )}
    </dl>
    <p class="note">出典：${[...sources].join('、')}</p>`;
}

/** The 算定結果: nothing is shown as claimable while the claim is not (`claimable: false`). */
export function renderAmountResult(result: ClaimResult | undefined) {
  if (!result) return html`<p>計算に必要な入力がまだありません。</p>`;
  return html`
    ${issuesNotice(result)}
    <koiki-amount-panel .lines=${amountLines(result)} .total=${result.referenceTotals.yen}
      .claimable=${result.claimable}></koiki-amount-panel>
    ${warningsNotice(result)}
    ${notesList(result)}
    ${parametersList(result)}
  `;
}

/** The 申請額 above the review list; 0円 with the sum as 参考 while nothing is claimable. */
export function renderClaimTotal(amounts: unknown) {
  const result = amounts as Partial<ClaimResult> | undefined;
  const yen = result?.totals?.yen;
  if (!Number.isSafeInteger(yen)) return nothing;
  const reference = result?.referenceTotals?.yen;
  if (result?.claimable === false && Number.isSafeInteger(reference))
    return html`<p class="claim-total">申請できる額 <strong>${formatYenAmount(0)}</strong>（参考：算定額の合計 ${formatYenAmount(reference as number)}。エラーを直すと申請額になります）</p>`;
  return html`<p class="claim-total">申請額 <strong>${formatYenAmount(yen as number)}</strong>（${formatThousandYen(yen as number)}）</p>`;
}
