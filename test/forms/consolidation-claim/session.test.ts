// The examples run through an engine session as a user would: step by step, to the submit payload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, isRequired } from '@koiki/engine';
import { type Consolidation, formSchemas } from '@koiki/schemas';
import { consolidationClaimDefinition as definition } from '../../../forms/consolidation-claim/definition.ts';
import { example, invalidExamples, validExamples } from './examples.ts';

/** Presses 「次へ」 until the last step or a refusal; returns the steps reached and the last result. */
function walk(data: Consolidation) {
  const session = createSession(definition, { data });
  const reached = [session.step.id];
  for (;;) {
    const result = session.next();
    if (!result.ok || session.step.id === reached.at(-1)) return { session, reached, result };
    reached.push(session.step.id);
  }
}

const validator = formSchemas['consolidation-claim'].validator;

const fieldsOf = (stepId: string) =>
  definition.steps.find((step) => step.id === stepId)?.fields ?? [];

describe('正しい例は、最初から最後まで進める', () => {
  for (const { file, data } of validExamples) {
    it(`${file}: 完了まで進み、送信データが schema を通る`, () => {
      const { session, reached, result } = walk(data);
      assert.equal(result.ok, true, JSON.stringify(result.issues));
      assert.equal(reached.at(-1), 'done');
      const payload = session.submitPayload();
      assert.equal(validator.safeParse(payload.data).success, true);
      assert.equal(payload.formId, 'consolidation-claim');
    });
  }

  it('調査検討経費だけの申請は円滑化経費の手順を通らず、円滑化経費だけの申請は調査検討経費の手順を通らない', () => {
    const research = walk(example('prefecture-city-research-stage.json').data).reached;
    assert.ok(research.includes('research'));
    assert.ok(!research.includes('smoothing'));
    const smoothing = walk(example('prefecture-city-library-third-year.json').data).reached;
    assert.ok(smoothing.includes('smoothing'));
    assert.ok(!smoothing.includes('research'));
  });

  it('3年度目の県市の例は、累計の上限の残り 8,000,000円 で止まる', () => {
    const { session } = walk(example('prefecture-city-library-third-year.json').data);
    const amounts = session.submitPayload().amounts as ReturnType<typeof definition.calculate>;
    const line = amounts.lines.find((l) => l.kind === 'smoothing');
    assert.equal(line?.capped, true);
    assert.equal(line?.amount, 8_000_000);
    assert.equal(amounts.totals.thousandYen, 8_000);
  });
});

const expectedStops: Record<string, { step: string; path: string; message: RegExp }> = {
  'invalid-single-dantai.json': {
    step: 'initiative',
    path: 'otherParties',
    message: /参加団体が申請団体だけです。.*2団体以上/,
  },
  'invalid-public-housing-smoothing.json': {
    step: 'facilities',
    path: 'sourceFacilities.1.type',
    message: /公営住宅の施設は円滑化経費の対象外です/,
  },
  'invalid-sixth-year.json': {
    step: 'stages',
    path: 'stages',
    message: /令和7年度.*5年度間（令和11年度まで）.*令和12年度は対象期間を過ぎています/,
  },
};

describe('誤りのある例は、その誤りを尋ねた手順で止まる', () => {
  it('誤りのある例はすべて、止まる手順と理由が決めてある', () => {
    assert.deepEqual(invalidExamples.map((e) => e.file).sort(), Object.keys(expectedStops).sort());
  });

  for (const { file, data } of invalidExamples) {
    const expected = expectedStops[file];
    it(`${file}: ${expected?.step} で止まり、理由を示す`, () => {
      assert.ok(expected);
      const { session, result } = walk(data);
      assert.equal(result.ok, false);
      assert.equal(session.step.id, expected.step);
      const shown = session.shownIssuesByPath()[expected.path] ?? [];
      assert.ok(
        shown.some((issue) => expected.message.test(issue.message)),
        JSON.stringify(result.issues),
      );
    });
  }
});

