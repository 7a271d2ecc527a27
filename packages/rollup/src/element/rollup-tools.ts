// What can be done with the whole set: export it, print it, or clear it (asked once more first).
import { html } from 'lit';
import { rollupText as t } from './rollup-text.ts';

export interface ToolsHost {
  claimCount: number;
  confirmingClear: boolean;
  onExport(kind: 'xlsx' | 'csv'): void;
  onPrint(): void;
  onConfirmingClear(confirming: boolean): void;
  onClearAll(): void;
}

function renderClear(host: ToolsHost) {
  if (!host.confirmingClear)
    return html`<button type="button" class="danger" @click=${() => host.onConfirmingClear(true)}>${t.clearAll}</button>`;
  return html`<p>${t.clearAllQuestion(host.claimCount)}</p>
    <div class="buttons">
      <button type="button" class="danger" @click=${() => host.onClearAll()}>${t.clearAllConfirm}</button>
      <button type="button" @click=${() => host.onConfirmingClear(false)}>${t.clearAllCancel}</button>
    </div>`;
}

export function renderTools(host: ToolsHost) {
  return html`<section class="tools no-print" aria-labelledby="tools-title">
    <h3 id="tools-title">${t.exportTitle}</h3>
    <div class="buttons">
      <button type="button" @click=${() => host.onExport('xlsx')}>${t.exportXlsx}</button>
      <button type="button" @click=${() => host.onExport('csv')}>${t.exportCsv}</button>
      <button type="button" @click=${() => host.onPrint()}>${t.print}</button>
    </div>
    ${renderClear(host)}
  </section>`;
}
