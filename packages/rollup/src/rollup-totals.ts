// Totals of the counted claims per measure, per 措置区分 (claim line kind within a measure), per
// 団体 and overall. Each total's 千円 is its own 円 sum rounded as 地方交付税法 第22条 asks
// (toThousandYen, the claims' own rounding), so a 千円 column may differ from the sum of its rows.
import { toThousandYen } from '@koiki/schemas';
import type {
  CategoryTotal,
  CheckedClaim,
  DantaiTotal,
  MeasureTotal,
  RollupTotals,
} from './rollup-report.ts';

const totalsOf = (yen: number): RollupTotals => ({ yen, thousandYen: toThousandYen(yen) });

/** 「人件費（保健師）」 → 「人件費」: the 措置区分 a claim line's label starts with. */
export function categoryLabel(lineLabel: string): string {
  return lineLabel.split('（')[0] ?? lineLabel;
}

export interface Totals {
  byMeasure: MeasureTotal[];
  byCategory: CategoryTotal[];
  byDantai: DantaiTotal[];
  overall: RollupTotals;
}

/** The totals over `claims` (only those counted), in order of first appearance. */
export function rollupTotals(
  claims: readonly CheckedClaim[],
  formTitles: ReadonlyMap<string, string>,
): Totals {
  const measures = new Map<string, { claims: number; yen: number }>();
  const categories = new Map<
    string,
    { formId: string; kind: string; label: string; yen: number }
  >();
  const dantai = new Map<string, { name: string | null; claims: number; yen: number }>();
  // Every measure of the registry has a row, even with no claim, so a sheet per measure exists.
  for (const formId of formTitles.keys()) measures.set(formId, { claims: 0, yen: 0 });
  let overall = 0;
  for (const claim of claims) {
    if (!claim.counted) continue;
    const yen = claim.amounts.totals.yen;
    overall += yen;
    const measure = measures.get(claim.formId) ?? { claims: 0, yen: 0 };
    measures.set(claim.formId, { claims: measure.claims + 1, yen: measure.yen + yen });
    for (const line of claim.amounts.lines) {
      const key = `${claim.formId}\n${line.kind}`;
      const category = categories.get(key) ?? {
        formId: claim.formId,
        kind: line.kind,
        label: categoryLabel(line.label),
        yen: 0,
      };
      categories.set(key, { ...category, yen: category.yen + line.amount });
    }
    if (claim.dantaiCode !== null) {
      const entry = dantai.get(claim.dantaiCode) ?? { name: claim.dantaiName, claims: 0, yen: 0 };
      dantai.set(claim.dantaiCode, { ...entry, claims: entry.claims + 1, yen: entry.yen + yen });
    }
  }
  const title = (formId: string) => formTitles.get(formId) ?? formId;
  return {
    byMeasure: [...measures].map(([formId, m]) => ({
      formId,
      formTitle: title(formId),
      claims: m.claims,
      totals: totalsOf(m.yen),
    })),
    byCategory: [...categories.values()].map((c) => ({
      formId: c.formId,
      formTitle: title(c.formId),
      kind: c.kind,
      label: c.label,
      totals: totalsOf(c.yen),
    })),
    byDantai: [...dantai]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, d]) => ({
        dantaiCode: code,
        dantaiName: d.name,
        claims: d.claims,
        totals: totalsOf(d.yen),
      })),
    overall: totalsOf(overall),
  };
}
