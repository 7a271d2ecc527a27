/** 1234567 → "1,234,567"; the same in every runtime (no locale data needed). */
export function formatAmount(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(amount)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
