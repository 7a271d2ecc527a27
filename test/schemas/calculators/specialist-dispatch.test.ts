import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calculateSpecialistDispatch, type SpecialistDispatch, validateForm } from '@koiki/schemas';
import { dispatchExample } from './example-data.ts';

/** The prefecture example with another 派遣先 (also put among the 協約's parties). */
function withRecipient(code: string): SpecialistDispatch {
  const data = dispatchExample();
  data.recipient.dantaiCode = code;
  data.agreement.parties[1]!.dantaiCode = code;
  return data;
}

function issueAt(data: SpecialistDispatch, path: string) {
  return calculateSpecialistDispatch(data).issues.find((issue) => issue.path === path);
}

describe('専門人材派遣: 派遣先の要件', () => {
  it('中核市（八戸市）は指定日とともに退けられ、算定行は出ない', () => {
    const data = withRecipient('022039');
    const result = calculateSpecialistDispatch(data);
    const issue = result.issues.find((i) => i.path === 'recipient.dantaiCode');
    assert.equal(issue?.code, 'dispatch.recipientExcluded');
    assert.match(issue?.message ?? '', /八戸市は中核市（平成29年1月1日指定）のため対象外/);
    assert.deepEqual(result.lines, []);
    assert.equal(result.totals.yen, 0);
    assert.equal(validateForm('specialist-dispatch', data).success, false);
  });

  it('政令指定都市（熊本市）は理由と指定日つきで退けられる', () => {
    const message = issueAt(withRecipient('431001'), 'recipient.dantaiCode')?.message ?? '';
    assert.match(message, /熊本市は政令指定都市（平成24年4月1日指定）/);
  });

  it('県庁所在地（津市: 政令市でも中核市でもない）は退けられる', () => {
    const message = issueAt(withRecipient('242012'), 'recipient.dantaiCode')?.message ?? '';
    assert.match(message, /津市は三重県の県庁所在地のため対象外/);
  });

  it('都道府県は派遣先になれない', () => {
    assert.equal(
      issueAt(withRecipient('390003'), 'recipient.dantaiCode')?.code,
      'dispatch.recipientNotMunicipality',
    );
  });
});

describe('専門人材派遣: 職種・採用形態・協約', () => {
  for (const occupation of ['デジタル人材', '技術職員'] as const) {
    it(`${occupation}は別の措置への案内つきで退けられ、その職員の行だけが出ない`, () => {
      const data = dispatchExample();
      data.posts[0]!.occupation = occupation;
      const result = calculateSpecialistDispatch(data);
      const issue = result.issues.find((i) => i.path === 'posts.0.occupation');
      assert.equal(issue?.code, 'dispatch.occupationExcluded');
      assert.match(
        issue?.message ?? '',
        new RegExp(`${occupation}は、この措置の対象外です.*別途の地方財政措置`),
      );
      assert.deepEqual(
        result.lines.map((line) => line.id),
        ['recruitment', 'posts.1.personnel', 'posts.2.personnel'],
      );
    });
  }

  it('任期の定めのない常勤職員で確認事項のどちらかが「いいえ」なら対象外', () => {
    const data = dispatchExample();
    data.posts[2]!.confirmations = { mainDutyIsMunicipalSupport: true, hiredAsSpecialist: false };
    assert.equal(issueAt(data, 'posts.2.confirmations')?.code, 'dispatch.permanentNotConfirmed');
  });

  it('協約に専門性の定めがなければ申請全体が対象外', () => {
    const data = dispatchExample();
    data.agreement.expertise = { stated: false };
    const result = calculateSpecialistDispatch(data);
    assert.match(result.issues[0]?.message ?? '', /派遣職員に求められる専門性が定められていない/);
    assert.deepEqual(result.lines, []);
  });

  it('派遣期間が対象年度と重ならない職員は対象外', () => {
    const data = dispatchExample();
    data.posts[1]!.periodFrom = '2027-04-01';
    data.posts[1]!.periodTo = '2028-03-31';
    assert.match(
      issueAt(data, 'posts.1.periodFrom')?.message ?? '',
      /令和8年度（令和8年4月1日～令和9年3月31日）と重なっていません/,
    );
  });
});

