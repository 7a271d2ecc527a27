// What only 専門人材派遣 does: its steps, the questions that change with the answers, its titles,
// what carries over to the next fiscal year, and what its PDF says. What every form does is in
// ../conformance.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createSession,
  type DraftData,
  expandFields,
  type FieldDefinition,
  isRequired,
  shownFields,
} from '@koiki/engine';
import { type SpecialistDispatch, specialistDispatchContract } from '@koiki/schemas';
import { loadDantaiNames } from '../../../forms/dantai-names.ts';
import {
  specialistDispatchDefinition as definition,
  specialistDispatch,
} from '../../../forms/specialist-dispatch/index.ts';
import { examplePdf, loose, pdfText } from '../example-pdf.ts';
import { walk } from '../walk-session.ts';
import { KITAAIKI, kawakamiReceiver, MINAMIMAKI, naganoSender } from './dispatch-claims.ts';

const sender = naganoSender;
const receiver = kawakamiReceiver;

const step = (id: string) => {
  const found = definition.steps.find((s) => s.id === id);
  assert.ok(found, id);
  return found;
};

/** A step's questions as the session shows them for `data` (協約 items expanded). */
const questionAt = (data: DraftData<SpecialistDispatch>, stepId: string, path: string) => {
  const field = expandFields(step(stepId).fields, data).find((f) => f.path === path);
  assert.ok(field, path);
  return field;
};

const postField = (path: string): FieldDefinition<unknown> => {
  const field = step('posts').fields[0]?.fields?.find((f) => f.path === path);
  assert.ok(field, path);
  return field;
};

const optionValues = (field: FieldDefinition<unknown>, scope: unknown, root: unknown) =>
  (field.optionsFrom?.(scope, root) ?? []).map((option) => option.value);

describe('例の申請（3協約の派遣元、自治法派遣の派遣先）', () => {
  it('どちらも schema を通る', () => {
    for (const data of [sender, receiver]) {
      const result = specialistDispatchContract.validator.safeParse(data);
      assert.ok(result.success, JSON.stringify(!result.success && result.error.issues));
    }
  });
});

describe('手順', () => {
  // 募集経費 comes before the posts: a year of recruitment only has no post, which the posts step
  // accepts only once the 募集経費 are entered.
  it('はじめに・申請団体・連携協約・募集経費・派遣する職・区域外の確認・算定結果・添付・確認・完了の順', () => {
    assert.deepEqual(
      definition.steps.map((s) => s.id),
      [
        'intro',
        'applicant',
        'agreements',
        'costs',
        'posts',
        'outsideArea',
        'amounts',
        'attachments',
        'review',
        'done',
      ],
    );
  });

  it('派遣元は募集経費の手順を通り、派遣先は通らない；区域外の団体がなければ確認の手順はない', () => {
    const senderWalk = walk(definition, sender);
    const receiverWalk = walk(definition, receiver);
    assert.equal(senderWalk.reached.at(-1), 'done', senderWalk.reached.join(' → '));
    assert.equal(receiverWalk.reached.at(-1), 'done', receiverWalk.reached.join(' → '));
    assert.ok(senderWalk.reached.includes('costs'));
    assert.ok(!receiverWalk.reached.includes('costs'));
    assert.ok(!senderWalk.reached.includes('outsideArea'));
  });
});

