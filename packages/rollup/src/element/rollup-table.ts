// The table of checked claims: a sort button in each sortable heading (aria-sort on the sorted
// one), a filter by status and by text, one row per claim with its reasons and a detail button.
import { html, nothing } from 'lit';
import type { CheckedClaim, ClaimStatus } from '../rollup-report.ts';
import type { RowFilter, RowPage, RowSort, SortKey } from './claim-rows.ts';
import { rollupText as t } from './rollup-text.ts';
import { numberText } from './yen-text.ts';

export interface TableHost {
  sort: RowSort;
  filter: RowFilter;
  onSort(key: SortKey): void;
  /** Changes part of the filter (merged into the current one, not the one rendered). */
  onFilter(change: Partial<RowFilter>): void;
  onDetail(id: string): void;
}

const statuses: readonly ClaimStatus[] = ['OK', '要確認', '不備'];
const statusClass: Record<ClaimStatus, string> = { OK: 'ok', 要確認: 'check', 不備: 'bad' };

export const dantaiText = (claim: CheckedClaim) =>
  claim.dantaiName ??
  (claim.dantaiCode ? `${claim.dantaiCode}${t.unknownDantai}` : t.unknownDantai);

function sortHeading(host: TableHost, key: SortKey, label: string, numeric = false) {
  const sorted = host.sort.key === key;
  const direction = sorted ? (host.sort.ascending ? 'ascending' : 'descending') : 'none';
  return html`<th scope="col" aria-sort=${direction} class=${numeric ? 'number' : ''}>
    <button type="button" class="sort" @click=${() => host.onSort(key)}>
      ${label}<span class="arrow" aria-hidden="true">${sorted ? (host.sort.ascending ? '▲' : '▼') : '◇'}</span>
    </button>
  </th>`;
}

function renderFilters(host: TableHost) {
  const set = (change: Partial<RowFilter>) => host.onFilter(change);
  return html`<div class="filters no-print">
    <label>${t.filterStatus}
      <select .value=${host.filter.status}
        @change=${(e: Event) => set({ status: (e.target as HTMLSelectElement).value as RowFilter['status'] })}>
        <option value="all">${t.allStatuses}</option>
        ${statuses.map((s) => html`<option value=${s}>${s}</option>`)}
      </select>
    </label>
    <label>${t.filterText}
      <input type="search" .value=${host.filter.text}
        @input=${(e: Event) => set({ text: (e.target as HTMLInputElement).value })} />
    </label>
  </div>`;
}

function renderRow(host: TableHost, claim: CheckedClaim) {
  const totals = claim.amounts.totals;
  return html`<tr data-id=${claim.id} class=${statusClass[claim.status]}>
    <td><span class="status ${statusClass[claim.status]}">${claim.status}</span></td>
    <th scope="row" class="nowrap">${dantaiText(claim)}</th>
    <td class="form">${claim.formTitle}</td>
    <td class="nowrap">${claim.fiscalYearLabel}</td>
    <td class="number">${numberText(totals.yen)}${
      claim.counted ? nothing : html`<span class="not-counted">${t.notCounted}</span>`
    }</td>
    <td class="number">${numberText(totals.thousandYen)}</td>
    <td class="reasons-cell">${
      claim.findings.length === 0
        ? nothing
        : html`<ul class="reasons">${claim.findings.map((f) => html`<li>${f.message}</li>`)}</ul>`
    }</td>
    <td class="file">${claim.fileName}</td>
    <td class="no-print nowrap"><button type="button" class="link" aria-label=${t.showDetail(`${dantaiText(claim)}（${claim.fileName}）`)}
      @click=${() => host.onDetail(claim.id)}>${t.detailButton}</button></td>
  </tr>`;
}

/** The filters and the table of one page of the rows that match the filter (`matching`) out of `all`. */
export function renderTable(
  host: TableHost,
  page: RowPage<CheckedClaim>,
  matching: number,
  all: number,
) {
  const c = t.columns;
  return html`${renderFilters(host)}
    <p class="hint no-print">${t.sortHint}</p>
    <div class="table-scroll" role="region" aria-labelledby="table-caption" tabindex="0">
      <table class="claims">
        <caption id="table-caption">${t.tableCaption(matching, all, page.first, page.last)}</caption>
        <thead><tr>
          ${sortHeading(host, 'status', c.status)}
          ${sortHeading(host, 'dantai', c.dantai)}
          ${sortHeading(host, 'form', c.form)}
          ${sortHeading(host, 'fiscalYear', c.fiscalYear)}
          ${sortHeading(host, 'yen', c.yen, true)}
          <th scope="col" class="number">${c.thousandYen}</th>
          <th scope="col">${c.reasons}</th>
          ${sortHeading(host, 'file', c.file)}
          <th scope="col" class="no-print">${c.detail}</th>
        </tr></thead>
        <tbody>${page.rows.map((claim) => renderRow(host, claim))}</tbody>
      </table>
    </div>`;
}
