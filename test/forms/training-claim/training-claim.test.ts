// What only the training form does: its steps, the questions that change with the kind of
// training, the programme's 課題 picked from those entered, its titles, what carries over to the
// next fiscal year. What every form does is in ../conformance.ts; its PDF in training-pdf.test.ts.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { copyForNextFiscalYear, type DraftRecord } from '@koiki/drafts';
import { createSession, isRequired } from '@koiki/engine';
import { type TrainingClaim, trainingRuleTable } from '@koiki/schemas/forms/training-claim';
import { loadDantaiNames } from '../../../forms/dantai-names.ts';
import { costGroupsText } from '../../../forms/training-claim/cost-questions.ts';
import { draftTitle, emptyData } from '../../../forms/training-claim/definition.ts';
import {
  trainingClaimDefinition as definition,
  trainingClaim,
} from '../../../forms/training-claim/index.ts';
import { measureTexts } from '../../../forms/training-claim/rule-texts.ts';
import { walk } from '../walk-session.ts';
import { ownStaffClaim, wideAreaClaim } from './training-claims.ts';

const visibleStepIds = (data: unknown) =>
  createSession(definition, { data: data as TrainingClaim })
    .visibleSteps()
    .map((step) => step.id);

/** The question at `path` on step `stepId`, as the session places it for this data. */
function question(data: TrainingClaim, stepId: string, path: string) {
  const field = createSession(definition, { data })
    .visibleFields(stepId)
    .find((f) => f.path === path);
  return field;
}

before(async () => {
  await loadDantaiNames();
});

describe('手順', () => {
  it('手順の id は決まった順：はじめに・申請団体・基本方針・研修・参加市町村・経費・算定結果・添付・確認・完了', () => {
    assert.deepEqual(
      definition.steps.map((step) => step.id),
      [
        'intro',
        'applicant',
        'policy',
        'programmes',
        'participants',
        'costs',
        'amounts',
        'attachments',
        'review',
        'done',
      ],
    );
  });

  it('参加市町村の手順は広域研修のときだけ現れる', () => {
    assert.ok(!visibleStepIds(ownStaffClaim()).includes('participants'));
    assert.ok(visibleStepIds(wideAreaClaim()).includes('participants'));
  });

  it('都道府県が自団体職員向けを選ぶと、申請団体の手順で止まり、普通交付税で措置されるためこの様式の対象でないと示す', () => {
    const data = ownStaffClaim();
    data.applicant.dantaiCode = '200000';
    const { session, result } = walk(definition, data);
    assert.equal(result.ok, false);
    assert.equal(session.step.id, 'applicant');
    const [shown] = session.shownIssuesByPath().trainingKind ?? [];
    assert.match(
      shown?.message ?? '',
      /普通交付税で措置されるため、この様式（特別交付税の申請）の対象ではありません/,
    );
  });

  it('市町村が広域研修を選ぶと、申請団体の手順で止まる', () => {
    const data = wideAreaClaim();
    data.applicant.dantaiCode = '205419';
    const { session, result } = walk(definition, data);
    assert.equal(result.ok, false);
    assert.equal(session.step.id, 'applicant');
    assert.ok((session.shownIssuesByPath().trainingKind ?? []).length > 0);
  });

  it('研修の区分は申請団体の手順で尋ねる（都道府県の自団体職員向けはここで止まる）', () => {
    const applicant = definition.steps.find((step) => step.id === 'applicant');
    assert.ok(applicant?.fields.some((field) => field.path === 'trainingKind'));
  });
});

