// What only 集約化等 does: its steps and introduction, the questions that change with the
// answers, its titles, what carries over to the next fiscal year, and what its PDF says. What
// every form does is in ../conformance.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, isRequired } from '@koiki/engine';
import {
  type Consolidation,
  consolidationContract,
  consolidationFields,
  formatWareki,
  formatYen,
  isPrefectureCode,
} from '@koiki/schemas';
import {
  consolidationClaimDefinition as definition,
  draftTitle,
  emptyData,
} from '../../../forms/consolidation-claim/definition.ts';
import { consolidationClaim } from '../../../forms/consolidation-claim/index.ts';
import { loadDantaiNames } from '../../../forms/dantai-names.ts';
import { examplePdf, loose, pdfText, SUBMIT_DATE } from '../example-pdf.ts';
import { readExample } from '../form-examples.ts';
import { walk } from '../walk-session.ts';

/** An example with its data items checked (cross-field rules aside, so invalid ones load too). */
function example(file: string): { file: string; data: Consolidation } {
  const result = consolidationFields.safeParse(readExample('consolidation-claim', file));
  assert.ok(result.success, file);
  return { file, data: result.data };
}

const validator = consolidationContract.validator;

const fieldsOf = (stepId: string) =>
  definition.steps.find((step) => step.id === stepId)?.fields ?? [];

const withApplicant = (code: string, fiscalYear?: number) => ({
  ...emptyData(),
  applicant: { dantaiCode: code },
  fiscalYear,
});

describe('手順', () => {
  it('手順は issue 8 の順：はじめに・申請団体・取組・施設・措置区分・2つの経費・算定結果・添付・確認・完了', () => {
    assert.deepEqual(
      definition.steps.map((step) => [step.id, step.kind ?? 'form']),
      [
        ['intro', 'intro'],
        ['applicant', 'form'],
        ['initiative', 'form'],
        ['facilities', 'form'],
        ['stages', 'form'],
        ['research', 'form'],
        ['smoothing', 'form'],
        ['amounts', 'amounts'],
        ['attachments', 'form'],
        ['review', 'review'],
        ['done', 'done'],
      ],
    );
  });

  it('はじめにで、対象と2つの段階と用意するものを説明する', () => {
    const intro = (definition.steps[0]?.description ?? []).join('\n');
    assert.match(intro, /\(1\) 調査検討経費/);
    assert.match(intro, /\(2\) 円滑化経費/);
    assert.match(intro, /手元に用意するもの/);
    assert.match(intro, /下書き/);
  });

  it('率と上限は算定表から示す（0.5・5,000,000円、0.8・50,000,000円・5年度間）', () => {
    const intro = (definition.steps[0]?.description ?? []).join('\n');
    assert.match(intro, /経費の0\.5（1団体あたり5,000,000円まで）/);
    assert.match(
      intro,
      /経費の0\.8（集約化等1件・1団体あたり、完了年度から5年度間で合計50,000,000円まで）/,
    );
  });

  it('調査検討経費だけの申請は円滑化経費の手順を通らず、円滑化経費だけの申請は調査検討経費の手順を通らない', () => {
    const research = walk(definition, example('prefecture-city-research-stage.json').data).reached;
    assert.ok(research.includes('research'));
    assert.ok(!research.includes('smoothing'));
    const smoothing = walk(
      definition,
      example('prefecture-city-library-third-year.json').data,
    ).reached;
    assert.ok(smoothing.includes('smoothing'));
    assert.ok(!smoothing.includes('research'));
  });

  it('3年度目の県市の例は、累計の上限の残り 8,000,000円 で止まる', () => {
    const { session } = walk(definition, example('prefecture-city-library-third-year.json').data);
    const amounts = session.submitPayload().amounts;
    assert.ok(amounts);
    const line = amounts.lines.find((l) => l.kind === 'smoothing');
    assert.equal(line?.capped, true);
    assert.equal(line?.amount, 8_000_000);
    assert.equal(amounts.totals.thousandYen, 8_000);
  });
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
    const housing = example('invalid-public-housing-smoothing.json');
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
  it('調査検討経費だけを選んだ空の下書きは、円滑化経費の空の欄を送信しない', () => {
    const session = createSession(definition);
    session.set('stages', ['調査検討経費']);
    const sent = session.submitPayload().data;
    assert.equal(sent.smoothingItems, undefined);
    assert.deepEqual(sent.researchItems, [{}]);
  });
});

describe('下書きの題名', () => {
  it('空の下書きは「集約化等」', () => {
    assert.equal(draftTitle(emptyData()), '集約化等');
  });

  it('団体の一覧を読み込んだ後は「長崎県 令和8年度 集約化等」', async () => {
    await loadDantaiNames();
    assert.equal(draftTitle(withApplicant('420000', 2026)), '長崎県 令和8年度 集約化等');
  });

  it('集約元の施設名を2つまで括弧に入れる', async () => {
    await loadDantaiNames();
    const { data } = example('prefecture-city-library-third-year.json');
    assert.equal(
      draftTitle(data),
      '大村市 令和9年度 集約化等（長崎県立長崎図書館・大村市立図書館）',
    );
    const three = {
      ...data,
      sourceFacilities: [...data.sourceFacilities, { ...data.sourceFacilities[0], name: '分館' }],
    } as Consolidation;
    assert.match(draftTitle(three), /（長崎県立長崎図書館・大村市立図書館ほか）$/);
  });

  it('一覧にない団体コードは、コードのまま示す', async () => {
    await loadDantaiNames();
    assert.equal(draftTitle(withApplicant('999999', 2026)), '999999 令和8年度 集約化等');
  });
});

