// Each rule of the training form (seed 003; SPEC §2.3) refuses one case, at the exact path of the
// answer to change and in the words of the form's message table. Each case starts from a valid
// example and changes one thing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { issuesByPath } from '@koiki/schemas';
import { type TrainingClaim, trainingClaimContract } from '@koiki/schemas/forms/training-claim';
import { trainingExample } from './training-examples.ts';

const TOWN = 'town-own-staff-gx.json';
const PREFECTURE = 'prefecture-wide-area-three-municipalities.json';
const VILLAGE = 'village-two-challenges-odd-yen.json';

/** The issues of `data` by path, and the domain codes by path. */
function check(data: TrainingClaim) {
  const result = trainingClaimContract.validator.safeParse(data);
  const codes: Record<string, unknown[]> = {};
  for (const issue of result.error?.issues ?? []) {
    if (issue.code !== 'custom') continue;
    const key = issue.path.join('.');
    codes[key] = [...(codes[key] ?? []), issue.params?.code];
  }
  return { byPath: issuesByPath(result), codes, success: result.success };
}

/** Asserts that `data` fails only at `path`, with exactly `messages` there. */
function assertOnly(data: TrainingClaim, path: string, messages: string[]): void {
  const { byPath } = check(data);
  assert.deepEqual(byPath, { [path]: messages });
}

describe('研修の区分と申請団体', () => {
  it('都道府県が「自団体職員向け」を選ぶと、普通交付税の措置なのでこの様式では申請できない（trainingKind）', () => {
    const data = trainingExample(PREFECTURE);
    data.trainingKind = '自団体職員向け';
    delete data.participants;
    delete data.programmes[0]!.wideAreaStated;
    assertOnly(data, 'trainingKind', [
      '都道府県が「自団体職員向け」の研修を行うときは普通交付税で措置されるため、この様式（特別交付税の申請）の対象ではありません。',
    ]);
    assert.deepEqual(check(data).codes.trainingKind, ['training.kindByOrdinaryAllocation']);
  });

  it('市町村が「広域研修」を選ぶと、都道府県が開催して申請する区分だと示す（trainingKind）', () => {
    const data = trainingExample(PREFECTURE);
    data.applicant.dantaiCode = '203238'; // 御代田町
    assertOnly(data, 'trainingKind', [
      '「広域研修」の研修は都道府県が開催して申請するものです。申請団体は市町村のため、この区分では申請できません。自団体の職員向けの研修は「自団体職員向け」を選んでください。',
    ]);
    assert.deepEqual(check(data).codes.trainingKind, ['training.kindNotForLevel']);
  });

  it('令和6年度（2024）は措置の創設前なので、対象年度で止める（rules.measureNotInForce）', () => {
    const data = trainingExample(TOWN);
    data.fiscalYear = 2024;
    assertOnly(data, 'fiscalYear', [
      '新たな政策課題に関する人材育成の研修は令和7年度に創設された措置のため、令和6年度は対象になりません。対象年度を確認してください。',
    ]);
    assert.deepEqual(check(data).codes.fiscalYear, ['rules.measureNotInForce']);
  });
});

