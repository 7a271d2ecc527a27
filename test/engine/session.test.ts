import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, engineMessages } from '@koiki/engine';
import { calculatorCalls, type Post, sampleForm, validPost } from './sample-form.ts';

const applicant = { name: '川上村', fiscalYear: 2026 };
const jichiho: Post = { title: '保育士', salary: 5_000_000, kind: 'jichiho', burden: 3_000_000 };

describe('フォームの入力と値', () => {
  it('値を入れると新しいデータになり、前のデータはそのまま残る', () => {
    const session = createSession(sampleForm);
    const before = session.data;
    session.set('applicant.name', '川上村');
    assert.equal(session.get('applicant.name'), '川上村');
    assert.equal(before.applicant?.name, '');
    assert.notEqual(session.data, before);
  });

  it('読み取れない入力は残り、その欄の「読み取れません」エラーになる', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [validPost] } });
    session.setRaw('posts.0.salary', '600万くらい');
    assert.equal(session.raw['posts.0.salary'], '600万くらい');
    assert.equal(session.get('posts.0.salary'), undefined);
    assert.deepEqual(session.issuesByPath()['posts.0.salary'], [
      { path: 'posts.0.salary', message: engineMessages.unreadable, code: 'unreadable' },
    ]);
    session.set('posts.0.salary', 6_000_000);
    assert.deepEqual(session.raw, {});
    assert.deepEqual(session.validateAll(), []);
  });

  it('下書きの生の入力は開き直しても残り、エラーとして数えられる', () => {
    const session = createSession(sampleForm, {
      data: { applicant, posts: [{ title: '保健師', kind: 'other' } as Post] },
      raw: { 'posts.0.salary': '12万5千くらい' },
      step: 'posts',
    });
    assert.equal(session.step.id, 'posts');
    assert.deepEqual(
      session.stepIssues().map((issue) => [issue.path, issue.code]),
      [['posts.0.salary', 'unreadable']],
    );
  });

  it('行を削除すると後ろの行の生の入力が一つ前に詰まる', () => {
    const session = createSession(sampleForm, {
      data: { applicant, posts: [validPost, validPost, validPost] },
    });
    session.setRaw('posts.0.salary', 'あ');
    session.setRaw('posts.2.salary', 'い');
    session.removeRow('posts', 0);
    assert.deepEqual(session.raw, { 'posts.1.salary': 'い' });
    assert.equal((session.get('posts') as Post[]).length, 2);
  });

  it('__proto__ を含むパスには書き込めない', () => {
    const session = createSession(sampleForm);
    assert.throws(() => session.set('__proto__.polluted', 1));
    assert.throws(() => session.setRaw('constructor', 'x'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('手順の移動と検証', () => {
  it('団体名が空のまま「次へ」を押すと、この手順に留まりその欄のエラーが出る', () => {
    const session = createSession(sampleForm, { step: 'applicant' });
    const result = session.next();
    assert.equal(result.ok, false);
    assert.equal(session.step.id, 'applicant');
    assert.deepEqual(
      result.issues.map((issue) => issue.path),
      ['applicant.name', 'applicant.fiscalYear'],
    );
    assert.equal(session.shownIssues('applicant.name')[0]?.message, '団体名を入力してください。');
  });

  it('手順の検証は他の手順の欄のエラーを数えない', () => {
    const session = createSession(sampleForm, {
      data: { applicant, posts: [] },
      step: 'applicant',
    });
    assert.ok(session.validateAll().some((issue) => issue.path === 'posts'));
    assert.deepEqual(session.stepIssues(), []);
    assert.equal(session.next().ok, true);
    assert.equal(session.step.id, 'posts');
  });

  it('職が1件なら「補足」の手順は飛ばされる', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [validPost] } });
    assert.deepEqual(
      session.visibleSteps().map((step) => step.id),
      ['intro', 'applicant', 'posts', 'amounts', 'review', 'done'],
    );
    session.goTo('intro');
    session.next();
    session.next();
    session.next();
    assert.equal(session.step.id, 'amounts');
    session.back();
    assert.equal(session.step.id, 'posts');
  });

  it('職を2件にすると、その変更のすぐ後から「補足」の手順が並ぶ', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [validPost] } });
    const before = session.visibleSteps();
    assert.equal(session.visibleSteps(), before, '変更がなければ同じ並び');
    assert.ok(!before.some((step) => step.id === 'extra'));
    session.set('posts', [validPost, validPost]);
    assert.ok(session.visibleSteps().some((step) => step.id === 'extra'));
  });

  it('飛ばされた手順のデータは残るが、検証も送信もされない', () => {
    const session = createSession(sampleForm, {
      data: { applicant, posts: [validPost], note: 'とても長い補足の文章です' },
    });
    assert.equal(session.get('note'), 'とても長い補足の文章です');
    assert.deepEqual(session.validateAll(), []);
    assert.equal('note' in session.submitPayload().data, false);
    session.addRow('posts', validPost);
    assert.deepEqual(
      session.validateAll().map((issue) => issue.path),
      ['note'],
    );
  });

  it('自治法派遣でない職の負担金は隠れ、検証も送信もされないが入力は残る', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [jichiho] } });
    session.set('posts.0.burden', -1);
    assert.deepEqual(
      new Set(session.validateAll().map((issue) => issue.path)),
      new Set(['posts.0.burden']),
    );
    session.set('posts.0.kind', 'other');
    assert.equal(session.isVisible('posts.0.burden'), false);
    assert.deepEqual(session.validateAll(), []);
    assert.deepEqual(session.submitPayload().data.posts?.[0], {
      title: '保育士',
      salary: 5_000_000,
      kind: 'other',
    });
    assert.equal(session.get('posts.0.burden'), -1);
    session.set('posts.0.kind', 'jichiho');
    assert.equal(session.isVisible('posts.0.burden'), true);
    assert.notDeepEqual(session.validateAll(), []);
  });

  it('未入力の欄の誤りは、確認画面の前の全体検証で見つかり、その手順が示される', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [validPost] } });
    for (let i = 0; i < 3; i++) assert.equal(session.next().ok, true);
    assert.equal(session.step.id, 'amounts');
    session.setRaw('applicant.name', '\u0000');
    const result = session.next();
    assert.equal(result.ok, false);
    assert.equal(result.invalidStep, 'applicant');
    assert.equal(session.step.id, 'amounts');
    assert.equal(session.shownIssues('applicant.name').length, 1);
    assert.equal(session.goTo(result.invalidStep ?? ''), true);
    session.set('applicant.name', '川上村');
    assert.equal(session.goTo('amounts'), true);
    assert.equal(session.next().ok, true);
    assert.equal(session.step.id, 'review');
  });

  it('まだ進んでいない手順へは飛べない', () => {
    const session = createSession(sampleForm);
    assert.equal(session.goTo('review'), false);
    assert.equal(session.step.id, 'intro');
    assert.equal(session.back(), false);
  });
});

