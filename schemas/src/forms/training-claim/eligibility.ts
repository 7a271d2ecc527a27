// What the training measure refuses (seed 003; SPEC §2.3), as issues with reasons, never exceptions.
// The calculator and the schema both use these, so a step, the 算定結果 and a server say the same.
import type { EligibilityIssue } from '../../calculators/claim-result.ts';
import { isDate, isFiscalYear, isRecord, isSixDigits, rows } from '../../calculators/draft-data.ts';
import { isPrefectureCode } from '../../calculators/prefecture-code.ts';
import { rulesFor } from '../../rules/rules-for.ts';
import { isValidDantaiCode } from '../../values/dantai-code.ts';
import { formatWareki } from '../../values/wareki.ts';
import { COST_GROUP_OF, isCostCategory, isTrainingKind, TRAINING_KINDS } from './choices.ts';
import type { TrainingDraft } from './fields.ts';
import { formatTrainingMessage, type TrainingMessageCode } from './messages.ts';
import {
  CLAIMED_ALLOCATION,
  DANTAI_LEVELS,
  type DantaiLevel,
  type TrainingKindRules,
  type TrainingRules,
  trainingRules,
} from './rules.ts';

function issue(
  path: string,
  code: TrainingMessageCode,
  params: Readonly<Record<string, string | number>> = {},
): EligibilityIssue {
  return { code, path, message: formatTrainingMessage(code, params) };
}

/**
 * Requirement ③ (and, for 広域研修, the 市町村's targets): a numeric target that is missing keeps
 * the shared code 'common.required', as the empty field it is (the field's own issue says
 * 「入力してください。」); these words name whose target it is, as the 算定結果 lists them apart.
 */
function targetMissing(path: string, owner: string): EligibilityIssue {
  return {
    code: 'common.required',
    path,
    message: formatTrainingMessage('training.staffTargetRequired', { owner }),
  };
}

/** 都道府県 or 市町村, from a valid 団体コード; undefined while the code is missing or wrong. */
export function dantaiLevel(code: unknown): DantaiLevel | undefined {
  if (!isSixDigits(code) || !isValidDantaiCode(code)) return undefined;
  return isPrefectureCode(code) ? '都道府県' : '市町村';
}

/** Who holds the chosen kind: a 都道府県's own-staff training is 普通交付税; 広域研修 is a 都道府県's. */
function kindIssues(data: TrainingDraft, rules: TrainingRules): EligibilityIssue[] {
  const kind = data.trainingKind;
  const level = dantaiLevel(data.applicant?.dantaiCode);
  if (!isTrainingKind(kind) || level === undefined) return [];
  const allocation = rules.kinds[kind].allocation.value[level];
  if (allocation === CLAIMED_ALLOCATION) return [];
  if (allocation !== undefined) {
    return [
      issue('trainingKind', 'training.kindByOrdinaryAllocation', { level, kind, allocation }),
    ];
  }
  const holders = DANTAI_LEVELS.filter((each) => rules.kinds[kind].allocation.value[each]);
  const otherKind = TRAINING_KINDS.find(
    (each) => rules.kinds[each].allocation.value[level] === CLAIMED_ALLOCATION,
  );
  return [
    issue('trainingKind', 'training.kindNotForLevel', {
      kind,
      level,
      levels: holders.join('・'),
      otherKind: otherKind ?? '',
    }),
  ];
}

/** Each cost line's category must be in a 経費区分 the kind may claim (広域研修: 研修開催経費 only). */
function categoryIssues(data: TrainingDraft, kindRules: TrainingKindRules, kind: string) {
  const groups = kindRules.costGroups.value;
  return rows(data.costItems).flatMap((item, index) => {
    const category = item.category;
    if (!isCostCategory(category)) return [];
    const group = COST_GROUP_OF[category];
    if (groups.includes(group)) return [];
    return [
      issue(`costItems.${index}.category`, 'training.categoryNotForKind', {
        kind,
        groups: groups.join('・'),
        category,
        group,
      }),
    ];
  });
}