describe('連携協約は協約ごとのまとまり（sections）', () => {
  it('協約ごとに協約名・当事者・日付・内容を尋ね、見出しは協約名', () => {
    const field = step('agreements').fields[0];
    assert.equal(field?.control, 'sections');
    assert.equal(field?.path, 'agreements');
    assert.equal(
      field?.itemLabel?.(sender.agreements[1], 1),
      `連携協約 2：${sender.agreements[1]?.name}`,
    );
    assert.equal(field?.itemLabel?.({}, 0), '連携協約 1');
    const paths = expandFields(step('agreements').fields, sender).map((f) => f.path);
    for (const index of [0, 1, 2]) {
      for (const leaf of ['name', 'parties', 'concludedDate', 'notificationDate', 'notifiedTo']) {
        assert.ok(paths.includes(`agreements.${index}.${leaf}`), `agreements.${index}.${leaf}`);
      }
    }
  });

  it('協約を加えると、その協約の質問が加わり、消すと元に戻る（答えは他の協約に残る）', () => {
    const session = createSession(definition, { data: sender });
    session.addRow('agreements', {});
    assert.equal(session.isVisible('agreements.3.name'), true);
    session.removeRow('agreements', 3);
    assert.equal(session.get('agreements.2.name'), KITAAIKI);
  });

  it('加えた協約は当事者2団体と内容の欄を持ち、答えがないとそれぞれの質問で止まる（協約全体ではなく）', () => {
    const field = step('agreements').fields[0];
    assert.ok(field?.newItem);
    const session = createSession(definition, { data: sender });
    session.addRow('agreements', field.newItem());
    const paths = session.stepIssues('agreements').map((issue) => issue.path);
    for (const leaf of [
      'name',
      'parties.1.dantaiCode',
      'basicPolicy.stated',
      'staffAndPeriod.stated',
    ]) {
      assert.ok(paths.includes(`agreements.3.${leaf}`), `${leaf}: ${paths.join(', ')}`);
    }
    assert.ok(!paths.includes('agreements.3.basicPolicy'), paths.join(', '));
  });

  it('届出先は協約ごとに当事者から決まる：都道府県が入れば総務大臣、市町村だけなら都道府県知事', () => {
    const municipalities: SpecialistDispatch = {
      ...sender,
      agreements: [
        ...sender.agreements.slice(0, 2),
        {
          ...(sender.agreements[2] as SpecialistDispatch['agreements'][number]),
          parties: [
            { dantaiCode: '203041', resolutionDate: '2025-12-12', noticeDate: '2026-01-23' },
            { dantaiCode: '203050', resolutionDate: '2025-12-12', noticeDate: '2026-01-23' },
          ],
        },
      ],
    };
    const notified = (index: number) =>
      questionAt(municipalities, 'agreements', `agreements.${index}.notifiedTo`).display?.(
        municipalities,
        municipalities,
      );
    assert.match(notified(0) ?? '', /^総務大臣/);
    assert.match(notified(2) ?? '', /^都道府県知事/);
  });

  it('条項は「定めあり」のときだけ、協定・覚書は人数・期間の定めがないときだけ尋ねる（その協約だけ）', () => {
    const session = createSession(definition, { data: sender });
    assert.equal(session.isVisible('agreements.1.basicPolicy.article'), true);
    session.set('agreements.1.basicPolicy.stated', false);
    assert.equal(session.isVisible('agreements.1.basicPolicy.article'), false);
    assert.equal(session.isVisible('agreements.0.basicPolicy.article'), true);
    assert.equal(session.isVisible('agreements.1.memorandum.concludedDate'), false);
    session.set('agreements.1.staffAndPeriod.stated', false);
    assert.equal(session.isVisible('agreements.1.memorandum.concludedDate'), true);
    const paths = session.stepIssues('agreements').map((issue) => issue.path);
    assert.ok(paths.includes('agreements.1.memorandum'), paths.join(', '));
  });
});

