// The specialist-dispatch calculator on the v2 model: one claim per 団体 and fiscal year, with all
// its 協約 and posts. Each rule of SPEC §2.1 is checked here on the data, and by example in
// specialist-dispatch-examples.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  calculateSpecialistDispatch,
  type SpecialistDispatch,
  specialistDispatchContract,
  validateClaim,
} from '@koiki/schemas';
import { dispatchExample } from './example-data.ts';

/** 長野県's claim: three 協約 (川上村・南牧村・小海町), one post each, 募集経費 2,400,000円. */
const nagano = () => dispatchExample('prefecture-three-agreements-three-villages.json');

/** 長野県's claim with the 派遣先 of 協約 `index` (and of its post) replaced by `code`. */
function withRecipient(index: number, code: string): SpecialistDispatch {
  const data = nagano();
  data.agreements[index]!.parties[1]!.dantaiCode = code;
  data.posts[index]!.recipientCode = code;
  return data;
}

function issueAt(data: SpecialistDispatch, path: string) {
  return calculateSpecialistDispatch(data).issues.find((issue) => issue.path === path);
}

const lineIds = (data: SpecialistDispatch) =>
  calculateSpecialistDispatch(data).lines.map((line) => line.id);

describe('専門人材派遣: 派遣先の要件（ポストごと、対象年度の指定で判断）', () => {
  it('中核市（松本市）を派遣先にしたポストだけが指定日つきで退けられ、申請は措置額なし（参考の額は残る）', () => {
    const result = calculateSpecialistDispatch(withRecipient(1, '202029'));
    const issue = result.issues.find((i) => i.path === 'posts.1.recipientCode');
    assert.equal(issue?.code, 'dispatch.recipientExcluded');
    assert.match(issue?.message ?? '', /松本市は中核市（令和3年4月1日指定）のため対象外/);
    assert.deepEqual(
      result.lines.map((line) => line.id),
      ['recruitment', 'posts.0.personnel', 'posts.2.personnel'],
    );
    assert.equal(result.claimable, false);
    assert.deepEqual(result.totals, { yen: 0, thousandYen: 0 });
    // 参考: 募集経費 1,000,000 + 川上村 3,000,000 + 小海町 6,000,000 = 10,000,000円
    assert.equal(result.referenceTotals.yen, 10_000_000);
    assert.equal(
      validateClaim(specialistDispatchContract, withRecipient(1, '202029')).success,
      false,
    );
  });

  it('政令指定都市（熊本市）は理由と指定日つきで退けられる', () => {
    const message = issueAt(withRecipient(0, '431001'), 'posts.0.recipientCode')?.message ?? '';
    assert.match(message, /熊本市は政令指定都市（平成24年4月1日指定）/);
  });

  it('県庁所在地（津市: 政令市でも中核市でもない）は退けられる', () => {
    const message = issueAt(withRecipient(2, '242012'), 'posts.2.recipientCode')?.message ?? '';
    assert.match(message, /津市は三重県の県庁所在地のため対象外/);
  });

  it('都道府県は派遣先になれない', () => {
    assert.equal(
      issueAt(withRecipient(0, '390003'), 'posts.0.recipientCode')?.code,
      'dispatch.recipientNotMunicipality',
    );
  });
});

describe('専門人材派遣: 協約ごとの定め', () => {
  it('2つ目の協約に専門性の定めがなければ、その協約の欄で退け、その協約のポストだけ行が出ない', () => {
    const data = nagano();
    data.agreements[1]!.expertise = { stated: false };
    const result = calculateSpecialistDispatch(data);
    const issue = result.issues.find((i) => i.path === 'agreements.1.expertise.stated');
    assert.match(issue?.message ?? '', /派遣職員に求められる専門性が定められていない/);
    assert.deepEqual(
      result.lines.map((line) => line.id),
      ['recruitment', 'posts.0.personnel', 'posts.2.personnel'],
    );
    assert.equal(result.claimable, false);
  });

  it('協約にも覚書にも人数・期間の定めがない協約は、その協約の覚書の欄で退ける', () => {
    const data = nagano();
    data.agreements[2]!.memorandum!.statesStaffAndPeriod = false;
    assert.equal(
      issueAt(data, 'agreements.2.memorandum.statesStaffAndPeriod')?.code,
      'dispatch.memorandumLacks',
    );
    assert.deepEqual(lineIds(data), ['recruitment', 'posts.0.personnel', 'posts.1.personnel']);
  });

  it('ポストの行は協約ごとにまとまる（group = 協約のパスと協約名）、募集経費は申請全体の行', () => {
    const data = nagano();
    const groups = calculateSpecialistDispatch(data).lines.map((line) => line.group);
    assert.deepEqual(groups, [
      undefined,
      { path: 'agreements.0', label: data.agreements[0]!.name },
      { path: 'agreements.1', label: data.agreements[1]!.name },
      { path: 'agreements.2', label: data.agreements[2]!.name },
    ]);
  });
});

