// Claim amounts of 連携協約に基づく専門人材派遣 (SPEC §2.1), per post and per 団体.
import type { SpecialistDispatch, SpecialistDispatchPost } from '../forms/specialist-dispatch.ts';
import { formatDispatchMessage } from '../messages/specialist-dispatch-messages.ts';
import { formatRate, type Rate } from '../rules/rate.ts';
import { rulesFor } from '../rules/rules-for.ts';
import {
  type SpecialistDispatchRules,
  specialistDispatchRules,
} from '../rules/specialist-dispatch-rules.ts';
import { formatFiscalYear } from '../values/index.ts';
import { applyRateAndCap, explainAmount, sumAmounts, yen } from './capped-rate.ts';
import type { ClaimLine, ClaimNote, ClaimResult, UsedParameter } from './claim-result.ts';
import { claimResult, noParameters, usedParameter } from './claim-result-builder.ts';
import { amountOf, type DraftData, isAmount, isFiscalYear, rows } from './draft-data.ts';
import { dispatchClaimIssues, dispatchPostIssues } from './specialist-dispatch-eligibility.ts';

type Draft = DraftData<SpecialistDispatch>;
type DraftPost = DraftData<SpecialistDispatchPost>;

/** Values the user may set instead of the rule table's default (SPEC §2.3). */
export interface SpecialistDispatchOverrides {
  /** Cap per person and fiscal year for 人件費 and 負担金 (default: the table's 「600万円程度」). */
  readonly personCap?: number;
}

function postLabel(post: DraftPost): string {
  const occupation = post.occupation === 'その他' ? post.occupationOther : post.occupation;
  // Only text is shown: a number or object in a broken draft never becomes 「Infinity」 in a label.
  return [occupation, post.postName]
    .filter((part) => typeof part === 'string' && part !== '')
    .join('・');
}

/** (1) 募集経費 of the 派遣元, one line for all items, capped per 団体. */
function recruitmentLines(data: Draft, rules: SpecialistDispatchRules): ClaimLine[] {
  const items = rows(data.recruitmentItems);
  if (data.role !== '派遣元' || items.length === 0) return [];
  const base = sumAmounts(items);
  const rate = rules.rate.value;
  const cap = rules.recruitmentCapPerDantai.value;
  const result = applyRateAndCap(base, rate, cap);
  const baseText =
    items.length > 1 ? `募集経費 ${items.length}件の計 ${yen(base)}` : `募集経費 ${yen(base)}`;
  return [
    {
      id: 'recruitment',
      kind: 'recruitment',
      label: '募集経費',
      recipient: '派遣元',
      path: 'recruitmentItems',
      base,
      rate,
      cap,
      amount: result.amount,
      capped: result.capped,
      explanation: explainAmount(baseText, rate, result, `上限 ${yen(cap)}`),
    },
  ];
}

/** (2a) 人件費 − 負担金 for the 派遣元; nothing under 自治法派遣. */
function personnelLines(post: DraftPost, index: number, rate: Rate, cap: number): ClaimLine[] {
  if (post.dispatchForm !== 'その他' || !isAmount(post.personnelCost)) return [];
  const cost = post.personnelCost;
  const contribution = amountOf(post.contribution);
  const base = Math.max(0, cost - contribution);
  const result = applyRateAndCap(base, rate, cap);
  const baseText =
    contribution > 0
      ? `人件費 ${yen(cost)} − 負担金 ${yen(contribution)} = ${yen(base)}`
      : `人件費 ${yen(cost)}`;
  return [
    {
      id: `posts.${index}.personnel`,
      kind: 'personnel',
      label: `人件費（${postLabel(post)}）`,
      recipient: '派遣元',
      path: `posts.${index}`,
      base,
      rate,
      cap,
      amount: result.amount,
      capped: result.capped,
      explanation: explainAmount(baseText, rate, result, `上限 ${yen(cap)}`),
    },
  ];
}

