// Quantities with decimals (延床面積 in ㎡): typed as people write them, stored as numbers.
import { type ParseResult, parsed, rejected } from './parse-result.ts';

const maxFractionDigits = 2;

/** 「3,280.15」「３２８０．１５㎡」「3280.15m2」 → 3280.15; at most two decimals, never negative. */
export function parseDecimal(text: string): ParseResult<number> {
  const plain = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(㎡|m2|m²|平方メートル)$/i, '')
    .replace(/,/g, '');
  if (plain === '') return rejected('数を入力してください。');
  if (plain.startsWith('-') || plain.startsWith('▲'))
    return rejected('0以上の数を入力してください。');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!match)
    return rejected(
      `「${text}」は数として読めません。半角または全角の数字で入力してください（例：3,280.15）。`,
    );
  if ((match[2]?.length ?? 0) > maxFractionDigits)
    return rejected(`小数点以下は${maxFractionDigits}桁までにしてください。`);
  const value = Number(plain);
  if (!Number.isFinite(value) || value > 1e12)
    return rejected('数が大きすぎます。単位を確かめてください。');
  return parsed(value);
}

/** 3280.15 → 「3,280.15」. */
export function formatDecimal(value: number): string {
  return value.toLocaleString('ja-JP', { maximumFractionDigits: maxFractionDigits });
}
