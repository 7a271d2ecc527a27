// How an amount is read back to the user: 「7,200,000円（720万円）」. Digits alone are hard to
// check by ear or eye; the 万/億 form says the size the way people say it.
import { formatYen, formatYenAmount } from '@koiki/schemas';

const OKU = 100_000_000;
const MAN = 10_000;

/** 「720万円」, 「1億2,345万6,789円」: the amount in 億/万 units (whole 円 only). */
export function yenInManUnits(amount: number): string {
  const sign = amount < 0 ? '−' : '';
  let rest = Math.abs(amount);
  const oku = Math.floor(rest / OKU);
  rest -= oku * OKU;
  const man = Math.floor(rest / MAN);
  const yen = rest - man * MAN;
  const parts = [
    oku ? `${formatYen(oku)}億` : '',
    man ? `${formatYen(man)}万` : '',
    yen || (!oku && !man) ? formatYen(yen) : '',
  ];
  return `${sign}${parts.join('')}円`;
}

/** 「7,200,000円（720万円）」, or just 「5,000円」 when the 万 form adds nothing. */
export function yenReading(amount: number): string {
  const plain = formatYenAmount(amount);
  return Math.abs(amount) < MAN ? plain : `${plain}（${yenInManUnits(amount)}）`;
}
