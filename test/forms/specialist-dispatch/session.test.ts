// The examples run through an engine session as a user would: step by step, to the submit payload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, isRequired, shownFields } from '@koiki/engine';
import { formSchemas, type SpecialistDispatch } from '@koiki/schemas';
import { specialistDispatchDefinition as definition } from '../../../forms/specialist-dispatch/definition.ts';
import { invalidExamples, validExamples } from './examples.ts';

/** Presses 「次へ」 until the last step or a refusal; returns the steps reached and the last result. */
function walk(data: SpecialistDispatch) {
  const session = createSession(definition, { data });
  const reached = [session.step.id];
  for (;;) {
    const result = session.next();
    if (!result.ok || session.step.id === reached.at(-1)) return { session, reached, result };
    reached.push(session.step.id);
  }
}

const validator = formSchemas['specialist-dispatch'].validator;

describe('正しい例は、最初から最後まで進める', () => {
  for (const example of validExamples) {
    it(`${example.file}: 完了まで進み、送信データが schema を通る`, () => {
      const { session, reached, result } = walk(example.data);
      assert.equal(result.ok, true, JSON.stringify(result.issues));
      assert.equal(reached.at(-1), 'done');
      const payload = session.submitPayload();
      assert.equal(validator.safeParse(payload.data).success, true);
      assert.equal(payload.formId, 'specialist-dispatch');
    });
  }

  it('派遣元は募集経費の手順を通り、派遣先は通らない', () => {
    const sender = validExamples.find((e) => e.data.role === '派遣元');
    const receiver = validExamples.find((e) => e.data.role === '派遣先');
    assert.ok(sender && receiver);
    assert.ok(walk(sender.data).reached.includes('costs'));
    assert.ok(!walk(receiver.data).reached.includes('costs'));
  });
});

const expectedStops: Record<string, { step: string; path: string; message: RegExp }> = {
  'invalid-before-measure.json': {
    step: 'applicant',
    path: 'fiscalYear',
    message: /令和6年度に創設.*令和5年度は対象になりません/,
  },
  'invalid-core-city-recipient.json': {
    step: 'recipient',
    path: 'recipient.dantaiCode',
    message: /奈良市は中核市（平成14年4月1日指定）のため対象外です/,
  },
  'invalid-digital-post.json': {
    step: 'posts',
    path: 'posts.0.occupation',
    message: /デジタル人材は、この措置の対象外です/,
  },
  'invalid-local-autonomy-later-year.json': {
    step: 'posts',
    path: 'posts.0.firstDispatchYear',
    message: /派遣初年度ではないため対象になりません/,
  },
};

describe('誤りのある例は、その誤りを尋ねた手順で止まる', () => {
  it('誤りのある例はすべて、止まる手順と理由が決めてある', () => {
    assert.deepEqual(invalidExamples.map((e) => e.file).sort(), Object.keys(expectedStops).sort());
  });

  for (const example of invalidExamples) {
    const expected = expectedStops[example.file];
    it(`${example.file}: ${expected?.step} で止まり、理由を示す`, () => {
      assert.ok(expected);
      const { session, result } = walk(example.data);
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
  const receiver = validExamples.find((e) => e.data.role === '派遣先');
  const sender = validExamples.find((e) => e.data.role === '派遣元');
  assert.ok(receiver && sender);

  it('派遣先が自治法派遣で申請すると、負担金と初年度を尋ね、人件費は尋ねない', () => {
    const session = createSession(definition, { data: receiver.data });
    assert.equal(session.isVisible('posts.0.contribution'), true);
    assert.equal(session.isVisible('posts.0.firstDispatchYear'), true);
    assert.equal(session.isVisible('posts.0.personnelCost'), false);
    assert.equal(session.isVisible('recruitmentItems'), false);
  });

  it('派遣元が自治法派遣以外で申請すると、人件費と負担金を尋ね、初年度は尋ねない', () => {
    const session = createSession(definition, { data: sender.data });
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
    assert.deepEqual(shown(sender.data).slice(-3), [
      'dispatchForm',
      'personnelCost',
      'contribution',
    ]);
    assert.deepEqual(shown(receiver.data).slice(-3), [
      'dispatchForm',
      'firstDispatchYear',
      'contribution',
    ]);
    assert.equal(isRequired(question, sender.data.posts[0], sender.data), false);
    assert.equal(isRequired(question, receiver.data.posts[0], receiver.data), true);
  });

  it('派遣元の職員を自治法派遣にすると、その職員の人件費も負担金も尋ねない', () => {
    const session = createSession(definition, { data: sender.data });
    session.set('posts.0.dispatchForm', '自治法派遣');
    assert.equal(session.isVisible('posts.0.personnelCost'), false);
    assert.equal(session.isVisible('posts.0.contribution'), false);
    assert.equal(session.isVisible('posts.0.firstDispatchYear'), true);
    assert.equal(session.submitPayload().data.posts[0]?.personnelCost, undefined);
  });

  it('職種「その他」を選んだときだけ、その内容を尋ねる', () => {
    const session = createSession(definition, { data: sender.data });
    assert.equal(session.isVisible('posts.0.occupationOther'), false);
    session.set('posts.0.occupation', 'その他');
    assert.equal(session.isVisible('posts.0.occupationOther'), true);
  });

  it('任期の定めのない常勤職員のときだけ2つの確認を尋ね、答えがないと理由を示す', () => {
    const session = createSession(definition, { data: sender.data });
    assert.equal(session.isVisible('posts.0.confirmations.hiredAsSpecialist'), false);
    session.set('posts.0.employment', '任期の定めのない常勤職員');
    assert.equal(session.isVisible('posts.0.confirmations.hiredAsSpecialist'), true);
    const paths = session.stepIssues('posts').map((issue) => issue.path);
    assert.ok(paths.includes('posts.0.confirmations'), paths.join(', '));
  });

  it('条項は「定めあり」のときだけ尋ねる', () => {
    const session = createSession(definition, { data: sender.data });
    assert.equal(session.isVisible('agreement.basicPolicy.article'), true);
    session.set('agreement.basicPolicy.stated', false);
    assert.equal(session.isVisible('agreement.basicPolicy.article'), false);
  });

  it('協定・覚書は、協約に人数・期間の定めがないときだけ尋ね、答えがないとその欄で止まる', () => {
    const session = createSession(definition, { data: receiver.data });
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
    assert.match(field.display(sender.data, sender.data), /^総務大臣/);
    const municipalities = {
      ...sender.data,
      agreement: {
        ...sender.data.agreement,
        parties: sender.data.agreement.parties.map((p) => ({ ...p, dantaiCode: '294527' })),
      },
    };
    assert.match(field.display(municipalities, municipalities), /^都道府県知事/);
  });
});

describe('新しい下書き', () => {
  it('空の下書きでは、入力していない欄ごとに「必須」の誤りが出る（親の項目にまとめない）', () => {
    const session = createSession(definition);
    session.next(); // はじめに
    const result = session.next();
    assert.equal(result.ok, false);
    const paths = result.issues.map((issue) => issue.path);
    for (const path of ['role', 'applicant.dantaiCode', 'fiscalYear', 'contact.name']) {
      assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
    }
  });
});