describe('人材育成基本方針と新たな政策課題（要件①）', () => {
  it('策定日が策定指針の公表日（令和5年12月22日）より前の基本方針は対象外（policy.adoptedDate）', () => {
    const data = trainingExample(TOWN);
    data.policy.adoptedDate = '2023-12-21';
    assertOnly(data, 'policy.adoptedDate', [
      '人材育成基本方針の策定日（令和5年12月21日）が、「人材育成・確保基本方針策定指針」の公表日（令和5年12月22日）より前です。この措置は、指針を参考に新たに策定した基本方針に基づく研修が対象です。',
    ]);
  });

  it('公表日の当日に策定した基本方針は通る', () => {
    const data = trainingExample(TOWN);
    data.policy.adoptedDate = '2023-12-22';
    assert.equal(check(data).success, true);
  });

  it('研修プログラムの政策課題が、入力した政策課題にないと指摘する（programmes.N.challengeName）', () => {
    const data = trainingExample(VILLAGE);
    data.programmes[1]!.challengeName = '多文化共生';
    assertOnly(data, 'programmes.1.challengeName', [
      '政策課題「多文化共生」は、入力した新たな政策課題にありません。基本方針に位置づけた政策課題から選び直してください。',
    ]);
  });

  it('同じ名称の政策課題が2件あると、後の方に重複を示す（challenges.N.name）', () => {
    const data = trainingExample(VILLAGE);
    data.challenges[1]!.name = 'インバウンド戦略';
    data.programmes[1]!.challengeName = 'インバウンド戦略';
    assertOnly(data, 'challenges.1.name', [
      '同じ名称の政策課題が2件あります。研修プログラムから選べるように、名称で区別してください。',
    ]);
  });

  it('政策課題が0件なら1件以上を求める（challenges）', () => {
    const data = trainingExample(TOWN);
    data.challenges = [];
    const { byPath } = check(data);
    assert.deepEqual(byPath.challenges, ['新たな政策課題を1件以上入力してください。']);
  });

  it('記載箇所に実施計画を選び、実施計画の名称がなければ求める（policy.implementationPlanName）', () => {
    const data = trainingExample(VILLAGE);
    delete data.policy.implementationPlanName;
    assertOnly(data, 'policy.implementationPlanName', [
      '記載箇所に実施計画を選んだときは、実施計画の名称を入力してください。',
    ]);
  });
});

describe('研修プログラム（要件②③）', () => {
  it('研修プログラムが0件なら1件以上を求める（programmes）', () => {
    const data = trainingExample(TOWN);
    data.programmes = [];
    assertOnly(data, 'programmes', ['研修プログラムを1件以上入力してください。']);
  });

  it('育成する職員数の数値目標がなければ、その欄で common.required として止める（programmes.0.staffTarget）', () => {
    const data = trainingExample(TOWN);
    delete (data.programmes[0] as Partial<TrainingClaim['programmes'][number]>).staffTarget;
    assertOnly(data, 'programmes.0.staffTarget', [
      '入力してください。',
      '研修プログラム1「GX推進リーダー育成研修」の育成する職員数の数値目標（人）を入力してください。数値目標の設定は措置の要件（③）です。',
    ]);
    assert.deepEqual(check(data).codes['programmes.0.staffTarget'], ['common.required']);
  });

  it('数値目標は1人以上・100000人以下の整数', () => {
    const data = trainingExample(TOWN);
    data.programmes[0]!.staffTarget = 0;
    assertOnly(data, 'programmes.0.staffTarget', ['1以上の整数（人）で入力してください。']);
    data.programmes[0]!.staffTarget = 100_001;
    assertOnly(data, 'programmes.0.staffTarget', ['100000以下の整数（人）で入力してください。']);
    data.programmes[0]!.staffTarget = 2.5;
    assertOnly(data, 'programmes.0.staffTarget', ['1以上の整数（人）で入力してください。']);
  });

  it('広域研修で、市町村を含む広域的な研修であることを明示していなければ止める（programmes.N.wideAreaStated）', () => {
    const data = trainingExample(PREFECTURE);
    data.programmes[0]!.wideAreaStated = false;
    assertOnly(data, 'programmes.0.wideAreaStated', [
      '広域研修では、研修プログラムに市町村を含む広域的な研修であることと、市町村の数値目標を明示する必要があります。明示していれば「はい」を選んでください。',
    ]);
  });

  it('自団体職員向けでは、広域的な研修の明示を求めない', () => {
    const data = trainingExample(TOWN);
    assert.equal(data.programmes[0]!.wideAreaStated, undefined);
    assert.equal(check(data).success, true);
  });
});

