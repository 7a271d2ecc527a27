// What only 集約化等 does: its steps and introduction, the questions of each 取組 that change with
// the answers, its titles, what carries over to the next fiscal year, and what its PDF says. What
// every form does is in ../conformance.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyForNextFiscalYear, type DraftRecord } from '@koiki/drafts';
import { createSession, isRequired } from '@koiki/engine';
import { type Consolidation, consolidationContract, withSchemaValidity } from '@koiki/schemas';
import { draftTitle, emptyData } from '../../../forms/consolidation-claim/definition.ts';
import {
  consolidationClaim,
  consolidationClaimDefinition as definition,
} from '../../../forms/consolidation-claim/index.ts';
import { loadDantaiNames } from '../../../forms/dantai-names.ts';
import { examplePdf, loose, pdfText } from '../example-pdf.ts';
import { readExample } from '../form-examples.ts';
import { walk } from '../walk-session.ts';
import { libraryInitiative, poolResearchInitiative, twoInitiatives } from './two-initiatives.ts';

const validator = consolidationContract.validator;

const shownPaths = (data: unknown) =>
  createSession(definition, { data: data as Consolidation })
    .visibleFields('initiatives')
    .map((field) => field.path);

/** The question of 取組 `index` at `path` (relative to the 取組), as the session places it. */
function question(data: Consolidation, index: number, path: string) {
  const session = createSession(definition, { data });
  const field = session
    .visibleFields('initiatives')
    .find((f) => f.path === `initiatives.${index}.${path}`);
  assert.ok(field, `initiatives.${index}.${path}`);
  return field;
}

describe('手順', () => {
  it('手順は はじめに・申請団体と担当者・取組・算定結果・添付・確認・完了', () => {
    assert.deepEqual(
      definition.steps.map((step) => [step.id, step.kind ?? 'form']),
      [
        ['intro', 'intro'],
        ['applicant', 'form'],
        ['initiatives', 'form'],
        ['amounts', 'amounts'],
        ['attachments', 'form'],
        ['review', 'review'],
        ['done', 'done'],
      ],
    );
  });

  it('取組の手順は、取組ごとに1つのまとまりで尋ねる（項目は取組からの相対パス）', () => {
    const step = definition.steps.find((s) => s.id === 'initiatives');
    assert.equal(step?.fields.length, 1);
    const [field] = step?.fields ?? [];
    assert.equal(field?.control, 'sections');
    assert.equal(field?.path, 'initiatives');
    assert.equal(field?.itemLabel?.(libraryInitiative, 1), `取組 2：${libraryInitiative.name}`);
    assert.equal(field?.itemLabel?.({}, 0), '取組 1');
  });

  it('はじめに、対象と2つの段階と用意するものを説明し、率と上限は算定表から示す', () => {
    const intro = (definition.steps[0]?.description ?? []).join('\n');
    assert.match(intro, /\(1\) 調査検討経費/);
    assert.match(intro, /\(2\) 円滑化経費/);
    assert.match(intro, /手元に用意するもの/);
    assert.match(intro, /この年度に参加するすべての取組をまとめます/);
    assert.match(intro, /経費の0\.5（1団体あたり、その年度のすべての取組の合計で5,000,000円まで）/);
    assert.match(
      intro,
      /経費の0\.8（集約化等1件・1団体あたり、完了年度から5年度間で合計50,000,000円まで）/,
    );
  });

  it('2つの取組の申請は最後まで進み、送信データは schema を通る', () => {
    const { session, reached } = walk(definition, twoInitiatives());
    assert.deepEqual(reached, [
      'intro',
      'applicant',
      'initiatives',
      'amounts',
      'attachments',
      'review',
      'done',
    ]);
    const sent = session.submitPayload().data;
    assert.equal(validator.safeParse(sent).success, true);
    assert.deepEqual(sent, twoInitiatives());
  });

  it('算定額は取組ごと：円滑化 12,400,000×0.8=9,920,000 は残り 50,000,000−42,000,000=8,000,000 まで、調査検討 12,000,000×1/2=6,000,000 は 1団体 5,000,000 まで、計 13,000,000円', () => {
    const amounts = createSession(definition, { data: twoInitiatives() }).submitPayload().amounts;
    assert.ok(amounts);
    assert.deepEqual(
      amounts.lines.map((line) => [line.group?.path, line.kind, line.amount, line.capped]),
      [
        ['initiatives.0', 'smoothing', 8_000_000, true],
        ['initiatives.1', 'research', 5_000_000, true],
      ],
    );
    assert.equal(amounts.totals.yen, 13_000_000);
  });
});

