// 連携協約に基づく専門人材派遣 across claims. One person is claimed once: under 自治法派遣 the
// 派遣先 claims its 負担金, otherwise the 派遣元 its 人件費 (schemas' post-claim-rule); a post that
// the 派遣元 and the 派遣先 describe with different 派遣形態 can be claimed twice. A person found in
// several claims also keeps the per-person cap over all of them.
import {
  formatYenAmount,
  postClaimRules,
  rulesFor,
  specialistDispatchFormId,
  specialistDispatchRules,
} from '@koiki/schemas';
import { comparable } from '../claim-facts.ts';
import { type ClaimUnderCheck, fileNames, finding } from '../claim-under-check.ts';
import type { DantaiCap, DantaiNames, MeasureChecks } from './measure-checks.ts';
import { record, records, text } from './untrusted-data.ts';

const messages = {
  claimedTwice: (post: string, sides: string, rule: string) =>
    `同じ派遣（${post}）が、${sides}として申請されています。${rule}を申請し、1人について両方は申請できません。両団体に派遣形態を確認してください。`,
  ruleOfForm: (form: string, claimant: string, line: string) =>
    `派遣形態「${form}」なら${claimant}が${line}`,
  formMismatch: (post: string, sides: string) =>
    `同じ派遣（${post}）の派遣形態が申請によって違います（${sides}）。両団体に確認してください。`,
  personCap: (post: string, total: number, cap: number, others: string) =>
    `同じ派遣（${post}）の人件費・負担金の措置額が、他の申請${others}と合わせて ${formatYenAmount(total)} になり、1人・1年度あたりの上限 ${formatYenAmount(cap)} を ${formatYenAmount(total - cap)} 超えます。`,
  side: (file: string, role: string, form: string, line: string) =>
    `${file}（${role}、派遣形態「${form}」${line ? `、${line}` : ''}）`,
} as const;

/** One post as one claim states it. */
interface PostSighting {
  readonly claim: ClaimUnderCheck;
  readonly index: number;
  readonly recipientCode: string;
  readonly postName: string;
  readonly staffName: string;
  readonly dispatchForm: string;
  readonly role: string;
  /** The claim's 人件費/負担金 lines of this post with an amount. */
  readonly lines: readonly {
    readonly kind: string;
    readonly label: string;
    readonly amount: number;
  }[];
}

function sightingsOf(claim: ClaimUnderCheck): PostSighting[] {
  const data = record(claim.data);
  const posts = records(data.posts);
  const linesByPath = new Map<string, PostSighting['lines'][number][]>();
  for (const line of claim.amounts.lines) {
    if (line.amount <= 0) continue;
    const lines = linesByPath.get(line.path) ?? [];
    lines.push({ kind: line.kind, label: line.label.split('（')[0] ?? '', amount: line.amount });
    linesByPath.set(line.path, lines);
  }
  return posts.flatMap((post, index) => {
    const recipientCode = text(post.recipientCode);
    const postName = text(post.postName);
    if (recipientCode === '' || postName === '') return [];
    return [
      {
        claim,
        index,
        recipientCode,
        postName,
        staffName: comparable(text(post.staffName)),
        dispatchForm: text(post.dispatchForm),
        role: text(data.role),
        lines: linesByPath.get(`posts.${index}`) ?? [],
      },
    ];
  });
}

/**
 * The sightings grouped by person, each group from 2+ claims. One person: the same 派遣先 and year
 * and the same 職員名; a post without a name joins the first person with the same 職名.
 */
