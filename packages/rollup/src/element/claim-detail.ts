// One claim in detail: where it came from, its status and every reason, its 算定調書 lines (the
// kit's amount panel, from the recomputed amounts), and what can be done with it.
import type { AmountLine } from '@koiki/kit';
import { html, nothing } from 'lit';
import type { CheckedClaim } from '../rollup-report.ts';
import { dantaiText } from './rollup-table.ts';
import { rollupText as t } from './rollup-text.ts';

export interface DetailHost {
  onBack(): void;
  onOpen(claim: CheckedClaim): void;
  onReplace(claim: CheckedClaim, file: File): void;
  onRemove(claim: CheckedClaim): void;
}

function amountLines(claim: CheckedClaim): AmountLine[] {
  return claim.amounts.lines.map((line) => ({
    label: line.label,
    recipient: line.recipient,
    amount: line.amount,
    explanation: line.explanation,
    capped: line.capped,
    ...(line.group ? { group: { id: line.group.path, label: line.group.label } } : {}),
  }));
}

function renderFacts(claim: CheckedClaim) {
  return html`<dl class="facts">
    <dt>${t.columns.status}</dt><dd><span class="status">${claim.status}</span></dd>
    <dt>${t.fileLabel}</dt><dd>${claim.fileName}</dd>
    <dt>${t.sourceLabel}</dt><dd>${t.sources[claim.source]}${
      claim.fromSchemaVersion === claim.schemaVersion
        ? nothing
        : html`（${t.migrated(claim.fromSchemaVersion, claim.schemaVersion)}）`
    }</dd>
  </dl>`;
}

function renderFindings(claim: CheckedClaim) {
  return html`<h4>${t.findingsTitle}</h4>${
    claim.findings.length === 0
      ? html`<p>${t.noFindings}</p>`
      : html`<ul class="findings">${claim.findings.map(
          (f) => html`<li><span class="status">${f.status}</span> ${f.message}</li>`,
        )}</ul>`
  }`;
}

function renderActions(host: DetailHost, claim: CheckedClaim) {
  const replaceId = `replace-${claim.id}`;
  return html`<div class="actions no-print">
    <button type="button" @click=${() => host.onOpen(claim)} aria-describedby="open-hint">${t.openInAssistant}</button>
    <p id="open-hint" class="hint">${t.openInAssistantHint}</p>
    <label class="file-button" for=${replaceId}>${t.replace}</label>
    <input id=${replaceId} class="replace-input" type="file" accept=".pdf,.json,application/pdf,application/json"
      aria-describedby="replace-hint"
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) host.onReplace(claim, file);
        input.value = '';
      }} />
    <p id="replace-hint" class="hint">${t.replaceHint}</p>
    <button type="button" class="danger" @click=${() => host.onRemove(claim)}>${t.remove}</button>
  </div>`;
}

/** The detail of `claim`; its heading takes focus when shown. */
export function renderDetail(host: DetailHost, claim: CheckedClaim) {
  const name = `${dantaiText(claim)} ${claim.fiscalYearLabel} ${claim.formTitle}`;
  return html`<section class="detail" aria-labelledby="detail-title">
    <h3 id="detail-title" tabindex="-1">${t.detailTitle(name)}</h3>
    <button type="button" class="link no-print" @click=${() => host.onBack()}>${t.back}</button>
    ${renderFacts(claim)}
    ${renderFindings(claim)}
    <koiki-amount-panel heading=${t.amountsHeading} .lines=${amountLines(claim)}
      .total=${claim.amounts.referenceTotals.yen} .claimable=${claim.amounts.claimable}></koiki-amount-panel>
    ${renderActions(host, claim)}
  </section>`;
}
