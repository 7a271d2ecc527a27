// Claim amounts of 連携協約に基づく専門人材派遣 (SPEC §2.1), per post and per 団体.
import {
  agreementOfPost,
  type SpecialistDispatch,
  type SpecialistDispatchPost,
} from '../forms/specialist-dispatch.ts';
import { formatDispatchMessage } from '../messages/specialist-dispatch-messages.ts';
import { otherPostClaim, ownPostClaim, type PostClaimRule } from '../rules/post-claim-rule.ts';
import { formatRate, type Rate } from '../rules/rate.ts';
import { rulesFor } from '../rules/rules-for.ts';
import {
  type SpecialistDispatchRules,
  specialistDispatchRules,
} from '../rules/specialist-dispatch-rules.ts';
import { formatFiscalYear, formatWareki, formatYenAmount } from '../values/index.ts';
import { applyRateAndCap, explainAmount, sumAmounts } from './capped-rate.ts';
import type { ClaimLine, ClaimNote, ClaimResult, UsedParameter } from './claim-result.ts';
import { claimResult, noParameters, usedParameter } from './claim-result-builder.ts';
import { isFirstDispatchYear, isPlannedPost } from './dispatch-post-year.ts';
import { amountOf, type DraftData, isAmount, isFiscalYear, rows } from './draft-data.ts';
import { outsideAreaWarnings } from './outside-area.ts';
import {
  dispatchAgreementIssues,
  dispatchClaimIssues,
  dispatchPostIssues,
} from './specialist-dispatch-eligibility.ts';

type Draft = DraftData<SpecialistDispatch>;
type DraftPost = DraftData<SpecialistDispatchPost>;
type LineGroup = NonNullable<ClaimLine['group']>;

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

/** (1) 募集経費 of the 派遣元: one line for all items of the claim (all its 協約), capped per 団体. */
function recruitmentLines(data: Draft, rules: SpecialistDispatchRules): ClaimLine[] {
  const items = rows(data.recruitmentItems);
  if (data.role !== '派遣元' || items.length === 0) return [];
  const base = sumAmounts(items);
  const rate = rules.rate.value;
  const cap = rules.recruitmentCapPerDantai.value;
  const result = applyRateAndCap(base, rate, cap);
  const baseText =
    items.length > 1
      ? `募集経費 ${items.length}件の計 ${formatYenAmount(base)}`
      : `募集経費 ${formatYenAmount(base)}`;
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
      explanation: explainAmount(
        baseText,
        rate,
        result,
        `1団体あたりの上限 ${formatYenAmount(cap)}`,
      ),
    },
  ];
}

/** (2a) 人件費 − 負担金, when the applicant claims the post's 人件費. */
function personnelLines(
  post: DraftPost,
  index: number,
  group: LineGroup | undefined,
  rate: Rate,
  cap: number,
): ClaimLine[] {
  if (!isAmount(post.personnelCost)) return [];
  const cost = post.personnelCost;
  const contribution = amountOf(post.contribution);
  const base = Math.max(0, cost - contribution);
  const result = applyRateAndCap(base, rate, cap);
  const baseText =
    contribution > 0
      ? `人件費 ${formatYenAmount(cost)} − 負担金 ${formatYenAmount(contribution)} = ${formatYenAmount(base)}`
      : `人件費 ${formatYenAmount(cost)}`;
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
      ...(group ? { group } : {}),
      explanation: explainAmount(baseText, rate, result, `上限 ${formatYenAmount(cap)}`),
    },
  ];
}

/**
 * (2b) 負担金, when the applicant claims the post's 負担金: only in its first dispatch year if so
 * ruled, as the dates (not the stated answer) tell.
 */