function peopleInSeveralClaims(claims: readonly ClaimUnderCheck[]): PostSighting[][] {
  const byName = new Map<string, PostSighting[]>();
  const byPost = new Map<string, PostSighting[]>();
  const groups: PostSighting[][] = [];
  const place = (sighting: PostSighting, group: PostSighting[] | undefined) => {
    const target = group ?? [];
    if (!group) groups.push(target);
    target.push(sighting);
    return target;
  };
  // Groups holding only posts without a name: the first named post of that 職名 joins them.
  const unnamed = new Set<PostSighting[]>();
  for (const claim of claims) {
    for (const sighting of sightingsOf(claim)) {
      const where = `${claim.fiscalYear}\n${sighting.recipientCode}\n`;
      const postKey = where + comparable(sighting.postName);
      const atPost = byPost.get(postKey);
      if (sighting.staffName !== '') {
        const nameKey = where + sighting.staffName;
        const joins = byName.get(nameKey) ?? (atPost && unnamed.has(atPost) ? atPost : undefined);
        const group = place(sighting, joins);
        unnamed.delete(group);
        byName.set(nameKey, group);
        if (!atPost || atPost === joins) byPost.set(postKey, group);
      } else {
        const group = place(sighting, atPost);
        if (!atPost) {
          unnamed.add(group);
          byPost.set(postKey, group);
        }
      }
    }
  }
  return groups.filter((group) => new Set(group.map((s) => s.claim)).size > 1);
}

function postTitle(sighting: PostSighting, names: DantaiNames): string {
  return `${names(sighting.recipientCode)}・${sighting.postName}`;
}

function sideText(sighting: PostSighting): string {
  const line = sighting.lines.map((l) => `${l.label} ${formatYenAmount(l.amount)}`).join('、');
  return messages.side(fileNames([sighting.claim]), sighting.role, sighting.dispatchForm, line);
}

function flag(
  group: readonly PostSighting[],
  status: '不備' | '要確認',
  code: string,
  message: string,
): void {
  const claims = [...new Set(group.map((s) => s.claim))];
  for (const sighting of group) {
    const others = claims.filter((claim) => claim !== sighting.claim);
    sighting.claim.findings.push(finding(status, code, message, `posts.${sighting.index}`, others));
  }
}

/** The 派遣形態 rule in words, from schemas' postClaimRules and the lines' own labels. */
function ruleText(group: readonly PostSighting[]): string {
  const labels = new Map(group.flatMap((s) => s.lines.map((line) => [line.kind, line.label])));
  return Object.entries(postClaimRules)
    .map(([form, rule]) =>
      messages.ruleOfForm(form, rule.claimant, labels.get(rule.line) ?? rule.line),
    )
    .join('、');
}

function checkPerson(group: readonly PostSighting[], names: DantaiNames): void {
  const [first] = group;
  if (!first) return;
  const title = postTitle(first, names);
  const sides = group.map(sideText).join('と');
  const kinds = new Set(group.flatMap((s) => s.lines.map((line) => line.kind)));
  if (kinds.size > 1) {
    flag(
      group,
      '不備',
      'rollup.postClaimedTwice',
      messages.claimedTwice(title, sides, ruleText(group)),
    );
    return;
  }
  if (new Set(group.map((s) => s.dispatchForm)).size > 1)
    flag(group, '要確認', 'rollup.dispatchFormMismatch', messages.formMismatch(title, sides));
  const fiscalYear = first.claim.fiscalYear;
  const lookup = fiscalYear === null ? undefined : rulesFor(specialistDispatchRules, fiscalYear);
  if (!lookup?.ok) return;
  const cap = lookup.rules.personCap.value;
  const total = group.reduce((sum, s) => sum + s.lines.reduce((n, l) => n + l.amount, 0), 0);
  if (total <= cap) return;
  const claims = [...new Set(group.map((s) => s.claim))];
  for (const sighting of group) {
    const others = claims.filter((claim) => claim !== sighting.claim);
    sighting.claim.findings.push(
      finding(
        '不備',
        'rollup.personCap',
        messages.personCap(title, total, cap, fileNames(others)),
        `posts.${sighting.index}`,
        others,
      ),
    );
  }
}

export const specialistDispatchChecks: MeasureChecks = {
  formId: specialistDispatchFormId,
  dantaiCaps(fiscalYear: number): readonly DantaiCap[] {
    const lookup = rulesFor(specialistDispatchRules, fiscalYear);
    if (!lookup.ok) return [];
    const { recruitmentCapPerDantai } = lookup.rules;
    return [
      {
        kind: 'recruitment',
        label: '募集経費',
        cap: recruitmentCapPerDantai.value,
        note: recruitmentCapPerDantai.note ?? '',
      },
    ];
  },
  checkAcrossClaims(claims, names) {
    for (const person of peopleInSeveralClaims(claims)) checkPerson(person, names);
  },
};