describe('専門人材派遣: 算定', () => {
  it('負担金は派遣元の人件費から控除される', () => {
    const line = calculateSpecialistDispatch(dispatchExample()).lines.find(
      (l) => l.id === 'posts.0.personnel',
    );
    assert.equal(line?.base, 6_200_000);
    assert.equal(line?.amount, 3_100_000);
    assert.equal(
      line?.explanation,
      '人件費 7,200,000円 − 負担金 1,000,000円 = 6,200,000円 × 0.5 = 3,100,000円（上限 6,000,000円以内）',
    );
  });

  it('人件費の上限 600万円が効き、capped になる', () => {
    const line = calculateSpecialistDispatch(dispatchExample()).lines.find(
      (l) => l.id === 'posts.2.personnel',
    );
    assert.equal(line?.amount, 6_000_000);
    assert.equal(line?.capped, true);
    assert.match(line?.explanation ?? '', /6,400,000円 → 上限 6,000,000円を適用して 6,000,000円/);
  });

  it('募集経費の上限 100万円/団体が効く', () => {
    const data = dispatchExample();
    data.recruitmentItems = [{ description: '募集広告', amount: 2_500_000 }];
    const line = calculateSpecialistDispatch(data).lines.find((l) => l.id === 'recruitment');
    assert.equal(line?.amount, 1_000_000);
    assert.equal(line?.capped, true);
  });

  it('自治法派遣にすると、額は県の人件費から村の負担金に移る', () => {
    const prefecture = dispatchExample();
    prefecture.posts = [prefecture.posts[0]!];
    prefecture.posts[0]!.dispatchForm = '自治法派遣';
    const asPrefecture = calculateSpecialistDispatch(prefecture);
    assert.deepEqual(
      asPrefecture.lines.map((l) => l.kind),
      ['recruitment'],
    );
    assert.match(asPrefecture.notes[0]?.message ?? '', /派遣先団体が負担金として申請/);

    const village = dispatchExample();
    village.role = '派遣先';
    village.applicant.dantaiCode = village.recipient.dantaiCode;
    village.posts = [{ ...village.posts[0]!, dispatchForm: '自治法派遣', contribution: 7_000_000 }];
    const asVillage = calculateSpecialistDispatch(village);
    assert.deepEqual(
      asVillage.lines.map((l) => [l.kind, l.recipient, l.amount]),
      [['contribution', '派遣先', 3_500_000]],
    );
    assert.equal(validateForm('specialist-dispatch', village).success, true);
  });

  it('自治法派遣の負担金は派遣初年度だけ: 2年目は対象外、上限 600万円も効く', () => {
    const village = dispatchExample();
    village.role = '派遣先';
    village.applicant.dantaiCode = village.recipient.dantaiCode;
    village.posts = [
      { ...village.posts[0]!, dispatchForm: '自治法派遣', contribution: 13_000_000 },
    ];
    const first = calculateSpecialistDispatch(village);
    assert.equal(first.lines[0]?.amount, 6_000_000);
    assert.equal(first.lines[0]?.capped, true);
    village.posts[0]!.firstDispatchYear = false;
    const later = calculateSpecialistDispatch(village);
    assert.deepEqual(later.lines, []);
    assert.equal(later.issues[0]?.code, 'dispatch.notFirstYear');
  });

  it('「600万円程度」の上限は変更でき、変更したことが parameters に残る', () => {
    const result = calculateSpecialistDispatch(dispatchExample(), { personCap: 6_500_000 });
    const line = result.lines.find((l) => l.id === 'posts.2.personnel');
    assert.equal(line?.amount, 6_400_000);
    const used = result.parameters.used.find((p) => p.label.startsWith('人件費の上限'));
    assert.equal(used?.value, '6,500,000円');
    assert.equal(used?.overridden, true);
    assert.match(used?.note ?? '', /600万円程度/);
  });

  it('申請データに入れた上限額（personCapOverride）でも計算し、サーバーでも同じ結果になる', () => {
    const data = { ...dispatchExample(), personCapOverride: 5_000_000 };
    const line = calculateSpecialistDispatch(data).lines.find((l) => l.id === 'posts.2.personnel');
    assert.equal(line?.amount, 5_000_000);
    assert.equal(line?.capped, true);
    const used = calculateSpecialistDispatch(data).parameters.used.find((p) =>
      p.label.startsWith('人件費の上限'),
    );
    assert.equal(used?.overridden, true);
    assert.equal(validateForm('specialist-dispatch', data).success, true);
  });

  it('合計は円と千円で出る: 11,505,000円 = 11,505千円', () => {
    const { totals } = calculateSpecialistDispatch(dispatchExample());
    assert.deepEqual(totals, { yen: 11_505_000, thousandYen: 11_505 });
  });

  it('入力途中のデータでも例外を出さない', () => {
    assert.equal(calculateSpecialistDispatch({}).totals.yen, 0);
    const partial = {
      fiscalYear: 2026,
      role: '派遣元',
      posts: [{ dispatchForm: 'その他', personnelCost: 1000 }, {}],
    } as const;
    assert.equal(calculateSpecialistDispatch(partial).totals.yen, 500);
    assert.doesNotThrow(() =>
      calculateSpecialistDispatch({ posts: 'x', fiscalYear: 2026 } as never),
    );
  });
});
