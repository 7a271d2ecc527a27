// Submitting a claim: its states, what makes two submissions the same claim, and the panel
// that confirms what was sent and when.
import type { SubmitPayload } from '@koiki/engine';
import { type ClaimResult, formatThousandYen, formatYenAmount } from '@koiki/schemas';
import { html } from 'lit';
import type { ClaimPdf } from './claim-pdf.ts';

export type Submission =
  | { state: 'idle' }
  | { state: 'sending' }
  | {
      state: 'sent';
      payload: SubmitPayload<unknown>;
      at: Date;
      pdf: Extract<ClaimPdf, { ok: true }>;
    }
  | { state: 'failed'; message: string };

/** True when both payloads carry the same claim (form, version, data and amounts). */
export function sameClaim(a: SubmitPayload<unknown>, b: SubmitPayload<unknown>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The 申請額 written in 円 and in 千円 (「6,000,000円」「6,000千円」), when the calculator has a result. */
export function claimTotal(amounts: unknown): { yen: string; thousandYen: string } | undefined {
  const totals = (amounts as ClaimResult | undefined)?.totals;
  if (!totals || !Number.isSafeInteger(totals.yen)) return undefined;
  return { yen: formatYenAmount(totals.yen), thousandYen: formatThousandYen(totals.yen) };
}

/** The success panel: what was sent, when, and the PDF once more. */
export function renderSubmitted(
  sent: Extract<Submission, { state: 'sent' }>,
  title: string,
  savePdf: () => void,
) {
  const when = sent.at.toLocaleString('ja-JP-u-ca-japanese', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const total = claimTotal(sent.payload.amounts);
  return html`<div class="notice success" role="status" aria-labelledby="submitted-title" tabindex="-1">
    <p id="submitted-title"><strong>提出しました</strong></p>
    <dl class="parameters">
      <dt>提出したもの</dt>
      <dd>${title}（申請書・算定調書の PDF ${sent.pdf.pages}ページと入力データ）</dd>
      ${total ? html`<dt>申請額</dt><dd>${total.yen}（${total.thousandYen}）</dd>` : ''}
      <dt>提出日時</dt>
      <dd>${when}</dd>
    </dl>
    <div class="actions">
      <button type="button" class="secondary" @click=${savePdf}>提出した PDF を保存</button>
    </div>
  </div>`;
}