describe('前年度の申請から作成', () => {
  it('年度を進め、今年度の経費・添付・備考は引き継がない', () => {
    const { fiscalYearPaths, clearPaths } = consolidationClaim.nextFiscalYear;
    assert.deepEqual(fiscalYearPaths, ['fiscalYear']);
    for (const path of ['researchItems', 'smoothingItems', 'attachments', 'remarks']) {
      assert.ok(clearPaths.includes(path), path);
    }
  });

  it('取組・参加団体・施設（完了年度の日付）・前年度までの措置額は引き継ぐ', () => {
    const { clearPaths } = consolidationClaim.nextFiscalYear;
    for (const kept of [
      'initiative',
      'otherParties',
      'sourceFacilities',
      'targetFacility',
      'earlierReceipts',
    ]) {
      assert.ok(!clearPaths.some((path) => path.split('.')[0] === kept), kept);
    }
  });
});

describe('集約化等の PDF', () => {
  for (const file of [
    'function-integration-school-lunch.json',
    'prefecture-city-library-third-year.json',
    'prefecture-city-research-stage.json',
    'prefecture-library-both-stages.json',
  ]) {
    describe(file, async () => {
      const { data } = example(file);
      const text = pdfText((await examplePdf(consolidationClaim, data)).bytes);
      const amounts = consolidationContract.calculate(data);

      it('算定調書に各行の算定の基礎となる額と計算式、算定に用いた値が載る', () => {
        for (const line of amounts.lines)
          assert.ok(text.includes(formatYen(line.base)), line.label);
        assert.match(text, /計算式/);
        assert.match(text, /算定に用いた値/);
      });

      it('取組・参加団体・施設・延床面積の増減・措置区分を載せる', () => {
        assert.match(text, loose(data.initiative.name));
        for (const party of data.otherParties) assert.match(text, loose(party.role));
        for (const facility of data.sourceFacilities) assert.match(text, loose(facility.name));
        assert.match(text, /延床面積の増減/);
        assert.match(text, /公共施設等適正管理推進事業債/);
        assert.match(text, /申請する措置区分/);
      });

      it('算定調書は別紙として鑑の次のページから始まり、出典まで載る', () => {
        assert.match(text.split('\f')[1] ?? '', /^\s*別紙\s+算定調書/);
        assert.match(text, /出典：総務省/);
      });

      it('宛先は申請の経路に従う（都道府県は総務大臣、市町村は都道府県知事）', () => {
        assert.match(
          text,
          isPrefectureCode(data.applicant.dantaiCode) ? /総務大臣\s+殿/ : /(長崎|高知)県知事\s+殿/,
        );
        // 申請日: the claim's own, else the day the PDF is made (SUBMIT_DATE).
        assert.match(text, loose(formatWareki(data.applicant.applicationDate ?? SUBMIT_DATE)));
      });
    });
  }

  it('3年度目の例は、円滑化経費の上限の残りと前年度までの措置額を示す', async () => {
    const { data } = example('prefecture-city-library-third-year.json');
    const text = pdfText((await examplePdf(consolidationClaim, data)).bytes);
    assert.match(text, /前年度までに措置された円滑化経費/);
    assert.match(text, /令和8年度\s+24,000,000/);
    assert.match(text, /円滑化経費の上限（令和7年度～令和11年度の合計）/);
    assert.match(text, /前年度までの措置額\s+42,000,000円/);
    assert.match(text, /上限の残り（今年度の措置後）\s+0\s*円/);
    assert.match(text, /上限を適用した行：円滑化経費（上限 8,000,000円）/);
    assert.match(text, /令和7年度～令和11年度。令和9年度は3年度目です。/);
  });

  it('調査検討経費だけの例は、円滑化経費の表を載せない', async () => {
    const { data } = example('prefecture-city-research-stage.json');
    const text = pdfText((await examplePdf(consolidationClaim, data)).bytes);
    assert.match(text, /調査検討経費/);
    assert.doesNotMatch(text, /前年度までに措置された円滑化経費/);
    assert.match(text, /秋田地域スポーツ施設組合/);
  });

  it('機能統合の例は、完了年度の根拠を機能統合の決定日として示す', async () => {
    const { data } = example('function-integration-school-lunch.json');
    const text = pdfText((await examplePdf(consolidationClaim, data)).bytes);
    assert.match(text, /機能統合の決定日：令和7年9月10日/);
  });

  it('両方の措置区分を申請する例は、経費の表を2つ、番号を続けて載せる', async () => {
    const { data } = example('prefecture-library-both-stages.json');
    const text = pdfText((await examplePdf(consolidationClaim, data)).bytes);
    assert.match(text, /4\s+調査検討経費/);
    assert.match(text, /5\s+円滑化経費/);
    assert.match(text, /\(1\) 調査検討経費\s+2,400,000/);
    assert.match(text, /\(2\) 円滑化経費\s+15,150,000/);
    assert.match(text, /13,320千円/);
  });
});
