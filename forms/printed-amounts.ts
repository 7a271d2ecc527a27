// The amounts a claim's PDF prints are the ones computed for it (the payload's); when its calculator
// gave none (it failed on this data), the PDF is not made: a 申請書 without its 算定 is no claim.
import type { SubmitPayload } from '@koiki/engine';
import type { ClaimResult } from '@koiki/schemas';

/** Said when a payload carries no amounts. */
export const NO_AMOUNTS_MESSAGE =
  '措置額を計算できなかったため、PDF を作成できません。入力内容を確認してから、もう一度作成してください。';

/** The payload's amounts; throws (with the Japanese reason) when there are none. */
export function printedAmounts(payload: SubmitPayload<unknown, ClaimResult>): ClaimResult {
  if (payload.amounts === undefined) throw new Error(NO_AMOUNTS_MESSAGE);
  return payload.amounts;
}