function contributionLines(
  post: DraftPost,
  index: number,
  group: LineGroup | undefined,
  fiscalYear: number,
  rule: PostClaimRule,
  rate: Rate,
  cap: number,
): ClaimLine[] {
  if (rule.firstYearOnly && isFirstDispatchYear(post, fiscalYear) !== true) return [];
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
      ...(group ? { group } : {}),
      explanation: explainAmount(
        `負担金 ${formatYenAmount(base)}`,
        rate,
        result,
        `上限 ${formatYenAmount(cap)}`,
      ),
    },
  ];
}

/** The 協約 a post's lines are grouped under on the 算定結果 and the 算定調書. */
function groupOf(index: number, name: unknown): LineGroup {
  return { path: `agreements.${index}`, label: typeof name === 'string' ? name : '' };
}

/**
 * Tells the user when a post is planned (no amounts this year) or when a person's amount is
 * claimed by the other 団体.
 */
function postNotes(
  post: DraftPost,
  index: number,
  role: Draft['role'],
  fiscalYear: number,
): ClaimNote[] {
  if (isPlannedPost(post, fiscalYear)) {
    const start = formatWareki(String(post.periodFrom));
    return [
      { path: `posts.${index}`, message: formatDispatchMessage('dispatch.notePlanned', { start }) },
    ];
  }
  const other = otherPostClaim(role, post.dispatchForm);
  if (!other) return [];
  const code =
    other.line === 'contribution'
      ? 'dispatch.noteContributionToRecipient'
      : 'dispatch.notePersonnelToSender';
  return [{ path: `posts.${index}`, message: formatDispatchMessage(code) }];
}

interface PostContext {
  readonly data: Draft;
  readonly fiscalYear: number;
  readonly rate: Rate;
  readonly personCap: number;
  /** The post has an eligibility issue of its own. */
  readonly refused: boolean;
  /** The issues of each 協約, by index. */
  readonly agreementIssues: readonly (readonly unknown[])[];
}

/**
 * The line a post gives its applicant, grouped under its 協約. A refused post, or a post under a
 * refused 協約, has none (the other lines stay, as 参考); a planned post has none yet.
 */
function lineOfPost(post: DraftPost, index: number, context: PostContext): ClaimLine[] {
  const { data, fiscalYear, rate, personCap } = context;
  const agreement = agreementOfPost(data, post.agreementName);
  const agreementRefused = (context.agreementIssues[agreement?.index ?? -1] ?? []).length > 0;
  if (context.refused || agreementRefused || isPlannedPost(post, fiscalYear)) return [];
  const group = agreement ? groupOf(agreement.index, agreement.agreement.name) : undefined;
  const own = ownPostClaim(data.role, post.dispatchForm);
  if (own?.line === 'personnel') return personnelLines(post, index, group, rate, personCap);
  if (own?.line !== 'contribution') return [];
  return contributionLines(post, index, group, fiscalYear, own, rate, personCap);
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
        formatYenAmount(rules.recruitmentCapPerDantai.value),
        rules.recruitmentCapPerDantai,
      ),
    );
  }
  used.push(
    usedParameter(
      role === '派遣先' ? '負担金の上限（1人あたり）' : '人件費の上限（1人あたり）',
      formatYenAmount(personCap),
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
  const agreementIssues = dispatchAgreementIssues(data);
  const postIssues = posts.map((post, index) =>
    dispatchPostIssues(post, index, data.role, rules, fiscalYear),
  );
  const issues = [
    ...agreementIssues.flat(),
    ...dispatchClaimIssues(data, rules),
    ...postIssues.flat(),
  ];
  const notes = [
    ...outsideAreaWarnings(data),
    ...posts.flatMap((post, index) => postNotes(post, index, data.role, fiscalYear)),
  ];
  const postLines = posts.flatMap((post, index) =>
    lineOfPost(post, index, {
      data,
      fiscalYear,
      rate: rules.rate.value,
      personCap,
      refused: (postIssues[index] ?? []).length > 0,
      agreementIssues,
    }),
  );
  return claimResult([...recruitmentLines(data, rules), ...postLines], issues, notes, parameters);
}
