// The claim's total and its 千円 figure, printed after the lines of the 算定調書 (each line's
// 対象経費 × 措置率 with its 1円未満 dropped is in the shared 計算式): the total as the sum of the
// 区分's amounts, and that sum in 千円 under 地方交付税法 第22条. Every figure comes from the
// computed amounts.
import type { Block } from '@koiki/pdf';
import { type ClaimResult, formatThousandYen, formatYenAmount } from '@koiki/schemas';

/** 「112,660円 ＋ 58,922円 = 171,582円」 and 「171,582円 → 172千円（地方交付税法第22条…）」. */
export function computationBlocks(amounts: ClaimResult): Block[] {
  if (amounts.lines.length === 0) return [];
  const yen = amounts.referenceTotals.yen;
  const parts = amounts.lines.map((line) => `${line.label} ${formatYenAmount(line.amount)}`);
  return [
    {
      kind: 'section',
      title: '申請額の端数処理',
      rows: [
        {
          label: '措置額の合計',
          value: `${parts.join(' ＋ ')} = ${formatYenAmount(yen)}`,
        },
        {
          label: '千円単位',
          value: `${formatYenAmount(yen)} → ${formatThousandYen(yen)}（地方交付税法第22条により、500円未満を切り捨て、500円以上を1,000円に切り上げ）`,
        },
      ],
    },
  ];
}