/** The 基本方針 must be a new one, made on or after the 策定指針's publication. */
function policyIssues(data: TrainingDraft, rules: TrainingRules): EligibilityIssue[] {
  const adopted = data.policy?.adoptedDate;
  const published = rules.guidelinePublished.value;
  if (!isDate(adopted) || adopted >= published) return [];
  return [
    issue('policy.adoptedDate', 'training.policyBeforeGuideline', {
      adopted: formatWareki(adopted),
      published: formatWareki(published),
    }),
  ];
}

/** ①–③ per programme: a 課題 of the list, a numeric target, and for 広域研修 the wide-area statement. */
function programmeIssues(data: TrainingDraft): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  if (Array.isArray(data.challenges) && data.challenges.length === 0) {
    issues.push(issue('challenges', 'training.challengesRequired'));
  }
  if (Array.isArray(data.programmes) && data.programmes.length === 0) {
    issues.push(issue('programmes', 'training.programmesRequired'));
  }
  const names = new Set(rows(data.challenges).map((challenge) => challenge.name));
  rows(data.programmes).forEach((programme, index) => {
    const at = `programmes.${index}`;
    const named = programme.challengeName;
    if (typeof named === 'string' && named !== '' && !names.has(named)) {
      issues.push(issue(`${at}.challengeName`, 'training.challengeUnknown', { name: named }));
    }
    if (programme.staffTarget === undefined || programme.staffTarget === null) {
      const name =
        typeof programme.name === 'string' && programme.name ? `「${programme.name}」` : '';
      issues.push(targetMissing(`${at}.staffTarget`, `研修プログラム${index + 1}${name}`));
    }
    if (data.trainingKind === '広域研修' && programme.wideAreaStated !== true) {
      issues.push(issue(`${at}.wideAreaStated`, 'training.wideAreaNotStated'));
    }
  });
  return issues;
}

/** 広域研修: ≥1 participating 市町村, none a 都道府県 or the applicant, each with its target and ①–③. */
function participantIssues(data: TrainingDraft): EligibilityIssue[] {
  if (data.trainingKind !== '広域研修') return [];
  const participants = rows(data.participants);
  if (participants.length === 0) return [issue('participants', 'training.participantsRequired')];
  return participants.flatMap((participant, index) => {
    const at = `participants.${index}`;
    const code = participant.dantaiCode;
    const found: EligibilityIssue[] = [];
    if (code !== undefined && code === data.applicant?.dantaiCode) {
      found.push(issue(`${at}.dantaiCode`, 'training.participantIsApplicant'));
    } else if (dantaiLevel(code) === '都道府県') {
      found.push(issue(`${at}.dantaiCode`, 'training.participantPrefecture', { code: code ?? '' }));
    }
    if (participant.staffTarget === undefined || participant.staffTarget === null) {
      found.push(targetMissing(`${at}.staffTarget`, `参加市町村${index + 1}行目`));
    }
    if (participant.meetsRequirements !== true) {
      found.push(issue(`${at}.meetsRequirements`, 'training.participantRequirements'));
    }
    return found;
  });
}

/** Every eligibility issue of a (possibly incomplete) training claim under `rules`. */
export function trainingIssues(data: TrainingDraft, rules: TrainingRules): EligibilityIssue[] {
  const kind = data.trainingKind;
  return [
    ...kindIssues(data, rules),
    ...policyIssues(data, rules),
    ...programmeIssues(data),
    ...participantIssues(data),
    ...(isTrainingKind(kind) ? categoryIssues(data, rules.kinds[kind], kind) : []),
  ];
}

/** Every eligibility issue of a (possibly incomplete) training claim, the measure's years included. */
export function trainingEligibility(data: TrainingDraft): EligibilityIssue[] {
  const fiscalYear = isRecord(data) ? data.fiscalYear : undefined;
  if (!isFiscalYear(fiscalYear)) return [];
  const lookup = rulesFor(trainingRules, fiscalYear);
  if (!lookup.ok) return [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
  return trainingIssues(data, lookup.rules);
}
