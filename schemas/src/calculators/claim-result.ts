// What every calculator returns: claim lines a finance officer can check by hand, totals, and issues.
import type { Rate } from '../rules/rate.ts';
import type { RuleSource } from '../rules/sources.ts';

/** Who receives a line's amount: the 派遣元 prefecture, the 派遣先 municipality, or the applying 団体. */
export type Recipient = '派遣元' | '派遣先' | '団体';

/** One computed amount. */
export interface ClaimLine {
  /** Stable id, e.g. 'recruitment', 'posts.0.personnel', 'smoothing'. */
  readonly id: string;
  /** The form's own kind of line, e.g. 'recruitment', 'research' (its PDF layout numbers lines by it). */
  readonly kind: string;
  /** Japanese label, e.g. 「人件費（保健師・健康づくり担当）」. */
  readonly label: string;
  readonly recipient: Recipient;
  /** Dot path of the data the line comes from, e.g. 'posts.0'. */
  readonly path: string;
  /** The cost the rate applies to, in 円. */
  readonly base: number;
  readonly rate: Rate;
  /**
   * The cap that applied to this line, in 円 (for a cumulative cap: what was left of it); null when
   * the rule table states that the measure has none (上限なし).
   */
  readonly cap: number | null;
  /** min(floor(base × rate), cap), in 円 (floor(base × rate) when there is no cap). */
  readonly amount: number;
  /** True when the cap, not the rate, decided the amount. */
  readonly capped: boolean;
  /**
   * The 連携協約 or 取組 the line belongs to (path and name), so the 算定結果 and the 算定調書 can
   * group lines; absent for a line of the whole claim (e.g. 募集経費).
   */
  readonly group?: { readonly path: string; readonly label: string };
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
  /** A warning the user must confirm (printed on the 算定調書), not only information. */
  readonly warning?: boolean;
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
  /**
   * False while the claim cannot be claimed as it stands (an eligibility issue; callers that
   * validate also clear it for data the schema refuses): its lines are then 参考 only and
   * `totals` are zero.
   */
  readonly claimable: boolean;
  /** What is claimed: the sum of the lines when claimable, else zero. */
  readonly totals: ClaimTotals;
  /** The sum of the lines whatever the issues (shown as 参考 when not claimable). */
  readonly referenceTotals: ClaimTotals;
  readonly issues: readonly EligibilityIssue[];
  readonly notes: readonly ClaimNote[];
  readonly parameters: ClaimParameters;
}
