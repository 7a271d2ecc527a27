// A 措置率 as a rational number, so that amounts stay exact in integer arithmetic.

/** A rate such as 0.5, kept as numerator / denominator (both positive integers). */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
}

/** base × rate, rounded down to whole 円 (SPEC §2.3: floor after each rate). */
export function applyRate(base: number, rate: Rate): number {
  // BigInt keeps base × numerator exact even for bases near Number.MAX_SAFE_INTEGER.
  const product = BigInt(base) * BigInt(rate.numerator);
  return Number(product / BigInt(rate.denominator));
}

/** The rate as the 総務省 material writes it: 「0.5」, 「0.8」; a fraction when it has no short decimal. */
export function formatRate(rate: Rate): string {
  for (let digits = 0; digits <= 4; digits++) {
    const scale = 10 ** digits;
    if ((rate.numerator * scale) % rate.denominator === 0) {
      return ((rate.numerator * scale) / rate.denominator / scale).toFixed(digits);
    }
  }
  return `${rate.numerator}/${rate.denominator}`;
}