describe('エラーを見せる時機', () => {
  it('触れただけ、変えただけではエラーを出さず、触れて変えたら出す', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [validPost] } });
    session.set('posts.0.title', '');
    assert.deepEqual(session.shownIssues('posts.0.title'), []);
    session.touch('applicant.name');
    assert.deepEqual(session.shownIssues('posts.0.title'), []);
    session.touch('posts.0.title');
    assert.equal(session.shownIssues('posts.0.title')[0]?.message, '職名を入力してください。');
  });

  it('空の欄に触れて離れただけではエラーを出さない', () => {
    const session = createSession(sampleForm, { step: 'applicant' });
    session.touch('applicant.name');
    assert.deepEqual(session.shownIssues('applicant.name'), []);
    assert.deepEqual(session.shownIssuesByPath(), {});
  });

  it('下書きから開いた誤った値は、触れればすぐエラーを出す', () => {
    const session = createSession(sampleForm, {
      data: { applicant, posts: [{ ...validPost, salary: -5 }] },
      step: 'posts',
    });
    assert.deepEqual(session.shownIssues('posts.0.salary'), []);
    session.touch('posts.0.salary');
    assert.equal(session.shownIssues('posts.0.salary').length, 1);
    assert.deepEqual(Object.keys(session.shownIssuesByPath()), ['posts.0.salary']);
  });
});

