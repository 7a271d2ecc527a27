// Adding our own issues to a zod refinement context, keyed by dot path and domain code.
import type * as z from 'zod/mini';
import type { EligibilityIssue } from '../calculators/claim-result.ts';
import { isDate } from '../calculators/draft-data.ts';
import {
  type DomainMessageCode,
  formatMessage,
  type MessageFormatter,
} from '../messages/domain-messages.ts';

/** 'posts.0.occupation' → ['posts', 0, 'occupation']. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '') return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Adds one domain issue worded by `format`; `params.code` carries the code so tests and servers can match on it. */
export function domainIssueAdder<Code extends string>(format: MessageFormatter<Code>) {
  return (
    ctx: z.core.$RefinementCtx,
    path: string,
    code: Code,
    params: Readonly<Record<string, string | number>> = {},
  ): void => {
    ctx.addIssue({
      code: 'custom',
      path: pathSegments(path),
      message: format(code, params),
      params: { code },
    });
  };
}

/** Adds one issue of the shared messages. */
export const addDomainIssue = domainIssueAdder<DomainMessageCode>(formatMessage);

/** Adds eligibility issues found by a calculator's eligibility check. */
export function addEligibilityIssues(
  ctx: z.core.$RefinementCtx,
  issues: readonly EligibilityIssue[],
): void {
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      path: pathSegments(issue.path),
      message: issue.message,
      params: { code: issue.code },
    });
  }
}

/** True when both are real ISO dates and `a` is after `b` (ISO dates compare as strings). */
export function isAfter(a: unknown, b: unknown): boolean {
  return isDate(a) && isDate(b) && a > b;
}
