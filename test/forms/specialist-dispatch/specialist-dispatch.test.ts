// What only 専門人材派遣 does: its steps, the questions that change with the answers, its titles,
// what carries over to the next fiscal year, and what its PDF says. What every form does is in
// ../conformance.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, type DraftData, isRequired, shownFields } from '@koiki/engine';
import { type SpecialistDispatch, specialistDispatchContract } from '@koiki/schemas';
import { loadDantaiNames } from '../../../forms/dantai-names.ts';
import { specialistDispatchDefinition as definition } from '../../../forms/specialist-dispatch/definition.ts';
import { specialistDispatch } from '../../../forms/specialist-dispatch/index.ts';
import { examplePdf, pdfText } from '../example-pdf.ts';
import { readExample } from '../form-examples.ts';
import { walk } from '../walk-session.ts';

/** A valid example, checked by the schema (so typed as complete data). */
function example(file: string): SpecialistDispatch {
  const result = specialistDispatchContract.validator.safeParse(
    readExample('specialist-dispatch', file),
  );
  assert.ok(result.success, file);
  return result.data;
}

const sender = example('prefecture-three-people.json');
const receiver = example('municipality-local-autonomy-dispatch.json');
const senders = ['prefecture-three-people.json', 'prefecture-two-people-with-contribution.json'];

describe('手順', () => {
  it('はじめに・5つの入力・算定結果・添付・確認・完了の順', () => {
    assert.deepEqual(
      definition.steps.map((step) => step.kind ?? 'form'),
      ['intro', 'form', 'form', 'form', 'form', 'form', 'amounts', 'form', 'review', 'done'],
    );
  });

  it('派遣元は募集経費の手順を通り、派遣先は通らない', () => {
    assert.equal(sender.role, '派遣元');
    assert.equal(receiver.role, '派遣先');
    assert.ok(walk(definition, sender).reached.includes('costs'));
    assert.ok(!walk(definition, receiver).reached.includes('costs'));
  });
});

describe('質問は答えに合わせて変わる', () => {
  it('派遣先が自治法派遣で申請すると、負担金と初年度を尋ね、人件費は尋ねない', () => {
    const session = createSession(definition, { data: receiver });
    assert.equal(session.isVisible('posts.0.contribution'), true);
    assert.equal(session.isVisible('posts.0.firstDispatchYear'), true);
    assert.equal(session.isVisible('posts.0.personnelCost'), false);
    assert.equal(session.isVisible('recruitmentItems'), false);
  });

  it('派遣元が自治法派遣以外で申請すると、人件費と負担金を尋ね、初年度は尋ねない', () => {
    const session = createSession(definition, { data: sender });
    assert.equal(session.isVisible('posts.0.personnelCost'), true);
    assert.equal(session.isVisible('posts.0.contribution'), true);
    assert.equal(session.isVisible('posts.0.firstDispatchYear'), false);
    assert.equal(session.isVisible('recruitmentItems'), true);
  });

  it('負担金は1つの質問：派遣元（自治法派遣以外）では任意、派遣先（自治法派遣）では必須として、派遣形態の答えのすぐ下で尋ねる', () => {
    const postFields = definition.steps.find((step) => step.id === 'posts')?.fields[0]?.fields;
    assert.ok(postFields);
    const asked = postFields.filter((field) => field.path === 'contribution');
    assert.equal(asked.length, 1);
    const [question] = asked;
    assert.ok(question);
    assert.equal(question.revealedBy?.question, 'dispatchForm');
    const shown = (data: SpecialistDispatch) => {
      const post = data.posts[0];
      assert.ok(post);
      return shownFields(postFields, post, data).map((field) => field.path);
    };
    assert.deepEqual(shown(sender).slice(-3), ['dispatchForm', 'personnelCost', 'contribution']);
    assert.deepEqual(shown(receiver).slice(-3), [
      'dispatchForm',
      'firstDispatchYear',
      'contribution',
    ]);
    assert.equal(isRequired(question, sender.posts[0], sender), false);
    assert.equal(isRequired(question, receiver.posts[0], receiver), true);
  });

  it('派遣元の職員を自治法派遣にすると、その職員の人件費も負担金も尋ねない', () => {
    const session = createSession(definition, { data: sender });
    session.set('posts.0.dispatchForm', '自治法派遣');
    assert.equal(session.isVisible('posts.0.personnelCost'), false);
    assert.equal(session.isVisible('posts.0.contribution'), false);
    assert.equal(session.isVisible('posts.0.firstDispatchYear'), true);
    assert.equal(session.submitPayload().data.posts?.[0]?.personnelCost, undefined);
  });

  it('職種「その他」を選んだときだけ、その内容を尋ねる', () => {
    const session = createSession(definition, { data: sender });
    assert.equal(session.isVisible('posts.0.occupationOther'), false);
    session.set('posts.0.occupation', 'その他');
    assert.equal(session.isVisible('posts.0.occupationOther'), true);
  });

  it('任期の定めのない常勤職員のときだけ2つの確認を尋ね、答えがないと理由を示す', () => {
    const session = createSession(definition, { data: sender });
    assert.equal(session.isVisible('posts.0.confirmations.hiredAsSpecialist'), false);
    session.set('posts.0.employment', '任期の定めのない常勤職員');
    assert.equal(session.isVisible('posts.0.confirmations.hiredAsSpecialist'), true);
    const paths = session.stepIssues('posts').map((issue) => issue.path);
    assert.ok(paths.includes('posts.0.confirmations'), paths.join(', '));
  });

  it('条項は「定めあり」のときだけ尋ねる', () => {
    const session = createSession(definition, { data: sender });
    assert.equal(session.isVisible('agreement.basicPolicy.article'), true);
    session.set('agreement.basicPolicy.stated', false);
    assert.equal(session.isVisible('agreement.basicPolicy.article'), false);
  });

  it('協定・覚書は、協約に人数・期間の定めがないときだけ尋ね、答えがないとその欄で止まる', () => {
    const session = createSession(definition, { data: receiver });
    assert.equal(session.isVisible('agreement.memorandum.concludedDate'), false);
    session.set('agreement.staffAndPeriod.stated', false);
    assert.equal(session.isVisible('agreement.memorandum.concludedDate'), true);
    const paths = session.stepIssues('agreement').map((issue) => issue.path);
    assert.ok(paths.includes('agreement.memorandum'), paths.join(', '));
  });

  it('届出先は当事者から決まる：都道府県が入れば総務大臣、市町村だけなら都道府県知事', () => {
    const field = definition.steps
      .flatMap((step) => step.fields)
      .find((f) => f.path === 'agreement.notifiedTo');
    assert.ok(field?.display);
    assert.match(field.display(sender, sender), /^総務大臣/);
    const municipalities = {
      ...sender,
      agreement: {
        ...sender.agreement,
        parties: sender.agreement.parties.map((p) => ({ ...p, dantaiCode: '294527' })),
      },
    };
    assert.match(field.display(municipalities, municipalities), /^都道府県知事/);
  });
});

