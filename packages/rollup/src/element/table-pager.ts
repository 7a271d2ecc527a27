// Moving through the pages of the table: 前へ / 次へ and where the user is (「101〜200件目／2,000件」).
import { html, nothing } from 'lit';
import type { RowPage } from './claim-rows.ts';
import { rollupText as t } from './rollup-text.ts';

export function renderPager<T>(page: RowPage<T>, total: number, goTo: (page: number) => void) {
  if (page.pages <= 1) return nothing;
  return html`<nav class="pager no-print" aria-label=${t.pagerLabel}>
    <button type="button" ?hidden=${page.page === 0} @click=${() => goTo(page.page - 1)}>${t.previousPage}</button>
    <span>${t.pagePosition(page.first, page.last, total)}</span>
    <button type="button" ?hidden=${page.page === page.pages - 1} @click=${() => goTo(page.page + 1)}>${t.nextPage}</button>
  </nav>`;
}