/** (2b) 負担金 for the 派遣先: only under 自治法派遣 and only in the post's first dispatch year. */
function contributionLines(post: DraftPost, index: number, rate: Rate, cap: number): ClaimLine[] {
  if (post.dispatchForm !== '自治法派遣' || post.firstDispatchYear !== true) return [];
  if (!isAmount(post.contribution)) return [];
  const base = post.contribution;
  const result = applyRateAndCap(base, rate, cap);
  return [
    {
      id: `posts.${index}.contribution`,
      kind: 'contribution',
      label: `負担金（${postLabel(post)}）`,
      recipient: '派遣先',
      path: `posts.${index}`,
      base,
      rate,
      cap,
      amount: result.amount,
      capped: result.capped,
      explanation: explainAmount(`負担金 ${yen(base)}`, rate, result, `上限 ${yen(cap)}`),
    },
  ];
}

/** Tells the user when a person's amount is claimed by the other 団体. */
function postNotes(post: DraftPost, index: number, role: Draft['role']): ClaimNote[] {
  const path = `posts.${index}`;
  if (role === '派遣元' && post.dispatchForm === '自治法派遣') {
    return [{ path, message: formatDispatchMessage('dispatch.noteContributionToRecipient') }];
  }
  if (role === '派遣先' && post.dispatchForm === 'その他') {
    return [{ path, message: formatDispatchMessage('dispatch.notePersonnelToSender') }];
  }
  return [];
}

function usedParameters(
  rules: SpecialistDispatchRules,
  role: Draft['role'],
  personCap: number,
): UsedParameter[] {
  const used = [usedParameter('措置率', formatRate(rules.rate.value), rules.rate)];
  if (role !== '派遣先') {
    used.push(
      usedParameter(
        '募集経費の上限（1団体あたり）',
        yen(rules.recruitmentCapPerDantai.value),
        rules.recruitmentCapPerDantai,
      ),
    );
  }
  used.push(
    usedParameter(
      role === '派遣先' ? '負担金の上限（1人あたり）' : '人件費の上限（1人あたり）',
      yen(personCap),
      rules.personCap,
      personCap !== rules.personCap.value,
    ),
    usedParameter('上限の適用単位', rules.capPeriod.value, rules.capPeriod),
  );
  return used;
}

/** Every claim line of a (possibly incomplete) specialist-dispatch claim, with caps, totals and issues. */
export function calculateSpecialistDispatch(
  data: Draft,
  overrides: SpecialistDispatchOverrides = {},
): ClaimResult {
  const fiscalYear = data.fiscalYear;
  if (!isFiscalYear(fiscalYear)) return claimResult([], [], [], noParameters(null, ''));
  const fiscalYearLabel = formatFiscalYear(fiscalYear);
  const lookup = rulesFor(specialistDispatchRules, fiscalYear);
  if (!lookup.ok) {
    const issues = [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
    return claimResult([], issues, [], noParameters(fiscalYear, fiscalYearLabel));
  }
  const { rules } = lookup;
  // An override that is not a whole number of 円 (NaN, negative) is ignored, never computed with.
  // The caller's override wins, then the one stored in the claim; neither is computed with unless whole 円.
  const requested = overrides.personCap ?? data.personCapOverride;
  const personCap = isAmount(requested) ? requested : rules.personCap.value;
  const parameters = {
    fiscalYear,
    fiscalYearLabel,
    ruleTitle: rules.title,
    used: usedParameters(rules, data.role, personCap),
  };
  const posts = rows(data.posts);
  const claimIssues = dispatchClaimIssues(data, fiscalYear);
  const postIssues = posts.map((post, index) =>
    dispatchPostIssues(post, index, data.role, rules, fiscalYear),
  );
  const issues = [...claimIssues, ...postIssues.flat()];
  const notes = posts.flatMap((post, index) => postNotes(post, index, data.role));
  // A claim refused as a whole has no amounts; a refused post has none of its own.
  if (claimIssues.length > 0) return claimResult([], issues, notes, parameters);
  const rate = rules.rate.value;
  const postLines = posts.flatMap((post, index) => {
    if ((postIssues[index] ?? []).length > 0) return [];
    if (data.role === '派遣元') return personnelLines(post, index, rate, personCap);
    if (data.role === '派遣先') return contributionLines(post, index, rate, personCap);
    return [];
  });
  return claimResult([...recruitmentLines(data, rules), ...postLines], issues, notes, parameters);
}
