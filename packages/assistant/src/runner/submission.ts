// Submitting a claim: its states, what makes two submissions the same claim, and the panel
// that confirms what was sent and when.
import type { SubmitPayload } from '@koiki/engine';
import { type ClaimResult, formatYen } from '@koiki/schemas';
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

/** The 申請額 in 円 and 千円, formatted, when the calculator has a result. */
export function claimTotal(amounts: unknown): { yen: string; thousandYen: string } | undefined {
  const totals = (amounts as ClaimResult | undefined)?.totals;
  if (!totals || !Number.isSafeInteger(totals.yen)) return undefined;
  return { yen: formatYen(totals.yen), thousandYen: formatYen(totals.thousandYen) };
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
      ${total ? html`<dt>申請額</dt><dd>${total.yen}円（${total.thousandYen}千円）</dd>` : ''}
      <dt>提出日時</dt>
      <dd>${when}</dd>
    </dl>
    <div class="actions">
      <button type="button" class="secondary" @click=${savePdf}>提出した PDF を保存</button>
    </div>
  </div>`;
}
