// Which 団体 the specialist-dispatch measure leaves out as 派遣先 because of what they are
// (政令指定都市, 中核市, 県庁所在地), decided "as of" a fiscal year from the dated lists in
// schemas/data/designations.ts.
import {
  type CapitalDesignation,
  chukakuShi,
  type Designation,
  designationsSource,
  kenchoShozaichi,
  seireiShiteiToshi,
} from '../../data/designations.ts';
import { fiscalYearStart } from '../values/fiscal-year.ts';
import { formatJapaneseDate } from '../values/wareki.ts';

export type { CapitalDesignation, Designation } from '../../data/designations.ts';
export { designationsSource };

export type DesignationKind = '政令指定都市' | '中核市' | '県庁所在地';

export const designations: {
  readonly 政令指定都市: readonly Designation[];
  readonly 中核市: readonly Designation[];
  readonly 県庁所在地: readonly CapitalDesignation[];
} = { 政令指定都市: seireiShiteiToshi, 中核市: chukakuShi, 県庁所在地: kenchoShozaichi };

/**
 * The one "as of" rule: a designation counts for a fiscal year when it is in effect on that
 * year's first day (4月1日). A city designated on 2005-10-01 counts from the next fiscal year.
 */
export function isInEffectForFiscalYear(designation: Designation, fiscalYear: number): boolean {
  const asOf = fiscalYearStart(fiscalYear);
  return designation.designatedOn <= asOf && (!designation.until || asOf < designation.until);
}

/** The designations in effect for a fiscal year, e.g. 62 中核市 for 令和6年度. */
export function designationsInEffect(kind: DesignationKind, fiscalYear: number): Designation[] {
  return designations[kind].filter((designation) =>
    isInEffectForFiscalYear(designation, fiscalYear),
  );
}

export type DispatchExclusion =
  | { excluded: false }
  | { excluded: true; kind: DesignationKind; name: string; since: string; reason: string };

// 「県庁所在地」, but 「都庁所在地」 for 東京都, 「道庁所在地」 for 北海道, 「府庁所在地」 for 京都府・大阪府.
const capitalLabel = (prefecture: string) => `${prefecture.slice(-1)}庁所在地`;

function inEffect<T extends Designation>(
  list: readonly T[],
  code: string,
  fiscalYear: number,
): T | undefined {
  return list.find(
    (designation) => designation.code === code && isInEffectForFiscalYear(designation, fiscalYear),
  );
}

const excludedAs = (
  kind: DesignationKind,
  found: Designation,
  reason: string,
): DispatchExclusion => ({
  excluded: true,
  kind,
  name: found.name,
  since: found.designatedOn,
  reason,
});

/**
 * Whether a 団体 is left out as 派遣先 in a fiscal year because it is a 政令指定都市, 中核市 or
 * 県庁所在地, with a reason in Japanese. A city that is several at once is named by the first of
 * these. A 都道府県 is never left out here (other rules handle roles).
 */
export function dispatchExclusion(code: string, fiscalYear: number): DispatchExclusion {
  for (const kind of ['政令指定都市', '中核市'] as const) {
    const found = inEffect(designations[kind], code, fiscalYear);
    if (found) {
      const since = formatJapaneseDate(found.designatedOn);
      return excludedAs(kind, found, `${found.name}は${kind}（${since}指定）のため対象外です。`);
    }
  }
  const capital = inEffect(designations.県庁所在地, code, fiscalYear);
  if (capital) {
    const label = capitalLabel(capital.prefecture);
    return excludedAs(
      '県庁所在地',
      capital,
      `${capital.name}は${capital.prefecture}の${label}のため対象外です。`,
    );
  }
  return { excluded: false };
}