describe('取組ごとの質問は、その取組の答えに合わせて変わる', () => {
  it('調査検討経費の表は、その取組で調査検討経費を選んだときだけ、措置区分のすぐ下に出る', () => {
    const paths = shownPaths(twoInitiatives());
    assert.ok(paths.includes('initiatives.1.researchItems'));
    assert.ok(!paths.includes('initiatives.0.researchItems'));
    assert.equal(paths[paths.indexOf('initiatives.1.stages') + 1], 'initiatives.1.researchItems');
    // 取組 1 claims 円滑化経費 only: its 完了年度, window, items and earlier years follow its stages.
    const under = paths.slice(
      paths.indexOf('initiatives.0.stages') + 1,
      paths.indexOf('initiatives.1.name'),
    );
    assert.deepEqual(under, [
      'initiatives.0.smoothingEligibility',
      'initiatives.0.completionFiscalYear',
      'initiatives.0.smoothingWindow',
      'initiatives.0.smoothingItems',
      'initiatives.0.earlierReceipts',
    ]);
    assert.ok(!paths.includes('initiatives.1.smoothingItems'));
  });

  it('選ばなかった経費はその取組から送信されず、ほかの取組には影響しない', () => {
    const session = createSession(definition, { data: twoInitiatives() });
    session.set('initiatives.0.stages', ['調査検討経費']);
    session.set('initiatives.0.researchItems', [
      { category: '協議会の開催', description: '協議会', amount: 100_000 },
    ]);
    const sent = session.submitPayload().data;
    assert.equal(sent.initiatives?.[0]?.smoothingItems, undefined);
    assert.equal(sent.initiatives?.[0]?.earlierReceipts, undefined);
    assert.deepEqual(sent.initiatives?.[1], poolResearchInitiative);
    assert.equal(validator.safeParse(sent).success, true);
  });

  it('集約先の質問は「集約先の施設は決まっていますか」に「はい」と答えた取組だけで尋ねる', () => {
    const paths = shownPaths(twoInitiatives());
    assert.ok(paths.includes('initiatives.0.targetFacility.name'));
    assert.ok(!paths.some((path) => path.startsWith('initiatives.1.targetFacility')));
    assert.equal(
      paths[paths.indexOf('initiatives.0.targetDecided') + 1],
      'initiatives.0.targetFacility',
    );
  });

  it('集約先を「いいえ」に戻すと、入力済みの集約先は送信されず、調査検討の申請は schema を通る', () => {
    const data = twoInitiatives();
    const session = createSession(definition, { data });
    session.set('initiatives.0.stages', ['調査検討経費']);
    session.set('initiatives.0.researchItems', [
      { category: '協議会の開催', description: '協議会', amount: 100_000 },
    ]);
    session.set('initiatives.0.targetDecided', false);
    const sent = session.submitPayload().data;
    assert.equal(sent.initiatives?.[0]?.targetFacility, undefined);
    assert.equal(validator.safeParse(sent).success, true);
    // The answers stay in the draft: saying 「はい」 again brings them back.
    session.set('initiatives.0.targetDecided', true);
    assert.equal(
      session.submitPayload().data.initiatives?.[0]?.targetFacility?.name,
      '県市一体型図書館',
    );
  });

  it('集約先が決まっていない取組で円滑化経費を選ぶと、その取組の「集約先」の質問に理由を示す', () => {
    const session = createSession(definition, { data: twoInitiatives() });
    session.set('initiatives.1.stages', ['調査検討経費', '円滑化経費']);
    const issues = session.stepIssues('initiatives');
    const decided = issues.find((issue) => issue.path === 'initiatives.1.targetDecided');
    assert.ok(decided, issues.map((issue) => issue.path).join(', '));
    assert.match(decided.message, /集約先/);
  });

  it('「はい」と答えて集約先を何も入力しないと、集約先の各欄に誤りが出る', () => {
    const data = twoInitiatives();
    const session = createSession(definition, { data });
    session.set('initiatives.1.targetDecided', true);
    const paths = session.stepIssues('initiatives').map((issue) => issue.path);
    assert.ok(
      paths.some((path) => path.startsWith('initiatives.1.targetFacility')),
      paths.join(', '),
    );
    const fields = new Set(session.visibleFields('initiatives').map((field) => field.path));
    assert.deepEqual(
      paths.filter((path) => !fields.has(path)),
      [],
      'every issue sits at a question shown on the step',
    );
  });

  it('集約化等完了年度は尋ねず、取組ごとに供用開始日（機能統合では決定した日）から決めて示す', () => {
    const data = twoInitiatives();
    const session = createSession(definition, { data });
    assert.deepEqual(session.derived.completionFiscalYears, [2025, undefined]);
    const shown = question(data, 0, 'completionFiscalYear');
    assert.equal(shown.control, 'info');
    assert.match(
      shown.display?.(data, data) ?? '',
      /^令和7年度（集約先施設の供用開始（予定）日の令和7年10月5日が属する年度）/,
    );
    session.set('initiatives.0.targetFacility.serviceStartDate', '2026-04-01');
    assert.deepEqual(session.derived.completionFiscalYears, [2026, undefined]);
  });

  it('機能統合を決定した日は、その取組で機能統合を選んだときだけ、手法のすぐ下で尋ねる', () => {
    const session = createSession(definition, { data: twoInitiatives() });
    assert.equal(session.isVisible('initiatives.0.integrationDecisionDate'), false);
    session.set('initiatives.0.method', '機能統合');
    const paths = session.visibleFields('initiatives').map((f) => f.path);
    assert.equal(
      paths[paths.indexOf('initiatives.0.method') + 1],
      'initiatives.0.integrationDecisionDate',
    );
    assert.ok(!paths.includes('initiatives.1.integrationDecisionDate'));
    const issues = session
      .validateAll()
      .filter((i) => i.path === 'initiatives.0.integrationDecisionDate');
    assert.match(issues[0]?.message ?? '', /機能統合を決定した日を入力してください/);
  });

  it('供用開始日は円滑化経費を申請する取組（機能統合を除く）でだけ必須', () => {
    const data = twoInitiatives();
    const start = question(data, 0, 'targetFacility.serviceStartDate');
    assert.equal(isRequired(start, data, data), true);
    const research = structuredClone(data);
    research.initiatives[0] = { ...libraryInitiative, stages: ['調査検討経費'] };
    assert.equal(isRequired(start, research, research), false);
    const integration = structuredClone(data);
    integration.initiatives[0] = { ...libraryInitiative, method: '機能統合' };
    assert.equal(isRequired(start, integration, integration), false);
  });

  it('一部事務組合・広域連合を選んだ行だけ、その名称を尋ねる', () => {
    const session = createSession(definition, { data: twoInitiatives() });
    assert.equal(session.isVisible('initiatives.1.otherParties.1.name'), false);
    session.set('initiatives.1.otherParties.1.kind', '一部事務組合・広域連合');
    assert.equal(session.isVisible('initiatives.1.otherParties.1.name'), true);
    const paths = session.stepIssues('initiatives').map((issue) => issue.path);
    assert.ok(paths.includes('initiatives.1.otherParties.1.name'), paths.join(', '));
  });

  it('連携の枠組みで「その他」を選んだ取組だけ、その内容を尋ねる', () => {
    const paths = shownPaths(twoInitiatives());
    assert.ok(paths.includes('initiatives.1.frameworkOther'));
    assert.ok(!paths.includes('initiatives.0.frameworkOther'));
  });

  it('参加団体の数を取組ごとに示す（申請団体を含む）', () => {
    const data = twoInitiatives();
    assert.equal(
      question(data, 0, 'partyCount').display?.(data, data),
      '申請団体を含めて2団体が参加します。',
    );
    assert.equal(
      question(data, 1, 'partyCount').display?.(data, data),
      '申請団体を含めて3団体が参加します。',
    );
  });

  it('延床面積の増減は集約先の決まった取組で示し、決まっていない取組ではまだ示さない', () => {
    const data = twoInitiatives();
    assert.match(
      question(data, 0, 'floorAreaChange').display?.(data, data) ?? '',
      /集約前 10,205.55㎡ → 集約後 9,860㎡（345.55㎡ 減少）。.*公共施設等適正管理推進事業債/,
    );
    assert.match(
      question(data, 1, 'floorAreaChange').display?.(data, data) ?? '',
      /^集約先が決まると/,
    );
  });

  it('円滑化経費を申請できる年度と、今年度が何年度目かを取組ごとに示す', () => {
    const data = twoInitiatives();
    assert.equal(
      question(data, 0, 'smoothingWindow').display?.(data, data),
      '令和7年度～令和11年度。令和9年度は3年度目です。',
    );
  });

  it('円滑化経費を選んだ取組に対象外の施設類型（病院・診療所など）があれば、その施設名を示す', () => {
    const data = twoInitiatives();
    const [first] = data.initiatives;
    assert.ok(first);
    assert.match(
      question(data, 0, 'smoothingEligibility').display?.(data, data) ?? '',
      /含まれていません/,
    );
    first.sourceFacilities[0] = { ...first.sourceFacilities[0], type: '病院・診療所' } as never;
    assert.match(
      question(data, 0, 'smoothingEligibility').display?.(data, data) ?? '',
      /長崎県立長崎図書館（病院・診療所）は円滑化経費の対象外です/,
    );
  });

  it('取組を追加すると、新しい取組の質問が加わり、答えていない欄ごとに誤りが出る', () => {
    const session = createSession(definition, { data: twoInitiatives() });
    session.addRow('initiatives', {});
    const paths = session.stepIssues('initiatives').map((issue) => issue.path);
    for (const path of [
      'name',
      'method',
      'applicantRole',
      'framework',
      'targetDecided',
      'stages',
    ]) {
      assert.ok(paths.includes(`initiatives.2.${path}`), `${path}: ${paths.join(', ')}`);
    }
    assert.ok(!paths.some((path) => /^initiatives\.[01]\./.test(path)), paths.join(', '));
    session.removeRow('initiatives', 2);
    assert.deepEqual(session.stepIssues('initiatives'), []);
  });
});