describe('派遣する職：協約と派遣先は入力した協約から選ぶ', () => {
  it('協約の選択肢は入力した協約名、名前を変えると選択肢も変わる', () => {
    const field = postField('agreementName');
    assert.deepEqual(
      optionValues(field, sender.posts[0], sender),
      sender.agreements.map((a) => a.name),
    );
    assert.equal(field.optionsFrom?.({}, sender)[1]?.label, `協約2：${MINAMIMAKI}`);
    const renamed = {
      ...sender,
      agreements: [{ ...sender.agreements[0], name: '新しい協約' }],
    };
    assert.deepEqual(optionValues(field, sender.posts[0], renamed), ['新しい協約']);
  });

  it('派遣元の派遣先は、選んだ協約の当事者のうち申請団体以外（協約を選ぶまでは空）', () => {
    const field = postField('recipientCode');
    assert.deepEqual(optionValues(field, sender.posts[0], sender), ['203041']);
    assert.deepEqual(optionValues(field, { ...sender.posts[0], agreementName: KITAAIKI }, sender), [
      '203076',
    ]);
    assert.deepEqual(optionValues(field, {}, sender), []);
  });

  it('派遣先の申請では、派遣先は申請団体だけ', () => {
    assert.deepEqual(optionValues(postField('recipientCode'), {}, receiver), ['203041']);
  });

  it('選んだ協約にない派遣先はその欄で止まる', () => {
    const session = createSession(definition, { data: sender });
    session.set('posts.0.recipientCode', '203050');
    const paths = session.stepIssues('posts').map((issue) => issue.path);
    assert.ok(paths.includes('posts.0.recipientCode'), paths.join(', '));
  });

  it('派遣初年度は尋ねず、開始日と対象年度から示す', async () => {
    await loadDantaiNames();
    const info = postField('dispatchYear');
    assert.equal(info.control, 'info');
    const [first, continuing, planned] = sender.posts;
    assert.match(info.display?.(first, sender) ?? '', /^派遣初年度（令和8年度に派遣開始）/);
    assert.match(info.display?.(continuing, sender) ?? '', /^2年度目以降（令和7年度に派遣開始）/);
    assert.match(info.display?.(planned, sender) ?? '', /^予定のポスト（令和9年度から派遣）/);
    const session = createSession(definition, { data: sender });
    assert.equal(session.isVisible('posts.0.firstDispatchYear'), false);
  });

  it('読み込んだデータが派遣初年度を答えていて日付と食い違うときだけ、その答えを示して直せる', () => {
    const stated = {
      ...receiver,
      fiscalYear: 2027,
      posts: [{ ...receiver.posts[0], firstDispatchYear: true }],
    } as SpecialistDispatch;
    const session = createSession(definition, { data: stated });
    assert.equal(session.isVisible('posts.0.firstDispatchYear'), true);
    const paths = session.stepIssues('posts').map((issue) => issue.path);
    assert.ok(paths.includes('posts.0.firstDispatchYear'), paths.join(', '));
  });

  it('予定のポスト（対象年度の後に開始）は金額を尋ねない', () => {
    const session = createSession(definition, { data: sender });
    assert.equal(session.isVisible('posts.0.personnelCost'), true);
    assert.equal(session.isVisible('posts.2.personnelCost'), false);
    assert.equal(session.isVisible('posts.2.contribution'), false);
  });
});