describe('措置額', () => {
  it('データが変わったときだけ計算し直す', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [validPost] } });
    const before = calculatorCalls.count;
    assert.deepEqual(session.amounts, { total: 3_000_000 });
    assert.deepEqual(session.amounts, { total: 3_000_000 });
    session.touch('posts.0.salary');
    session.next();
    assert.equal(calculatorCalls.count, before + 1);
    session.set('posts.0.salary', 8_000_000);
    assert.deepEqual(session.amounts, { total: 4_000_000 });
    assert.equal(calculatorCalls.count, before + 2);
  });

  it('計算は隠れた負担金を使わない', () => {
    const session = createSession(sampleForm, {
      data: { applicant, posts: [{ ...jichiho, kind: 'other' }] },
    });
    assert.deepEqual(session.amounts, { total: 2_500_000 });
  });

  it('計算できないデータでは措置額は undefined で、例外にならない', () => {
    const session = createSession(sampleForm, { data: { applicant } as never });
    assert.equal(session.amounts, undefined);
  });

  it('送信内容は様式の番号・版・見えるデータ・措置額', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [validPost] } });
    assert.deepEqual(session.submitPayload(), {
      formId: 'sample-dispatch',
      schemaVersion: 2,
      data: { applicant, posts: [validPost] },
      amounts: { total: 3_000_000 },
    });
  });
});

describe('取り消しと通知', () => {
  it('直前の変更を取り消し、やり直せる（生の入力も戻る）', () => {
    const session = createSession(sampleForm);
    session.set('applicant.name', '川上村');
    session.setRaw('applicant.fiscalYear', '令和八');
    assert.equal(session.undo(), true);
    assert.deepEqual(session.raw, {});
    assert.equal(session.get('applicant.name'), '川上村');
    assert.equal(session.undo(), true);
    assert.equal(session.get('applicant.name'), '');
    assert.equal(session.undo(), false);
    assert.equal(session.redo(), true);
    assert.equal(session.get('applicant.name'), '川上村');
    session.set('applicant.name', '下川村');
    assert.equal(session.canRedo, false);
  });

  it('変更・手順の移動・状態の変化を購読者に知らせ、解除後は知らせない', () => {
    const session = createSession(sampleForm);
    const changes: string[] = [];
    const stop = session.subscribe((change) => changes.push(change.kind));
    session.set('applicant.name', '川上村');
    session.next();
    session.touch('applicant.name');
    stop();
    session.set('applicant.name', '下川村');
    assert.deepEqual(changes, ['data', 'step', 'state']);
  });

  it('同じ値を入れ直しても変更として数えない', () => {
    const session = createSession(sampleForm);
    let count = 0;
    session.subscribe(() => count++);
    session.set('applicant.name', '');
    assert.equal(count, 0);
    assert.equal(session.canUndo, false);
  });

  it('他のタブの版に置き換えられ、それも取り消せる', () => {
    const session = createSession(sampleForm, { data: { applicant, posts: [] } });
    session.restore({
      data: { applicant: { ...applicant, name: '下川村' }, posts: [] },
      raw: {},
      step: 'posts',
    });
    assert.equal(session.get('applicant.name'), '下川村');
    assert.equal(session.step.id, 'posts');
    session.undo();
    assert.equal(session.get('applicant.name'), '川上村');
  });

  it('下書きの題名はデータから作り、名前がなければ様式名', () => {
    const session = createSession(sampleForm);
    assert.equal(session.draftTitle(), '見本の派遣申請');
    session.set('applicant.name', '川上村');
    assert.equal(session.draftTitle(), '川上村 見本の派遣申請');
  });
});