describe('下書きの題名', () => {
  const withApplicant = (code: string, fiscalYear?: number) => ({
    ...definition.emptyData(),
    applicant: { dantaiCode: code },
    fiscalYear,
  });
  const titleOf = (data: DraftData<SpecialistDispatch>) => definition.draftTitle?.(data);

  it('空の下書きは「専門人材派遣」', () => {
    assert.equal(titleOf(definition.emptyData()), '専門人材派遣');
  });

  it('団体の一覧を読み込んだ後は「川上村 令和8年度 専門人材派遣」', async () => {
    await loadDantaiNames();
    assert.equal(titleOf(withApplicant('294527', 2026)), '川上村 令和8年度 専門人材派遣');
  });

  it('一覧にない団体コードは、コードのまま示す', async () => {
    await loadDantaiNames();
    assert.equal(titleOf(withApplicant('999999', 2026)), '999999 令和8年度 専門人材派遣');
  });
});

describe('前年度の申請から作成', () => {
  it('年度を進め、募集経費・人件費・負担金・初年度の答えは引き継がない', () => {
    const { fiscalYearPaths, clearPaths } = specialistDispatch.nextFiscalYear;
    assert.deepEqual(fiscalYearPaths, ['fiscalYear']);
    for (const path of [
      'recruitmentItems',
      'posts.*.personnelCost',
      'posts.*.contribution',
      'posts.*.firstDispatchYear',
    ]) {
      assert.ok(clearPaths.includes(path), path);
    }
  });
});

describe('専門人材派遣の PDF', () => {
  for (const file of [...senders, 'municipality-local-autonomy-dispatch.json']) {
    describe(file, async () => {
      const data = example(file);
      const text = pdfText((await examplePdf(specialistDispatch, data)).bytes);

      it('算定に用いた値として「600万円程度」を出典の言葉で示す', () => {
        assert.match(text, /600万円程度/);
      });

      it('宛先は申請の経路に従う（都道府県は総務大臣、市町村は都道府県知事）', () => {
        assert.match(text, data.role === '派遣元' ? /総務大臣\s+殿/ : /奈良県知事\s+殿/);
      });

      it('役割に合わせて、派遣元は人件費と募集経費、派遣先は負担金を載せる', () => {
        if (data.role === '派遣元') {
          assert.match(text, /人件費と派遣先からの負担金/);
          assert.match(text, /募集経費/);
        } else {
          assert.match(text, /4\s+負担金/);
          assert.doesNotMatch(text, /募集経費/);
        }
      });
    });
  }

  it('上限を適用した行は「適用」と上限額を示す（3人の例の税務職員）', async () => {
    const text = pdfText((await examplePdf(specialistDispatch, sender)).bytes);
    assert.match(text, /上限を適用した行：人件費（税務・税務課 徴収担当）（上限 6,000,000円）/);
  });
});