describe('新しい下書き', () => {
  it('空の下書きには、入力を始められる取組が1つある', () => {
    const data = emptyData();
    assert.equal(data.initiatives?.length, 1);
    const paths = shownPaths(data);
    assert.ok(paths.includes('initiatives.0.name'));
    assert.ok(paths.includes('initiatives.0.otherParties'));
    assert.ok(!paths.includes('initiatives.0.targetFacility.name'));
  });

  it('調査検討経費だけを選んだ空の取組は、円滑化経費の空の欄を送信しない', () => {
    const session = createSession(definition);
    session.set('initiatives.0.stages', ['調査検討経費']);
    const sent = session.submitPayload().data;
    assert.equal(sent.initiatives?.[0]?.smoothingItems, undefined);
    assert.deepEqual(sent.initiatives?.[0]?.researchItems, [{}]);
  });
});

describe('下書きの題名', () => {
  it('空の下書きは「集約化等」', () => {
    assert.equal(draftTitle(emptyData()), '集約化等');
  });

  it('名前のある取組の数を添える：「大村市 令和9年度 集約化等（2件）」', async () => {
    await loadDantaiNames();
    assert.equal(draftTitle(twoInitiatives()), '大村市 令和9年度 集約化等（2件）');
    const one = { ...twoInitiatives(), initiatives: [libraryInitiative, {}] };
    assert.equal(draftTitle(one), '大村市 令和9年度 集約化等（1件）');
  });

  it('一覧にない団体コードは、コードのまま示す', async () => {
    await loadDantaiNames();
    assert.equal(
      draftTitle({ ...emptyData(), applicant: { dantaiCode: '999999' }, fiscalYear: 2026 }),
      '999999 令和8年度 集約化等',
    );
  });
});

