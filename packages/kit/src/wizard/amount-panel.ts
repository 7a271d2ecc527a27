import { formatThousandYen, formatYenAmount } from '@koiki/schemas';
import { css, html, LitElement, nothing } from 'lit';
import { wizardPrintStyles, wizardStyles } from './wizard-styles.ts';

/** One computed claim line, as a calculator in @koiki/schemas produced it. Amounts in whole 円. */
export interface AmountLine {
  readonly label: string;
  /** The 団体 the amount goes to, when the claim splits between several. */
  readonly recipient?: string;
  readonly amount: number;
  /** How the amount was reached, in words: 「対象経費 7,200,000円 × 率」. */
  readonly explanation?: string;
  /** True when a cap (上限) cut the amount down. */
  readonly capped?: boolean;
}

/**
 * <koiki-amount-panel>: the claim lines with recipient, amount (right-aligned, 円), explanation and a
 * 「上限適用」 badge, and the total in 円 and 千円. The total sits in a polite live region so a
 * screen reader hears it change. The panel shows numbers it is given; it computes nothing but the sum.
 */
export class KoikiAmountPanel extends LitElement {
  static override properties = {
    lines: { attribute: false },
    heading: {},
    total: { type: Number },
  };
  static override styles = [
    wizardStyles,
    css`
      h2 {
        font-size: 1.25em;
        margin: 0 0 8px;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 8px;
        border-bottom: 1px solid var(--_border);
      }
      thead th {
        font-size: var(--_font-size-small);
        color: var(--_text-muted);
      }
      .amount {
        text-align: end;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .explanation {
        display: block;
        font-size: var(--_font-size-small);
        color: var(--_text-muted);
        font-weight: normal;
      }
      .badge {
        display: inline-block;
        margin-inline-start: 8px;
        padding: 0 6px;
        border: 1px solid var(--_warning);
        border-radius: 4px;
        color: var(--_warning);
        font-size: var(--_font-size-small);
        font-weight: var(--_bold);
      }
      .total {
        margin: 12px 0 0;
        text-align: end;
        font-size: 1.125em;
      }
      .total strong {
        font-variant-numeric: tabular-nums;
      }
      .empty {
        color: var(--_text-muted);
      }
    `,
    wizardPrintStyles,
    css`
      @media print {
        .badge {
          color: #000;
          border-color: #000;
        }
      }
    `,
  ];

  lines: readonly AmountLine[] = [];
  heading = '措置額の計算';
  /** Total in 円; the sum of the lines when not given. */
  total?: number;

  override render() {
    const total = this.total ?? this.lines.reduce((sum, line) => sum + line.amount, 0);
    const hasRecipient = this.lines.some((line) => line.recipient);
    return html`
      <div class="panel" part="panel">
        <h2 id="heading" part="heading">${this.heading}</h2>
        ${
          this.lines.length === 0
            ? html`<p class="empty">入力が進むと、ここに措置額が表示されます。</p>`
            : html`<table part="table">
              <thead>
                <tr>
                  <th scope="col">項目</th>
                  ${hasRecipient ? html`<th scope="col">対象団体</th>` : nothing}
                  <th scope="col" class="amount">金額</th>
                </tr>
              </thead>
              <tbody>
                ${this.lines.map((line) => this.renderLine(line, hasRecipient))}
              </tbody>
            </table>`
        }
        <p class="total" aria-live="polite" aria-atomic="true" part="total">
          合計 <strong>${formatYenAmount(total)}</strong>（${formatThousandYen(total)}）
        </p>
      </div>
    `;
  }

  private renderLine(line: AmountLine, hasRecipient: boolean) {
    return html`<tr>
      <th scope="row">
        ${line.label}${line.capped ? html`<span class="badge">上限適用</span>` : nothing}
        ${line.explanation ? html`<span class="explanation">${line.explanation}</span>` : nothing}
      </th>
      ${hasRecipient ? html`<td>${line.recipient ?? ''}</td>` : nothing}
      <td class="amount">
        ${formatYenAmount(line.amount)}
      </td>
    </tr>`;
  }
}

if (!customElements.get('koiki-amount-panel'))
  customElements.define('koiki-amount-panel', KoikiAmountPanel);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-amount-panel': KoikiAmountPanel;
  }
}