describe('質問は答えに合わせて変わる', () => {
  const library = example('prefecture-city-library-third-year.json').data;

  it('措置区分で選ばなかった経費の手順は出ず、その経費は送信されない', () => {
    const session = createSession(definition, { data: library });
    const ids = () => session.visibleSteps().map((step) => step.id);
    assert.ok(ids().includes('smoothing') && !ids().includes('research'));
    session.set('stages', ['調査検討経費']);
    session.set('researchItems', [
      { category: '協議会の開催', description: '協議会', amount: 100_000 },
    ]);
    assert.ok(ids().includes('research') && !ids().includes('smoothing'));
    const sent = session.submitPayload().data;
    assert.equal(sent.smoothingItems, undefined);
    assert.equal(sent.earlierReceipts, undefined);
    assert.equal(validator.safeParse(sent).success, true);
    session.set('stages', ['調査検討経費', '円滑化経費']);
    assert.ok(ids().includes('research') && ids().includes('smoothing'));
  });

  it('集約化等完了年度は尋ねず、供用開始日（機能統合では決定した日）から決めて示す', () => {
    const session = createSession(definition, { data: library });
    assert.equal(session.derived.completionFiscalYear, 2025);
    assert.equal(session.derived.completionBasis, '供用開始日');
    const shown = fieldsOf('smoothing').find((f) => f.path === 'completionFiscalYear');
    assert.equal(shown?.control, 'info');
    assert.match(
      shown?.display?.(library, library) ?? '',
      /^令和7年度（集約先施設の供用開始日（対象施設の手順）の令和7年10月5日が属する年度）/,
    );
    session.set('targetFacility.serviceStartDate', '2026-04-01');
    assert.equal(session.derived.completionFiscalYear, 2026);
    const integration = createSession(definition, {
      data: example('function-integration-school-lunch.json').data,
    });
    assert.equal(integration.derived.completionFiscalYear, 2025);
    assert.equal(integration.derived.completionBasis, '機能統合の決定日');
  });

  it('機能統合を決定した日は、手法で機能統合を選んだときだけ、その答えのすぐ下で尋ねる', () => {
    const session = createSession(definition, { data: library });
    assert.equal(session.isVisible('initiative.integrationDecisionDate'), false);
    session.set('initiative.method', '機能統合');
    const paths = session.visibleFields('initiative').map((f) => f.path);
    assert.equal(
      paths[paths.indexOf('initiative.method') + 1],
      'initiative.integrationDecisionDate',
    );
    const issues = session
      .validateAll()
      .filter((i) => i.path === 'initiative.integrationDecisionDate');
    assert.match(issues[0]?.message ?? '', /機能統合を決定した日を入力してください/);
  });

  it('版1の下書きの完了年度の根拠の日付は、それを尋ねる1つの質問へ移る', () => {
    const migrate = definition.migrate?.[1];
    assert.ok(migrate);
    const integration = example('function-integration-school-lunch.json').data;
    const { integrationDecisionDate: _date, ...initiative } = integration.initiative;
    const old = {
      ...integration,
      initiative,
      completion: { fiscalYear: 2025, basis: '機能統合の決定日', basisDate: '2025-09-10' },
    };
    assert.deepEqual(migrate(old), integration);
    const { serviceStartDate: _start, ...target } = library.targetFacility;
    const oldLibrary = {
      ...library,
      targetFacility: target,
      completion: { fiscalYear: 2025, basis: '供用開始日', basisDate: '2025-10-05' },
    };
    assert.deepEqual(migrate(oldLibrary), library);
  });

  it('機能統合では供用開始日を任意として尋ね、それ以外では必須として尋ねる（質問は1つ）', () => {
    const startFields = fieldsOf('facilities').filter(
      (f) => f.path === 'targetFacility.serviceStartDate',
    );
    assert.equal(startFields.length, 1);
    const [field] = startFields;
    assert.ok(field);
    const integration = example('function-integration-school-lunch.json').data;
    assert.equal(isRequired(field, library, library), true);
    assert.equal(isRequired(field, integration, integration), false);
  });

  it('一部事務組合・広域連合を選んだときだけ、その名称を尋ねる', () => {
    const session = createSession(definition, { data: library });
    assert.equal(session.isVisible('otherParties.0.name'), false);
    session.set('otherParties.0.kind', '一部事務組合・広域連合');
    assert.equal(session.isVisible('otherParties.0.name'), true);
    const paths = session.stepIssues('initiative').map((issue) => issue.path);
    assert.ok(paths.includes('otherParties.0.name'), paths.join(', '));
  });

  it('連携の枠組みで「その他」を選んだときだけ、その内容を尋ねる', () => {
    const session = createSession(definition, { data: library });
    assert.equal(session.isVisible('initiative.frameworkOther'), false);
    session.set('initiative.framework', 'その他');
    assert.equal(session.isVisible('initiative.frameworkOther'), true);
  });

  it('延床面積の増減を示し、減るときは公適債の要件を満たすと伝える', () => {
    const field = fieldsOf('facilities').find((f) => f.path === 'floorAreaChange');
    assert.ok(field?.display);
    assert.match(
      field.display(library, library),
      /集約前 10,205.55㎡ → 集約後 9,860㎡（345.55㎡ 減少）。.*公共施設等適正管理推進事業債/,
    );
    const larger = { ...library, targetFacility: { ...library.targetFacility, floorArea: 12000 } };
    assert.match(field.display(larger, larger), /1,794.45㎡ 増加.*活用できません/);
  });

  it('円滑化経費を選ぶと、公営住宅が含まれていればその施設名を示す', () => {
    const field = fieldsOf('stages').find((f) => f.path === 'stagesEligibility');
    assert.ok(field?.display);
    const housing = invalidExamples.find((e) => e.file === 'invalid-public-housing-smoothing.json');
    assert.ok(housing);
    assert.match(
      field.display(housing.data, housing.data),
      /市営桜が原住宅（公営住宅）は円滑化経費の対象外です/,
    );
    assert.match(field.display(library, library), /含まれていません/);
    const research = example('prefecture-city-research-stage.json').data;
    const shown = (data: Consolidation) =>
      createSession(definition, { data })
        .visibleFields('stages')
        .map((f) => f.path);
    assert.deepEqual(shown(research), ['stages']);
    assert.deepEqual(shown(library), ['stages', 'stagesEligibility']);
  });

  it('円滑化経費を申請できる年度と、今年度が何年度目かを示す', () => {
    const field = fieldsOf('smoothing').find((f) => f.path === 'smoothingWindow');
    assert.ok(field?.display);
    assert.equal(
      field.display(library, library),
      '令和7年度～令和11年度。令和9年度は3年度目です。',
    );
  });
});

describe('新しい下書き', () => {
  it('空の下書きでは、入力していない欄ごとに「必須」の誤りが出る（親の項目にまとめない）', () => {
    const session = createSession(definition);
    session.next(); // はじめに
    const result = session.next();
    assert.equal(result.ok, false);
    const paths = result.issues.map((issue) => issue.path);
    for (const path of ['applicant.dantaiCode', 'fiscalYear', 'contact.name', 'contact.email']) {
      assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
    }
  });

  it('調査検討経費だけを選んだ空の下書きは、円滑化経費の空の欄を送信しない', () => {
    const session = createSession(definition);
    session.set('stages', ['調査検討経費']);
    const sent = session.submitPayload().data;
    assert.equal(sent.smoothingItems, undefined);
    assert.deepEqual(sent.researchItems, [{}]);
  });
});