describe('質問は答えに合わせて変わる', () => {
  it('派遣先が自治法派遣で申請すると、負担金を尋ね、人件費と募集経費は尋ねない', () => {
    const session = createSession(definition, { data: receiver });
    assert.equal(session.isVisible('posts.0.contribution'), true);
    assert.equal(session.isVisible('posts.0.personnelCost'), false);
    assert.equal(session.isVisible('recruitmentItems'), false);
  });

  it('負担金は1つの質問：派遣元（自治法派遣以外）では任意、派遣先（自治法派遣）では必須として、派遣形態の答えのすぐ下で尋ねる', () => {
    const postFields = step('posts').fields[0]?.fields;
    assert.ok(postFields);
    const asked = postFields.filter((field) => field.path === 'contribution');
    assert.equal(asked.length, 1);
    const [question] = asked;
    assert.ok(question);
    assert.equal(question.revealedBy?.question, 'dispatchForm');
    const shown = (data: SpecialistDispatch) =>
      shownFields(postFields, data.posts[0], data).map((field) => field.path);
    assert.deepEqual(shown(sender).slice(-3), ['dispatchForm', 'personnelCost', 'contribution']);
    assert.deepEqual(shown(receiver).slice(-2), ['dispatchForm', 'contribution']);
    assert.equal(isRequired(question, sender.posts[0], sender), false);
    assert.equal(isRequired(question, receiver.posts[0], receiver), true);
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
});

describe('募集だけの年度と区域外の確認', () => {
  const recruitmentOnly: SpecialistDispatch = { ...sender, posts: [] };

  it('派遣元が募集経費を入れてポストがないときだけ、派遣する職の手順で募集した職種を尋ね、答えがないとその欄で止まる', () => {
    assert.equal(
      createSession(definition, { data: sender }).isVisible('recruitedOccupations'),
      false,
    );
    const noRecruitment = createSession(definition, {
      data: { ...recruitmentOnly, recruitmentItems: [] },
    });
    assert.equal(noRecruitment.isVisible('recruitedOccupations'), false);
    assert.deepEqual(
      noRecruitment.stepIssues('posts').map((issue) => issue.path),
      ['posts'],
    );
    const session = createSession(definition, { data: recruitmentOnly });
    assert.equal(session.isVisible('recruitedOccupations'), true);
    assert.deepEqual(
      session.stepIssues('posts').map((issue) => issue.path),
      ['recruitedOccupations'],
    );
    session.set('recruitedOccupations', ['保育士']);
    assert.deepEqual(session.stepIssues('posts'), []);
  });

  it('募集だけの年度：募集経費を入れ、ポストの行を消し、職種を選ぶと、算定結果まで進める', () => {
    const session = createSession(definition, {
      data: { ...sender, recruitmentItems: [] },
      step: 'costs',
    });
    session.set('recruitmentItems', sender.recruitmentItems);
    assert.equal(session.next().ok, true);
    assert.equal(session.step.id, 'posts');
    for (let i = sender.posts.length - 1; i >= 0; i--) session.removeRow('posts', i);
    assert.equal(session.next().ok, false);
    session.set('recruitedOccupations', ['保健師', '税務']);
    assert.equal(session.next().ok, true);
    assert.equal(session.step.id, 'amounts');
  });

  it('協約の当事者が他の都道府県の団体なら、区域外の確認の手順で警告を並べ、確認するまで止まる', () => {
    const outside: SpecialistDispatch = {
      ...sender,
      agreements: sender.agreements.map((agreement, index) =>
        index === 0
          ? {
              ...agreement,
              parties: [
                ...agreement.parties,
                { dantaiCode: '294527', resolutionDate: '2025-12-12', noticeDate: '2026-01-23' },
              ],
            }
          : agreement,
      ),
    };
    const stopped = walk(definition, outside);
    assert.equal(stopped.session.step.id, 'outsideArea', stopped.reached.join(' → '));
    const warnings = questionAt(outside, 'outsideArea', 'outsideAreaWarnings').display?.(
      outside,
      outside,
    );
    assert.match(warnings ?? '', /294527/);
    const paths = stopped.session.stepIssues('outsideArea').map((issue) => issue.path);
    assert.deepEqual(paths, ['outsideAreaConfirmed']);
    const confirmed = walk(definition, { ...outside, outsideAreaConfirmed: true });
    assert.equal(confirmed.reached.at(-1), 'done', confirmed.reached.join(' → '));
  });
});

describe('下書きの題名', () => {
  const withApplicant = (code: string, fiscalYear?: number, agreements = 1) => ({
    ...definition.emptyData(),
    applicant: { dantaiCode: code },
    fiscalYear,
    agreements: Array.from({ length: agreements }, () => ({})),
  });
  const titleOf = (data: DraftData<SpecialistDispatch>) => definition.draftTitle?.(data);

  it('空の下書きは「専門人材派遣」', () => {
    assert.equal(titleOf(definition.emptyData()), '専門人材派遣');
  });

  it('団体の一覧を読み込んだ後は「長野県 令和8年度 専門人材派遣（3協約）」、1協約なら数を付けない', async () => {
    await loadDantaiNames();
    assert.equal(
      titleOf(withApplicant('200000', 2026, 3)),
      '長野県 令和8年度 専門人材派遣（3協約）',
    );
    assert.equal(titleOf(withApplicant('203041', 2026)), '川上村 令和8年度 専門人材派遣');
  });

  it('一覧にない団体コードは、コードのまま示す', async () => {
    await loadDantaiNames();
    assert.equal(titleOf(withApplicant('999999', 2026)), '999999 令和8年度 専門人材派遣');
  });

  it('新しい下書きには、当事者2団体の協約が1つとポストが1つある', () => {
    const empty = definition.emptyData();
    assert.equal(empty.agreements?.length, 1);
    assert.equal(empty.agreements?.[0]?.parties?.length, 2);
    assert.equal(empty.posts?.length, 1);
  });
});

describe('前年度の申請から作成', () => {
  it('年度を進め、募集経費・募集した職種・人件費・負担金・初年度の答え・区域外の確認は引き継がない', () => {
    const { fiscalYearPaths, clearPaths } = specialistDispatch.nextFiscalYear;
    assert.deepEqual(fiscalYearPaths, ['fiscalYear']);
    for (const path of [
      'recruitmentItems',
      'recruitedOccupations',
      'outsideAreaConfirmed',
      'posts.*.personnelCost',
      'posts.*.contribution',
      'posts.*.firstDispatchYear',
    ]) {
      assert.ok(clearPaths.includes(path), path);
    }
  });
});

describe('専門人材派遣の PDF（別紙 算定調書）', async () => {
  const senderText = pdfText((await examplePdf(specialistDispatch, sender)).bytes);
  const receiverText = pdfText((await examplePdf(specialistDispatch, receiver)).bytes);
  /** Where `text` first appears in the document, or -1. */
  const at = (document: string, text: string) => document.search(loose(text));

  it('協約ごとに、協約名・当事者と議決日・告示日・内容を載せる', () => {
    for (const [index, agreement] of sender.agreements.entries()) {
      assert.ok(at(senderText, `2-${index + 1}${agreement.name}`) >= 0, agreement.name);
    }
    for (const village of ['川上村', '南牧村', '北相木村'])
      assert.match(senderText, loose(village));
    assert.match(senderText, /令和7年12月18日/);
    assert.match(senderText, /定めあり（第5条）/);
  });

  it('派遣する職は、その協約の下に派遣先とともに並ぶ（協約2の職は協約2と協約3の間）', () => {
    const annex = senderText.slice(at(senderText, '算定調書'));
    const second = at(annex, `2-2${MINAMIMAKI}`);
    const third = at(annex, `2-3${KITAAIKI}`);
    const post = at(annex, '税務課 徴収担当');
    assert.ok(second >= 0 && third > second, 'both 協約 printed');
    assert.ok(post > second && post < third, `post at ${post}, 協約 at ${second}/${third}`);
  });

  it('派遣初年度は日付から示し、対象年度の後に始まる職は「予定」で金額を載せない', () => {
    assert.match(senderText, /（初年度）/);
    assert.match(senderText, /（2年度目以降）/);
    assert.match(senderText, /（予定）/);
    assert.match(senderText, /派遣する職の数\s+3（うち予定 1）/);
  });

  it('算定に用いた値として「600万円程度」を出典の言葉で示す', () => {
    assert.match(senderText, /600万円程度/);
  });

  it('宛先は申請の経路に従う（都道府県は総務大臣、市町村は都道府県知事）', () => {
    assert.match(senderText, /総務大臣\s+殿/);
    assert.match(receiverText, /長野県知事\s+殿/);
  });

  it('派遣元は人件費と申請全体の募集経費、派遣先は負担金だけを載せる', () => {
    assert.match(senderText, /人件費と派遣先からの負担金/);
    assert.match(senderText, /募集経費（申請団体の全体）/);
    assert.match(receiverText, /3\s+負担金/);
    assert.doesNotMatch(receiverText, /募集経費/);
  });

  it('募集経費は申請全体で1行：1,500,000＋900,000＝2,400,000円 × 0.5 ＝ 1,200,000円 → 上限 1,000,000円', () => {
    assert.match(senderText, /2,400,000/);
    assert.match(senderText, /上限を適用した行：[^\n]*募集経費（上限 1,000,000円）/);
  });

  it('算定の内訳は協約ごとの表と小計、団体全体の募集経費、合計 3,100,000＋6,000,000＋1,000,000＝10,100,000円', () => {
    const statement = senderText.slice(at(senderText, '措置額の算定'));
    assert.ok(at(statement, `連携協約：${sender.agreements[0]?.name}`) >= 0);
    assert.ok(at(statement, `連携協約：${MINAMIMAKI}`) >= 0);
    assert.match(statement, /団体全体/);
    assert.match(statement, /小計/);
    assert.match(statement, /10,100,000円/);
  });

  it('区域外の団体（奈良県川上村）を確認した申請は、その警告を算定調書に載せる', async () => {
    const outside: SpecialistDispatch = {
      ...sender,
      agreements: sender.agreements.map((agreement, index) =>
        index === 0
          ? {
              ...agreement,
              parties: [
                ...agreement.parties,
                { dantaiCode: '294527', resolutionDate: '2025-12-12', noticeDate: '2026-01-23' },
              ],
            }
          : agreement,
      ),
      outsideAreaConfirmed: true,
    };
    const text = pdfText((await examplePdf(specialistDispatch, outside)).bytes);
    const annex = text.slice(at(text, '算定調書'));
    assert.match(annex, loose('団体コード 294527、奈良県'));
    assert.doesNotMatch(senderText, /294527/);
  });

  it('募集だけの年度（ポストなし）は、人件費の表を載せず、募集経費を3番、募集した職種を載せる', async () => {
    const recruitmentOnly: SpecialistDispatch = {
      ...sender,
      posts: [],
      recruitedOccupations: ['保健師', '保育士'],
    };
    const text = pdfText((await examplePdf(specialistDispatch, recruitmentOnly)).bytes);
    assert.doesNotMatch(text, /人件費と派遣先からの負担金/);
    assert.match(text, /3\s+募集経費（申請団体の全体）/);
    assert.match(text, /募集した職種\s+保健師、保育士/);
  });
});