describe('広域研修の参加市町村', () => {
  it('参加市町村が0団体なら1団体以上を求める（participants）', () => {
    const data = trainingExample(PREFECTURE);
    data.participants = [];
    assertOnly(data, 'participants', [
      '広域研修では、研修に参加する市町村を1団体以上入力してください。',
    ]);
  });

  it('参加団体に都道府県のコードは入れられない（participants.N.dantaiCode）', () => {
    const data = trainingExample(PREFECTURE);
    data.participants![1]!.dantaiCode = '150002'; // 新潟県
    assertOnly(data, 'participants.1.dantaiCode', [
      '団体コード「150002」は都道府県のコードです。参加団体には、職員が研修に参加する市町村を入力してください。',
    ]);
  });

  it('申請団体自身は参加市町村にならない', () => {
    const data = trainingExample(PREFECTURE);
    data.participants![0]!.dantaiCode = '200000';
    assertOnly(data, 'participants.0.dantaiCode', [
      '申請団体自身は参加市町村に入れません。職員が研修に参加する市町村を入力してください。',
    ]);
  });

  it('同じ市町村が2回入ると、後の方に重複を示す', () => {
    const data = trainingExample(PREFECTURE);
    data.participants![2]!.dantaiCode = '203033';
    assertOnly(data, 'participants.2.dantaiCode', [
      '同じ市町村が2回入っています。重複を削除してください。',
    ]);
  });

  it('市町村の数値目標がなければ、その行で common.required として止める', () => {
    const data = trainingExample(PREFECTURE);
    delete (data.participants![1] as { staffTarget?: number }).staffTarget;
    assertOnly(data, 'participants.1.staffTarget', [
      '入力してください。',
      '参加市町村2行目の育成する職員数の数値目標（人）を入力してください。数値目標の設定は措置の要件（③）です。',
    ]);
    assert.deepEqual(check(data).codes['participants.1.staffTarget'], ['common.required']);
  });

  it('市町村が要件①～③を満たすことを確かめていなければ止める（meetsRequirements）', () => {
    const data = trainingExample(PREFECTURE);
    data.participants![2]!.meetsRequirements = false;
    assertOnly(data, 'participants.2.meetsRequirements', [
      '参加する市町村も要件①～③（新たな政策課題の基本方針への位置づけ、研修内容の明示、育成する職員数の数値目標）を満たす必要があります。満たしていれば「はい」を選んでください。',
    ]);
  });

  it('自団体職員向けでは参加市町村を見ない（残っていても検査しない）', () => {
    const data = trainingExample(TOWN);
    data.participants = [
      { dantaiCode: '200000', staffTarget: 1, policyName: '方針', meetsRequirements: false },
    ];
    assert.equal(check(data).success, true);
  });
});

describe('対象経費', () => {
  it('広域研修に研修受講経費（職員旅費）の行があると、その行の経費の種類で止める', () => {
    const data = trainingExample(PREFECTURE);
    data.costItems.push({ category: '職員旅費', description: '町村職員の旅費', amount: 64_800 });
    assertOnly(data, 'costItems.3.category', [
      '「広域研修」の研修で対象となる経費は研修開催経費だけです。「職員旅費」は研修受講経費のため対象外です。',
    ]);
    assert.deepEqual(check(data).codes['costItems.3.category'], ['training.categoryNotForKind']);
  });

  it('広域研修の eラーニング利用料も研修受講経費なので対象外', () => {
    const data = trainingExample(PREFECTURE);
    data.costItems[0]!.category = 'eラーニング利用料';
    assert.deepEqual(Object.keys(check(data).byPath), ['costItems.0.category']);
  });

  it('自団体職員向けは研修開催経費と研修受講経費のどちらも通る', () => {
    const data = trainingExample(TOWN);
    const categories = new Set(data.costItems.map((item) => item.category));
    assert.ok(categories.has('講師謝金') && categories.has('eラーニング利用料'));
    assert.equal(check(data).success, true);
  });

  it('対象経費が0件なら1件以上を求める（costItems）', () => {
    const data = trainingExample(TOWN);
    data.costItems = [];
    assertOnly(data, 'costItems', ['対象経費を1件以上入力してください。']);
  });
});