describe('専門人材派遣: 職種・採用形態', () => {
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

  it('ポストがまだなく募集した職種に技術職員があれば、募集した職種の欄で退ける', () => {
    const data = dispatchExample('prefecture-recruitment-no-post-yet.json');
    data.recruitedOccupations = ['保健師', '技術職員'];
    const result = calculateSpecialistDispatch(data);
    const issue = result.issues.find((i) => i.path === 'recruitedOccupations');
    assert.match(issue?.message ?? '', /技術職員は、この措置の対象外です/);
    assert.equal(result.claimable, false);
    assert.equal(result.totals.yen, 0);
  });

  it('任期の定めのない常勤職員で確認事項のどちらかが「いいえ」なら対象外', () => {
    const data = dispatchExample();
    data.posts[2]!.confirmations = { mainDutyIsMunicipalSupport: true, hiredAsSpecialist: false };
    assert.equal(issueAt(data, 'posts.2.confirmations')?.code, 'dispatch.permanentNotConfirmed');
    assert.deepEqual(lineIds(data), ['recruitment', 'posts.0.personnel', 'posts.1.personnel']);
  });
});

describe('専門人材派遣: 派遣期間と派遣初年度（日付から決まる）', () => {
  it('対象年度の始まりより前に終わったポストは、終了日の欄で退ける', () => {
    const data = nagano();
    data.posts[1]!.periodFrom = '2025-04-01';
    data.posts[1]!.periodTo = '2026-03-31';
    const issue = issueAt(data, 'posts.1.periodTo');
    assert.equal(issue?.code, 'dispatch.periodEnded');
    assert.match(issue?.message ?? '', /令和8年度の始まり（令和8年4月1日）より前に終わっています/);
  });

  it('前の年度から続くポスト（小海町、令和7年4月1日から）は今年度も人件費を申請できる', () => {
    const line = calculateSpecialistDispatch(nagano()).lines.find(
      (l) => l.id === 'posts.2.personnel',
    );
    // 人件費 13,000,000 × 1/2 = 6,500,000 → 1人あたり上限 6,000,000円
    assert.equal(line?.amount, 6_000_000);
  });

  it('翌年度から派遣する予定のポストは、行も指摘もなく、予定である旨を示す（金額の入力も求めない）', () => {
    const data = dispatchExample('prefecture-recruitment-planned-post.json');
    const result = calculateSpecialistDispatch(data);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(
      result.lines.map((line) => line.id),
      ['recruitment'],
    );
    assert.match(result.notes[0]?.message ?? '', /令和9年4月1日から派遣する予定/);
    assert.equal(validateClaim(specialistDispatchContract, data).success, true);
  });

  it('自治法派遣の負担金: 開始年度（令和8年度）は対象、同じポストの翌年度は開始日と年度を示して退ける', () => {
    const first = dispatchExample('municipality-local-autonomy-dispatch.json');
    assert.deepEqual(
      calculateSpecialistDispatch(first).lines.map((line) => line.id),
      ['posts.0.contribution', 'posts.1.contribution'],
    );
    const later = dispatchExample('municipality-local-autonomy-dispatch.json');
    later.fiscalYear = 2027;
    const result = calculateSpecialistDispatch(later);
    const issue = result.issues.find((i) => i.path === 'posts.0.periodFrom');
    assert.equal(issue?.code, 'dispatch.notFirstYear');
    assert.match(
      issue?.message ?? '',
      /派遣開始日（令和8年4月1日）が令和8年度のため、令和9年度は派遣初年度ではなく/,
    );
    assert.equal(
      result.lines.some((line) => line.path === 'posts.0'),
      false,
    );
    assert.equal(result.claimable, false);
  });

  it('「派遣初年度である」と答えても、日付が2年目なら負担金は出ず、回答と日付の食い違いを両方示して指摘する', () => {
    const data = dispatchExample('municipality-local-autonomy-dispatch.json');
    data.fiscalYear = 2027;
    data.posts[0]!.firstDispatchYear = true;
    const result = calculateSpecialistDispatch(data);
    const issue = result.issues.find((i) => i.path === 'posts.0.firstDispatchYear');
    assert.equal(issue?.code, 'dispatch.firstYearContradicts');
    assert.match(issue?.message ?? '', /回答（派遣初年度である）.*令和8年4月1日、令和8年度/);
    assert.match(issue?.message ?? '', /令和9年度は派遣初年度ではありません/);
    assert.equal(
      result.lines.some((line) => line.path === 'posts.0'),
      false,
    );
  });

  it('日付と合う回答（開始年度に「派遣初年度である」）は指摘しない', () => {
    const data = dispatchExample('municipality-local-autonomy-dispatch.json');
    data.posts[0]!.firstDispatchYear = true;
    data.posts[1]!.firstDispatchYear = true;
    assert.deepEqual(calculateSpecialistDispatch(data).issues, []);
  });
});

