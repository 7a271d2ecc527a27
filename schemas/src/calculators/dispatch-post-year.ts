// Where a dispatched post stands in the claim's fiscal year, from its dates alone (SPEC §2.1): a
// post that starts after the year is planned (a recruitment year); a post is in its 派遣初年度
// only in the fiscal year of its first day. The user's word never decides either.
import { fiscalYearEnd, fiscalYearOf } from '../values/index.ts';
import { isDate, isFiscalYear } from './draft-data.ts';

interface PostDates {
  readonly periodFrom?: unknown;
}

/** True when the post starts after the claim's fiscal year: planned, with no amounts this year. */
export function isPlannedPost(post: PostDates, fiscalYear: unknown): boolean {
  return (
    isDate(post.periodFrom) &&
    isFiscalYear(fiscalYear) &&
    post.periodFrom > fiscalYearEnd(fiscalYear)
  );
}

/** The fiscal year the post was first dispatched in, or undefined while its start is missing. */
export function firstDispatchFiscalYear(post: PostDates): number | undefined {
  return isDate(post.periodFrom) ? fiscalYearOf(post.periodFrom) : undefined;
}

/** Whether the claim year is the post's 派遣初年度; undefined while a date or the year is missing. */
export function isFirstDispatchYear(post: PostDates, fiscalYear: unknown): boolean | undefined {
  const first = firstDispatchFiscalYear(post);
  return first !== undefined && isFiscalYear(fiscalYear) ? first === fiscalYear : undefined;
}
