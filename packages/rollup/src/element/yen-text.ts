// Amounts as the table shows them: whole 円 with separators; 千円 values come rounded from the report.
const grouped = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });

export const yenText = (yen: number) => `${grouped.format(yen)}円`;
export const thousandYenText = (thousandYen: number) => `${grouped.format(thousandYen)}千円`;
/** A bare number for a column whose heading names the unit. */
export const numberText = (value: number) => grouped.format(value);