describe('措置の説明（算定表から）', () => {
  it('はじめにに、創設年度・2つの区分・誰が申請するか・措置率・対象経費を示す', () => {
    const intro = (definition.steps[0]?.description ?? []).join('\n');
    assert.match(intro, /令和7年度～/);
    assert.match(intro, /\(1\) 自団体職員向け：市町村が申請します（特別交付税、措置率0\.5）/);
    assert.match(intro, /都道府県は普通交付税で措置されるため、この様式では申請しません/);
    assert.match(
      intro,
      /\(2\) 広域研修：都道府県が申請します（特別交付税、措置率0\.5）。対象経費は研修開催経費（講師謝金、講師旅費、研修委託費）です/,
    );
  });

  it('率・対象経費・策定指針の日付は算定表の行から書く（行が変われば文も変わる）', () => {
    const rules = trainingRuleTable[0];
    assert.ok(rules);
    const changed = {
      ...rules,
      kinds: {
        ...rules.kinds,
        広域研修: {
          ...rules.kinds.広域研修,
          rate: { ...rules.kinds.広域研修.rate, value: { numerator: 3, denominator: 4 } },
          costGroups: {
            ...rules.kinds.広域研修.costGroups,
            value: ['研修開催経費', '研修受講経費'] as const,
          },
        },
      },
      guidelinePublished: { ...rules.guidelinePublished, value: '2027-04-01' },
    };
    const texts = measureTexts(changed);
    assert.match(texts.wideArea, /措置率0\.75/);
    assert.doesNotMatch(texts.kindNote, /研修開催経費だけ/);
    assert.match(texts.adoptedDateNote, /令和9年4月1日公表/);
    assert.match(
      measureTexts().kindNote,
      /\(2\)は都道府県が申請します（対象経費は研修開催経費だけ）/,
    );
  });
});

describe('研修プログラムの質問', () => {
  it('取り組む課題は、基本方針の手順で入力した課題から番号つきで選ぶ', () => {
    const data = ownStaffClaim();
    data.challenges.push({
      ...data.challenges[0],
      name: '多文化共生',
    } as TrainingClaim['challenges'][number]);
    const field = question(data, 'programmes', 'programmes.0.challengeName');
    assert.ok(field?.optionsFrom);
    assert.deepEqual(field.optionsFrom(data, data), [
      { value: 'GX（脱炭素）の推進', label: '課題1：GX（脱炭素）の推進' },
      { value: '多文化共生', label: '課題2：多文化共生' },
    ]);
  });

  it('課題の名前を直すと、選べる課題も変わる（空の課題は出さない）', () => {
    const data = ownStaffClaim();
    data.challenges = [
      { ...data.challenges[0], name: 'インバウンド戦略' } as TrainingClaim['challenges'][number],
      { name: '' } as TrainingClaim['challenges'][number],
    ];
    const field = question(data, 'programmes', 'programmes.0.challengeName');
    assert.deepEqual(
      field?.optionsFrom?.(data, data).map((option) => option.value),
      ['インバウンド戦略'],
    );
  });

  it('「広域研修であることの明示」は広域研修のときだけ尋ねる', () => {
    assert.equal(question(ownStaffClaim(), 'programmes', 'programmes.0.wideAreaStated'), undefined);
    assert.ok(question(wideAreaClaim(), 'programmes', 'programmes.0.wideAreaStated'));
  });

  it('各プログラムの見出しは「研修プログラム n：名称」', () => {
    const step = definition.steps.find((s) => s.id === 'programmes');
    const field = step?.fields[0];
    assert.equal(field?.control, 'sections');
    assert.equal(
      field?.itemLabel?.({ name: '多文化共生研修' }, 1),
      '研修プログラム 2：多文化共生研修',
    );
    assert.equal(field?.itemLabel?.({}, 0), '研修プログラム 1');
  });

  it('実施計画の名称は、どこかの記載先に実施計画を選んだときに必須になる', () => {
    const own = ownStaffClaim();
    const field = question(own, 'policy', 'policy.implementationPlanName');
    assert.ok(field);
    assert.equal(isRequired(field, own, own), false);
    const wide = wideAreaClaim();
    assert.equal(isRequired(field, wide, wide), true);
  });
});