describe('専門人材派遣: 区域外の団体', () => {
  it('奈良県と長野県川上村の協約は、確認すれば申請でき、警告（warning）が算定結果に残る', () => {
    const result = calculateSpecialistDispatch(
      dispatchExample('prefecture-outside-area-confirmed.json'),
    );
    assert.equal(result.claimable, true);
    const warnings = result.notes.filter((note) => note.warning === true);
    assert.equal(warnings.length, 1, '協約の当事者と派遣先が同じ団体なら警告は1件');
    assert.equal(warnings[0]?.path, 'agreements.0.parties.1.dantaiCode');
    assert.match(warnings[0]?.message ?? '', /団体コード 203041、長野県.*申請団体の奈良県の区域外/);
  });

  it('確認していなければ、確認の欄で指摘し、措置額は出さない（参考の額は残る）', () => {
    const data = dispatchExample('prefecture-outside-area-confirmed.json');
    delete data.outsideAreaConfirmed;
    const result = calculateSpecialistDispatch(data);
    assert.equal(result.issues[0]?.path, 'outsideAreaConfirmed');
    assert.equal(result.issues[0]?.code, 'dispatch.outsideAreaConfirm');
    assert.equal(result.totals.yen, 0);
    // 参考: (7,600,000 − 1,200,000) × 1/2 = 3,200,000円
    assert.equal(result.referenceTotals.yen, 3_200_000);
  });

  it('同じ県の団体だけなら警告も確認もない', () => {
    const result = calculateSpecialistDispatch(nagano());
    assert.deepEqual(
      result.notes.filter((note) => note.warning),
      [],
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

  it('募集経費は3つの協約の分をまとめて1行: (900,000+800,000+700,000)=2,400,000 × 1/2 = 1,200,000 → 1団体あたり上限 1,000,000円', () => {
    const lines = calculateSpecialistDispatch(nagano()).lines.filter(
      (l) => l.kind === 'recruitment',
    );
    assert.equal(lines.length, 1);
    assert.equal(lines[0]?.base, 2_400_000);
    assert.equal(lines[0]?.amount, 1_000_000);
    assert.equal(lines[0]?.capped, true);
    assert.equal(lines[0]?.group, undefined);
    assert.match(
      lines[0]?.explanation ?? '',
      /1団体あたりの上限 1,000,000円を適用して 1,000,000円/,
    );
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
    village.applicant.dantaiCode = village.posts[0]!.recipientCode;
    delete village.recruitmentItems;
    village.posts = [{ ...village.posts[0]!, dispatchForm: '自治法派遣', contribution: 7_000_000 }];
    const asVillage = calculateSpecialistDispatch(village);
    assert.deepEqual(
      asVillage.lines.map((l) => [l.kind, l.recipient, l.amount]),
      [['contribution', '派遣先', 3_500_000]],
    );
    assert.equal(validateClaim(specialistDispatchContract, village).success, true);
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
    assert.equal(validateClaim(specialistDispatchContract, data).success, true);
  });

  it('合計は円と千円で出る: 11,505,000円 = 11,505千円', () => {
    const result = calculateSpecialistDispatch(dispatchExample());
    assert.equal(result.claimable, true);
    assert.deepEqual(result.totals, { yen: 11_505_000, thousandYen: 11_505 });
    assert.deepEqual(result.referenceTotals, result.totals);
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
    assert.doesNotThrow(() =>
      calculateSpecialistDispatch({
        fiscalYear: 2026,
        role: '派遣先',
        agreements: [null, { parties: 'x' }],
        posts: [{ periodFrom: '1800-04-01', firstDispatchYear: true, dispatchForm: '自治法派遣' }],
        recruitedOccupations: 'x',
      } as never),
    );
  });
});
