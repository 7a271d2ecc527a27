// How the amounts were rounded, printed after the lines of the 算定調書: each 区分's 対象経費 ×
// 措置率 with its 円未満 dropped, the claim as the sum of the 区分, and that sum in 千円 under
// 地方交付税法 第22条. Every figure comes from the computed amounts.
import type { Block } from '@koiki/pdf';
import { type ClaimResult, formatRate, formatThousandYen, formatYenAmount } from '@koiki/schemas';

/** 「420,001円 × 0.5 = 210,000円（1円未満切捨て）」, in whole 円 as the calculator works. */
function lineText(line: ClaimResult['lines'][number]): string {
  const dropped = (line.base * line.rate.numerator) % line.rate.denominator !== 0;
  const result = `${formatYenAmount(line.base)} × ${formatRate(line.rate)} = ${formatYenAmount(line.amount)}`;
  return dropped ? `${result}（1円未満切捨て）` : result;
}

/** The rounding of each line and of the total, step by step. */
export function computationBlocks(amounts: ClaimResult): Block[] {
  if (amounts.lines.length === 0) return [];
  const yen = amounts.referenceTotals.yen;
  return [
    {
      kind: 'section',
      title: '端数の処理',
      rows: [
        ...amounts.lines.map((line) => ({
          label: line.label,
          value: lineText(line),
          path: line.path,
        })),
        {
          label: '措置額の合計',
          value: `${amounts.lines.map((line) => formatYenAmount(line.amount)).join(' ＋ ')} = ${formatYenAmount(yen)}`,
        },
        {
          label: '千円単位',
          value: `${formatYenAmount(yen)} → ${formatThousandYen(yen)}（地方交付税法第22条により、500円未満を切り捨て、500円以上を1,000円に切り上げ）`,
        },
      ],
    },
  ];
}