describe('参加市町村', () => {
  it('各市町村の見出しは団体名で「参加市町村 n：川上村」', () => {
    const step = definition.steps.find((s) => s.id === 'participants');
    const field = step?.fields[0];
    assert.equal(field?.control, 'sections');
    assert.equal(field?.itemLabel?.({ dantaiCode: '203041' }, 0), '参加市町村 1：川上村');
    assert.equal(field?.itemLabel?.({}, 2), '参加市町村 3');
  });
});

describe('対象経費', () => {
  /** The categories the cost table's first row offers for this data. */
  const categoryChoices = (data: TrainingClaim) => {
    const table = question(data, 'costs', 'costItems');
    const column = table?.fields?.find((field) => field.path === 'category');
    return column?.optionsFrom?.(data.costItems[0], data).map((option) => option.value);
  };

  it('自団体職員向けは6つの経費から、広域研修は研修開催経費の3つから選ぶ（算定表の区分による）', () => {
    assert.deepEqual(categoryChoices(ownStaffClaim()), [
      '講師謝金',
      '講師旅費',
      '研修委託費',
      '職員旅費',
      '外部研修受講料',
      'eラーニング利用料',
    ]);
    assert.deepEqual(categoryChoices(wideAreaClaim()), ['講師謝金', '講師旅費', '研修委託費']);
  });

  it('広域研修に受講経費の行が残っていると、その行の区分に理由を示して対象経費の手順で止まる', () => {
    const data = wideAreaClaim();
    data.costItems.push({ category: '職員旅費', description: '受講旅費', amount: 10_000 });
    const { session, result } = walk(definition, data);
    assert.equal(result.ok, false);
    assert.equal(session.step.id, 'costs');
    const [shown] = session.shownIssuesByPath()['costItems.2.category'] ?? [];
    assert.match(shown?.message ?? '', /研修受講経費のため対象外です/);
  });

  it('区分ごとの合計を、入力した行から示す（区分のない行は数えない）', () => {
    assert.equal(costGroupsText(ownStaffClaim()), '研修開催経費 225,321円、研修受講経費 117,845円');
    assert.equal(
      costGroupsText({ costItems: [{ category: '研修委託費', amount: 1000 }, { amount: 5 }] }),
      '研修開催経費 1,000円',
    );
    assert.match(costGroupsText({ costItems: [{}] }), /区分と金額を入力すると/);
  });
});

describe('下書き', () => {
  it('題名は「小布施町 令和8年度 人材育成研修」、広域研修は（広域）、空なら様式の短い名', () => {
    assert.equal(draftTitle(ownStaffClaim()), '小布施町 令和8年度 人材育成研修');
    assert.equal(draftTitle(wideAreaClaim()), '長野県 令和8年度 人材育成研修（広域）');
    assert.equal(draftTitle(emptyData()), '人材育成研修');
  });

  it('空の下書きには、課題・研修プログラム・経費の行が1つずつある', () => {
    const empty = emptyData();
    assert.equal(empty.challenges?.length, 1);
    assert.equal(empty.programmes?.length, 1);
    assert.equal(empty.costItems?.length, 1);
  });

  it('前年度の申請から作ると、年度を進め、基本方針・課題・プログラム・参加市町村を引き継ぎ、経費と添付・備考は引き継がない', () => {
    const data = { ...wideAreaClaim(), remarks: '備考' };
    const record: DraftRecord = {
      id: 'a',
      formId: 'training-claim',
      schemaVersion: 1,
      rev: 1,
      data,
      raw: {},
      attachments: [],
      step: 'costs',
      updatedAt: '',
      title: '',
    };
    const next = copyForNextFiscalYear(record, trainingClaim.nextFiscalYear).data as TrainingClaim;
    assert.equal(next.fiscalYear, 2027);
    assert.equal(next.costItems, undefined);
    assert.equal(next.remarks, undefined);
    assert.deepEqual(next.policy, data.policy);
    assert.deepEqual(next.challenges, data.challenges);
    assert.deepEqual(next.programmes, data.programmes);
    assert.deepEqual(next.participants, data.participants);
  });
});
