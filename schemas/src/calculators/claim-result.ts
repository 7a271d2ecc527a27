// What every calculator returns: claim lines a finance officer can check by hand, totals, and issues.
import type { Rate } from '../rules/rate.ts';
import type { RuleSource } from '../rules/sources.ts';

/** Who receives a line's amount: the 派遣元 prefecture, the 派遣先 municipality, or the applying 団体. */
export type Recipient = '派遣元' | '派遣先' | '団体';

/** One computed amount. */
export interface ClaimLine {
  /** Stable id, e.g. 'recruitment', 'posts.0.personnel', 'smoothing'. */
  readonly id: string;
  readonly kind: 'recruitment' | 'personnel' | 'contribution' | 'research' | 'smoothing';
  /** Japanese label, e.g. 「人件費（保健師・健康づくり担当）」. */
  readonly label: string;
  readonly recipient: Recipient;
  /** Dot path of the data the line comes from, e.g. 'posts.0'. */
  readonly path: string;
  /** The cost the rate applies to, in 円. */
  readonly base: number;
  readonly rate: Rate;
  /** The cap that applied to this line, in 円 (for a cumulative cap: what was left of it). */
  readonly cap: number;
  /** min(floor(base × rate), cap), in 円. */
  readonly amount: number;
  /** True when the cap, not the rate, decided the amount. */
  readonly capped: boolean;
  /** The computation in words, e.g. 「人件費 8,000,000円 × 0.5 = 4,000,000円（上限 6,000,000円以内）」. */
  readonly explanation: string;
}

/** An eligibility problem: never an exception, always a reason the user can act on. */
export interface EligibilityIssue {
  /** The message code, e.g. 'dispatch.notFirstYear'. */
  readonly code: string;
  /** Dot path of the field it concerns ('' for the whole claim). */
  readonly path: string;
  readonly message: string;
}

/** Information shown beside the amounts (e.g. who claims a 自治法派遣 person's amount). */
export interface ClaimNote {
  readonly path: string;
  readonly message: string;
}

/** A rule parameter as it was used, with its source and any note on vagueness. */
export interface UsedParameter {
  readonly label: string;
  /** The value as shown to the user, e.g. 「6,000,000円」, 「0.5」. */
  readonly value: string;
  readonly source: RuleSource;
  readonly note?: string;
  /** True when the caller replaced the rule table's default. */
  readonly overridden?: boolean;
}

export interface ClaimParameters {
  /** null while the fiscal year is not entered yet. */
  readonly fiscalYear: number | null;
  /** e.g. 「令和8年度」. */
  readonly fiscalYearLabel: string;
  /** The rule-table row used, or null when the measure was not in force. */
  readonly ruleTitle: string | null;
  readonly used: readonly UsedParameter[];
}

export interface ClaimTotals {
  readonly yen: number;
  /** 千円, with 地方交付税法 第22条 rounding. */
  readonly thousandYen: number;
}

export interface ClaimResult {
  readonly lines: readonly ClaimLine[];
  readonly totals: ClaimTotals;
  readonly issues: readonly EligibilityIssue[];
  readonly notes: readonly ClaimNote[];
  readonly parameters: ClaimParameters;
}
