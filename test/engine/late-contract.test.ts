import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, type FormOutline, hasContract, type SessionChange } from '@koiki/engine';
import { type SampleData, sampleForm, validPost } from './sample-form.ts';

/** The sample form without its contract, as the assistant draws a first step before the schema's code is there. */
function outlineOf(): FormOutline<SampleData> {
  const { schema: _schema, calculate: _calculate, migrate: _migrate, ...outline } = sampleForm;
  return outline;
}

const applicant = { name: '川上村', fiscalYear: 2026 };

describe('様式の契約（スキーマ・計算）が後から届くセッション', () => {
  it('契約が届くまでは何もエラーにせず、金額は「未計算」（undefined）のまま', () => {
    const session = createSession(outlineOf(), { data: { applicant: { name: '' }, posts: [] } });
    assert.equal(hasContract(session.definition), false);
    assert.equal(session.hasContract, false);
    assert.deepEqual(session.validateAll(), []);
    assert.equal(session.amounts, undefined);
  });

  it('契約が届く前の「次へ」は入力のある手順を離れず、エラーも示さない', () => {
    const session = createSession(outlineOf(), { step: 'applicant' });
    const result = session.next();
    assert.deepEqual(result, { ok: false, issues: [], waiting: true });
    assert.equal(session.step.id, 'applicant');
    assert.equal(session.isSubmitted('applicant'), false);
  });

  it('入力欄のない「はじめに」は契約を待たずに次へ進める', () => {
    const session = createSession(outlineOf());
    assert.equal(session.next().ok, true);
    assert.equal(session.step.id, 'applicant');
  });

  it('契約が届くと同じ手順でエラーを出して止まり、金額も計算される', async () => {
    const session = createSession(outlineOf(), {
      data: { applicant: { name: '' }, posts: [{ ...validPost, salary: 6_000_000 }] },
      step: 'applicant',
    });
    session.validateAll(); // worked out on the outline: must not be kept
    const changes: SessionChange[] = [];
    session.subscribe((change) => changes.push(change));
    let arrived = false;
    const waiting = session.whenContract().then(() => {
      arrived = true;
    });
    session.complete(sampleForm);
    await waiting;
    assert.equal(arrived, true);
    assert.deepEqual(changes, [{ kind: 'state' }]);
    assert.equal(session.hasContract, true);
    const result = session.next();
    assert.equal(result.ok, false);
    assert.equal(result.waiting, undefined);
    assert.deepEqual(
      result.issues.map((issue) => issue.path),
      ['applicant.name', 'applicant.fiscalYear'],
    );
    assert.equal(session.step.id, 'applicant');
    assert.deepEqual(session.amounts, { total: 3_000_000 });
  });

  it('後の手順で開き直した下書きも、契約が届けばその手順のエラーを示す', () => {
    const data = { applicant, posts: [{ ...validPost, salary: -5 }] };
    const session = createSession(outlineOf(), { data, step: 'posts' });
    session.touch('posts.0.salary');
    assert.deepEqual(session.shownIssuesByPath(), {});
    session.complete(sampleForm);
    assert.deepEqual(session.shownIssuesByPath(), {
      'posts.0.salary': [
        {
          path: 'posts.0.salary',
          message: '人件費は0円以上で入力してください。',
          code: 'too_small',
        },
      ],
    });
  });

  it('届く前に入力した長すぎる文字も、届いたあとはスキーマがエラーにする（黙って受け入れない）', () => {
    const data = { applicant, posts: [validPost, validPost] };
    const session = createSession(outlineOf(), { data, step: 'extra' });
    session.set('note', 'あ'.repeat(11));
    session.touch('note');
    assert.deepEqual(session.shownIssues('note'), []);
    session.complete(sampleForm);
    assert.deepEqual(
      session.shownIssues('note').map((issue) => issue.message),
      ['10文字以内で入力してください。'],
    );
  });

  it('契約とともに作ったセッションは初めから契約がある', async () => {
    const session = createSession(sampleForm);
    assert.equal(session.hasContract, true);
    await session.whenContract();
  });

  it('別の様式や手順の違う定義では完成させない', () => {
    const session = createSession(outlineOf());
    assert.throws(() => session.complete({ ...sampleForm, id: 'another-form' }), /another-form/);
    assert.throws(() => session.complete({ ...sampleForm, steps: sampleForm.steps.slice(1) }));
    assert.equal(session.hasContract, false);
  });
});