describe('前年度の申請から作成', () => {
  it('年度を進め、各取組の今年度の経費と添付・備考は引き継がず、取組・施設・前年度までの措置額は引き継ぐ', () => {
    const data = { ...twoInitiatives(), remarks: '備考' };
    const record: DraftRecord = {
      id: 'a',
      formId: 'consolidation-claim',
      schemaVersion: 3,
      rev: 1,
      data,
      raw: {},
      attachments: [],
      step: 'initiatives',
      updatedAt: '',
      title: '',
    };
    const next = copyForNextFiscalYear(record, consolidationClaim.nextFiscalYear)
      .data as Consolidation;
    assert.equal(next.fiscalYear, 2028);
    assert.equal(next.remarks, undefined);
    const [library, pool] = next.initiatives;
    assert.equal(library?.smoothingItems, undefined);
    assert.equal(pool?.researchItems, undefined);
    assert.deepEqual(library?.earlierReceipts, libraryInitiative.earlierReceipts);
    assert.deepEqual(library?.targetFacility, libraryInitiative.targetFacility);
    assert.deepEqual(pool?.sourceFacilities, poolResearchInitiative.sourceFacilities);
  });
});

describe('2つの取組の PDF', async () => {
  const data = twoInitiatives();
  const text = pdfText((await examplePdf(consolidationClaim, data)).bytes);
  const annex = text.split('\f').slice(1).join('\n');

  it('算定調書は取組ごとに、名称・参加団体・施設・措置区分を載せる', () => {
    for (const initiative of data.initiatives) {
      assert.match(annex, loose(initiative.name));
      for (const party of initiative.otherParties) assert.match(annex, loose(party.role));
      for (const facility of initiative.sourceFacilities) assert.match(annex, loose(facility.name));
    }
    assert.match(annex, /取組 1：県立・市立図書館/);
    assert.match(annex, /取組 2：市民プールと県立武道館/);
    assert.ok(
      annex.indexOf('大村市立図書館') < annex.indexOf('大村市民プール'),
      'the 取組 are printed in order',
    );
  });

  it('集約先の決まった取組はその施設と完了年度を、調査検討段階の取組は「未定（調査検討段階）」を載せる', () => {
    assert.match(annex, /集約先\s+県市一体型図書館/);
    assert.match(annex, /集約化等完了年度\s+令和7年度（供用開始日：令和7年10月5日）/);
    assert.match(annex, /集約先\s+未定（調査検討段階）/);
    assert.match(annex, /集約化等完了年度\s+未定/);
    assert.equal(annex.match(/延床面積の増減/g)?.length, 1, 'only the decided 取組 compares areas');
  });

  it('取組ごとの経費の表と、円滑化経費の上限の残りを載せる', () => {
    assert.match(annex, /両施設の利用実態調査/);
    assert.match(annex, /前年度までに措置された円滑化経費/);
    assert.match(annex, /円滑化経費の上限（県立・市立図書館の集約による県市一体型図書館の整備）/);
    assert.match(annex, /上限の残り（今年度の措置後）\s+0\s*円/);
  });

  it('調査検討経費の上限が1団体あたり全取組で適用されたことと、合計 13,000,000円（13,000千円）を載せる', () => {
    assert.match(annex, loose('1団体あたり全取組で上限 5,000,000円を適用して 5,000,000円'));
    assert.match(annex, /13,000,000円/);
    assert.match(annex, /13,000千円/);
  });

  it('算定は取組ごとの表と小計にまとめ、鑑の申請額にも取組ごとの額を載せる', () => {
    const letter = text.split('\f')[0] ?? '';
    assert.match(
      letter,
      /取組「県立・市立図書館の集約による県市一体型図書館の整備」\s+8,000,000円/,
    );
    assert.match(letter, /取組「市民プールと県立武道館の複合化に向けた調査検討」\s+5,000,000円/);
    assert.match(annex, /取組：県立・市立図書館の集約による県市一体型図書館の整備\s+区分/);
    assert.match(annex, /小計\s+8,000,000\s+8,000/);
    assert.match(annex, /小計\s+5,000,000\s+5,000/);
  });
});

