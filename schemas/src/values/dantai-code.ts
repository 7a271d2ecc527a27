// 全国地方公共団体コード: 2 digits 都道府県 + 3 digits 市区町村 + 1 検査数字 (総務省「全国地方公共団体コード」).
import { type ParseResult, parsed, rejected } from './parse-result.ts';
import { normalizeText } from './text.ts';

const weights = [6, 5, 4, 3, 2] as const;

/** The 検査数字 of a code's first five digits: S = 6a+5b+4c+3d+2e, CD = (11 − S mod 11) mod 10. */
export function dantaiCheckDigit(first5: string): number {
  if (!/^\d{5}$/.test(first5))
    throw new RangeError(`dantaiCheckDigit needs 5 digits, got ${first5}`);
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first5[i]), 0);
  return (11 - (sum % 11)) % 10;
}

/** True for six digits whose last is the 検査数字 of the first five. */
export function isValidDantaiCode(code: string): boolean {
  return /^\d{6}$/.test(code) && dantaiCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

/** Reads a 6-digit 団体コード (全角 digits, spaces and hyphens allowed) and checks its 検査数字. */
export function parseDantaiCode(text: string): ParseResult<string> {
  const digits = normalizeText(text).replace(/[\s-]/g, '');
  if (digits === '') return rejected('団体コードを6桁の数字で入力してください（例：131016）。');
  if (!/^\d+$/.test(digits)) {
    return rejected('団体コードは数字だけで入力してください（例：131016）。');
  }
  if (digits.length === 5) {
    const completed = digits + dantaiCheckDigit(digits);
    return rejected(
      `団体コードは検査数字を含めて6桁です。5桁の「${digits}」なら6桁目を付けた「${completed}」ではありませんか。`,
    );
  }
  if (digits.length !== 6) {
    return rejected(`団体コードは6桁です（入力は${digits.length}桁）。例：131016`);
  }
  const expected = dantaiCheckDigit(digits.slice(0, 5));
  if (expected !== Number(digits[5])) {
    return rejected(
      `6桁目（検査数字）が合いません。前の5桁が「${digits.slice(0, 5)}」なら6桁目は ${expected} です。番号を確かめてください。`,
    );
  }
  return parsed(digits);
}
