// The totals of the counted claims: overall, per measure, per 措置区分 and per 団体, in 円 and 千円.
import { html } from 'lit';
import type { RollupReport, RollupTotals } from '../rollup-report.ts';
import { rollupText as t } from './rollup-text.ts';
import { numberText } from './yen-text.ts';

const amountCells = (totals: RollupTotals) =>
  html`<td class="number">${numberText(totals.yen)}</td><td class="number">${numberText(totals.thousandYen)}</td>`;

function totalsTable(
  caption: string,
  head: string,
  rows: { label: string; totals: RollupTotals; claims?: number }[],
) {
  const withCount = rows.some((row) => row.claims !== undefined);
  return html`<table class="totals">
    <caption>${caption}</caption>
    <thead><tr>
      <th scope="col">${head}</th>
      ${withCount ? html`<th scope="col" class="number">${t.claims}</th>` : ''}
      <th scope="col" class="number">${t.columns.yen}</th>
      <th scope="col" class="number">${t.columns.thousandYen}</th>
    </tr></thead>
    <tbody>${rows.map(
      (row) =>
        html`<tr><th scope="row">${row.label}</th>${
          withCount ? html`<td class="number">${numberText(row.claims ?? 0)}</td>` : ''
        }${amountCells(row.totals)}</tr>`,
    )}</tbody>
  </table>`;
}

/**
 * The totals section's content for `report`. The per-団体 table (up to every 団体 of Japan) is
 * drawn only while its <details> is open: `dantaiOpen`, reported back through `onDantaiToggle`.
 */
export function renderTotals(
  report: RollupReport,
  dantaiOpen: boolean,
  onDantaiToggle: (open: boolean) => void,
) {
  const { OK, 要確認: check, 不備: bad } = report.statusCounts;
  return html`<p class="overall" data-overall-yen=${report.overall.yen}>
      ${t.overall} <strong>${numberText(report.overall.yen)}円</strong>（${numberText(report.overall.thousandYen)}千円）
      <span class="counts">${t.statusCounts(OK, check, bad)}</span>
    </p>
    ${totalsTable(
      t.byMeasure,
      t.columns.form,
      report.byMeasure.map((m) => ({ label: m.formTitle, totals: m.totals, claims: m.claims })),
    )}
    ${totalsTable(
      t.byCategory,
      '措置区分',
      report.byCategory.map((c) => ({ label: `${c.label}（${c.formTitle}）`, totals: c.totals })),
    )}
    <details class="by-dantai" ?open=${dantaiOpen}
      @toggle=${(e: Event) => onDantaiToggle((e.target as HTMLDetailsElement).open)}>
      <summary>${t.byDantai}（${numberText(report.byDantai.length)}団体）</summary>
      ${
        dantaiOpen
          ? totalsTable(
              t.byDantai,
              t.columns.dantai,
              report.byDantai.map((d) => ({
                label: d.dantaiName ?? d.dantaiCode,
                totals: d.totals,
                claims: d.claims,
              })),
            )
          : ''
      }
    </details>`;
}