describe('2つの取組の調査検討経費が1団体の上限に達する例の PDF', async () => {
  // 取組 A 6,000,000 × 1/2 = 3,000,000; 取組 B 5,000,000 × 1/2 = 2,500,000, but only
  // 5,000,000 − 3,000,000 = 2,000,000 are left of the 団体's cap: 5,000,000円 in all.
  const data = readExample('consolidation-claim', 'city-two-consolidations-research-cap.json');
  const text = pdfText((await examplePdf(consolidationClaim, data as Consolidation)).bytes);

  it('2つ目の取組の行に、1団体の上限が先の取組と合わせて適用されたことを示す', () => {
    assert.match(
      text,
      /\(1\) 調査検討経費\s+6,000,000\s+0\.5\s+5,000,000\s+3,000,000\s+3,000\s+－/,
    );
    assert.match(
      text,
      /\(1\) 調査検討経費\s+5,000,000\s+0\.5\s+2,000,000\s+2,000,000\s+2,000\s+適用/,
    );
    assert.match(text, loose('1団体あたり全取組で上限 5,000,000円 − 先の取組の措置額 3,000,000円'));
    assert.match(text, /合計（円）\s+5,000,000円/);
  });
});

describe('申請できない算定結果の PDF', () => {
  it('算定額はすべて「参考」として載り、申請額は0円になる', async () => {
    const data = twoInitiatives();
    const payload = createSession(definition, { data }).submitPayload();
    assert.ok(payload.amounts);
    // A claim the schema refuses is never printed by the assistant or the CLI; the layout still
    // must not present its sums as claimable.
    const amounts = withSchemaValidity(payload.amounts, false);
    const spec = await consolidationClaim.pdfDocument({
      payload: { ...payload, data, amounts },
      submitDate: '2027-12-01',
      attachments: [],
    });
    const printed = JSON.stringify(spec.blocks);
    assert.match(printed, /参考/);
    assert.match(printed, /0円（0千円）/);
    assert.doesNotMatch(printed, /13,000,000円（13,000千円）/);
  });
});
