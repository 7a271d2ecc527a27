import { formatThousandYen, formatYenAmount } from '@koiki/schemas';
import { css, html, LitElement, nothing } from 'lit';
import { type AmountGroup, type AmountLineGroup, groupAmountLines } from './amount-groups.ts';
import { wizardPrintStyles, wizardStyles } from './wizard-styles.ts';

/** One computed claim line, as a calculator in @koiki/schemas produced it. Amounts in whole 円. */
export interface AmountLine {
  readonly label: string;
  /** The 団体 the amount goes to, when the claim splits between several. */
  readonly recipient?: string;
  readonly amount: number;
  /** How the amount was reached, in words: 「対象経費 7,200,000円 × 率」. */
  readonly explanation?: string;
  /** True when a cap (上限) cut the amount down; the explanation says which. */
  readonly capped?: boolean;
  /** The group (e.g. an agreement or an initiative) the line is listed under; none for the whole claim. */
  readonly group?: AmountGroup;
}

/**
 * <koiki-amount-panel>: the claim lines with recipient, amount (right-aligned, 円), explanation and a
 * 「上限適用」 badge, grouped under their group's heading with a 小計 (lines of the whole claim
 * first), and the total in 円 and 千円. When the claim is not `claimable`, the claimable amount
 * reads 0円 and every figure is marked 「参考」. The total sits in a polite live region so a
 * screen reader hears it change. The panel shows numbers it is given; it computes nothing but sums.
 */
export class KoikiAmountPanel extends LitElement {
  static override properties = {
    lines: { attribute: false },
    heading: {},
    total: { type: Number },
    claimable: { type: Boolean },
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
      tr.group th {
        padding-block-start: 16px;
        font-weight: var(--_bold);
        border-bottom: 2px solid var(--_border);
      }
      tr.subtotal th,
      tr.subtotal td {
        font-weight: var(--_bold);
      }
      .reference-notice {
        margin: 0 0 12px;
        padding: 8px 12px;
        border-inline-start: 4px solid var(--_warning);
        background: var(--_warning-background);
      }
      .reference-total {
        display: block;
        font-size: var(--_font-size-small);
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
  /** Total of the lines in 円 (shown as 参考 when not claimable); their sum when not given. */
  total?: number;
  /** False while the claim cannot be claimed as it stands: nothing is then shown as claimable. */
  claimable = true;

  override render() {
    const total = this.total ?? this.lines.reduce((sum, line) => sum + line.amount, 0);
    return html`
      <div class="panel" part="panel">
        <h2 id="heading" part="heading">${this.heading}</h2>
        ${
          this.claimable || this.lines.length === 0
            ? nothing
            : html`<p class="reference-notice" part="reference-notice">
              <strong>申請できる額：${formatYenAmount(0)}</strong>（下の額は参考です。エラーを直すと申請額になります）
            </p>`
        }
        ${
          this.lines.length === 0
            ? html`<p class="empty">入力が進むと、ここに措置額が表示されます。</p>`
            : this.renderTable()
        }
        <p class="total" aria-live="polite" aria-atomic="true" part="total">
          ${
            this.claimable
              ? html`合計 <strong>${formatYenAmount(total)}</strong>（${formatThousandYen(total)}）`
              : html`申請できる額 <strong>${formatYenAmount(0)}</strong>（${formatThousandYen(0)}）
                ${
                  this.lines.length > 0
                    ? html`<span class="reference-total">参考：合計 ${formatYenAmount(total)}（${formatThousandYen(total)}）</span>`
                    : nothing
                }`
          }
        </p>
      </div>
    `;
  }

  private renderTable() {
    const hasRecipient = this.lines.some((line) => line.recipient);
    const groups = groupAmountLines(this.lines);
    const grouped = groups.some((entry) => entry.group);
    const columns = hasRecipient ? 3 : 2;
    return html`<table part="table">
      <thead>
        <tr>
          <th scope="col">項目</th>
          ${hasRecipient ? html`<th scope="col">対象団体</th>` : nothing}
          <th scope="col" class="amount">${this.claimable ? '金額' : '参考額'}</th>
        </tr>
      </thead>
      ${groups.map((entry) => this.renderGroup(entry, grouped, columns, hasRecipient))}
    </table>`;
  }

  /** One group's rows: its heading (「団体全体」 for the lines of the whole claim beside groups), lines, 小計. */
  private renderGroup(
    entry: AmountLineGroup<AmountLine>,
    grouped: boolean,
    columns: number,
    hasRecipient: boolean,
  ) {
    const heading = entry.group?.label ?? (grouped ? '団体全体' : undefined);
    const reference = this.claimable ? '' : '（参考）';
    return html`<tbody>
      ${
        heading
          ? html`<tr class="group"><th scope="rowgroup" colspan=${columns}>${heading}</th></tr>`
          : nothing
      }
      ${entry.lines.map((line) => this.renderLine(line, hasRecipient))}
      ${
        entry.group
          ? html`<tr class="subtotal">
            <th scope="row" colspan=${columns - 1}>小計${reference}<span class="visually-hidden">（${entry.group.label}）</span></th>
            <td class="amount">${formatYenAmount(entry.subtotal)}</td>
          </tr>`
          : nothing
      }
    </tbody>`;
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
