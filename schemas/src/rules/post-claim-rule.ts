// The 派遣形態 rule of 専門人材派遣, written once (SPEC §2.1). Under 自治法派遣 (地方自治法 第252条の17)
// the 派遣先 bears the person's pay, so it claims its 負担金, and only in the post's first dispatch
// year; otherwise the 派遣元 claims 人件費 less the 派遣先's 負担金. One person never yields both.
// It follows from the law, not from a year's 総務省 material, so it is not a dated row.
import {
  DISPATCH_ROLES,
  type DispatchForm,
  type DispatchRole,
} from '../forms/specialist-dispatch-choices.ts';

/** Who claims a dispatched person's amount, on which line, and when. */
export interface PostClaimRule {
  readonly line: 'personnel' | 'contribution';
  readonly claimant: DispatchRole;
  /** Claimable only in the post's first dispatch year (派遣初年度). */
  readonly firstYearOnly: boolean;
}

export const postClaimRules: Readonly<Record<DispatchForm, PostClaimRule>> = {
  自治法派遣: { line: 'contribution', claimant: '派遣先', firstYearOnly: true },
  その他: { line: 'personnel', claimant: '派遣元', firstYearOnly: false },
};

/** The rule of a post's 派遣形態, or undefined while none (or something else) is chosen. */
export function postClaimRule(dispatchForm: unknown): PostClaimRule | undefined {
  return typeof dispatchForm === 'string' && Object.hasOwn(postClaimRules, dispatchForm)
    ? postClaimRules[dispatchForm as DispatchForm]
    : undefined;
}

/** The rule when the applicant in `role` claims the post itself; undefined when the other 団体 does. */
export function ownPostClaim(role: unknown, dispatchForm: unknown): PostClaimRule | undefined {
  const rule = postClaimRule(dispatchForm);
  return rule?.claimant === role ? rule : undefined;
}

/** The rule when the other 団体 claims the post (shown as a note); undefined otherwise. */
export function otherPostClaim(role: unknown, dispatchForm: unknown): PostClaimRule | undefined {
  const rule = postClaimRule(dispatchForm);
  const known = DISPATCH_ROLES.some((candidate) => candidate === role);
  return rule && known && rule.claimant !== role ? rule : undefined;
}
