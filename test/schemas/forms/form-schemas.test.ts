import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  completionFiscalYear,
  consolidationContract,
  formJsonSchema,
  issuesByPath,
  notificationAuthority,
  specialistDispatchContract,
  specialistDispatchSchema,
  validateClaim,
} from '@koiki/schemas';
import { consolidationExample, dispatchExample } from '../calculators/example-data.ts';

describe('専門人材派遣の項目間の規則', () => {
  it('職種「その他」は内容の入力を求める', () => {
    const data = dispatchExample();
    data.posts[0]!.occupation = 'その他';
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.deepEqual(byPath['posts.0.occupationOther'], [
      '「その他」を選んだときは、その内容を入力してください。',
    ]);
  });

  it('任期の定めのない常勤職員は 2つの確認事項の回答を求める', () => {
    const data = dispatchExample();
    delete data.posts[2]!.confirmations;
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(byPath['posts.2.confirmations']?.[0] ?? '', /2つの確認事項/);
  });

  it('派遣元の自治法派遣以外の職員には人件費を求め、負担金は任意', () => {
    const data = dispatchExample();
    delete data.posts[1]!.personnelCost;
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.deepEqual(Object.keys(byPath), ['posts.1.personnelCost']);
  });

  it('自治法派遣の職員は、派遣元の申請では人件費も負担金も求めない（隠れた項目は任意）', () => {
    const data = dispatchExample();
    data.posts[1] = { ...data.posts[1]!, dispatchForm: '自治法派遣' };
    delete data.posts[1].personnelCost;
    assert.equal(validateClaim(specialistDispatchContract, data).success, true);
  });

  it('協約に人数・期間がなく協定・覚書もなければ、その入力を求める', () => {
    const data = dispatchExample();
    delete data.agreements[0]!.memorandum;
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(byPath['agreements.0.memorandum']?.[0] ?? '', /協定・覚書の締結日/);
  });

  it('議決日が締結日より後なら指摘する', () => {
    const data = dispatchExample();
    data.agreements[0]!.parties[0]!.resolutionDate = '2026-02-01';
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.deepEqual(byPath['agreements.0.parties.0.resolutionDate'], [
      '議会の議決日は締結日以前の日付にしてください。',
    ]);
  });

  it('申請団体が協約の当事者でなければ指摘する', () => {
    const data = dispatchExample();
    data.applicant.dantaiCode = '390003';
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(
      byPath['agreements.0.parties']?.[0] ?? '',
      /申請団体が連携協約の当事者に含まれていません/,
    );
  });

  it('募集経費だけの年度（派遣元）はポストなしで通り、そのときは募集した職種を求める', () => {
    const data = dispatchExample('prefecture-recruitment-no-post-yet.json');
    assert.equal(validateClaim(specialistDispatchContract, data).success, true);
    delete data.recruitedOccupations;
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(byPath.recruitedOccupations?.[0] ?? '', /募集する職種を選んでください/);
  });

  it('募集経費のない申請（派遣先など）はポストを1件以上求める', () => {
    const data = dispatchExample('municipality-local-autonomy-dispatch.json');
    data.posts = [];
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(byPath.posts?.[0] ?? '', /1件以上入力してください/);
  });

  it('ポストの協約名は入力した協約のどれか、派遣先はその協約の当事者', () => {
    const data = dispatchExample('prefecture-three-agreements-three-villages.json');
    data.posts[0]!.agreementName = '存在しない協約';
    data.posts[1]!.recipientCode = data.posts[2]!.recipientCode;
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(
      byPath['posts.0.agreementName']?.[0] ?? '',
      /協約「存在しない協約」は入力した連携協約にありません/,
    );
    assert.match(
      byPath['posts.1.recipientCode']?.[0] ?? '',
      /派遣先団体が連携協約の当事者に含まれていません/,
    );
  });

  it('届出先は当事者から決まる: 都道府県が入れば総務大臣、市町村だけなら知事', () => {
    assert.equal(notificationAuthority(['290009', '294527']), '総務大臣');
    assert.equal(notificationAuthority(['294527', '294501']), '都道府県知事');
  });

  it('ほかの項目が未入力でも、派遣先の対象外はすぐに指摘する', () => {
    const result = validateClaim(specialistDispatchContract, {
      fiscalYear: 2026,
      posts: [{ recipientCode: '292010' }],
    });
    const byPath = issuesByPath(result);
    assert.match(byPath['posts.0.recipientCode']?.[0] ?? '', /奈良市は中核市/);
    assert.deepEqual(byPath.contact, ['入力してください。']);
  });
});

describe('集約化等の項目間の規則', () => {
  it('集約化等完了年度は尋ねず、供用開始日の年度になる（送られた完了年度は使わない）', () => {
    const data = consolidationExample();
    assert.equal(completionFiscalYear(data.initiatives[0]!), 2025);
    const initiative = { ...data.initiatives[0]!, completion: { fiscalYear: 2029 } };
    const sent = { ...data, initiatives: [initiative] };
    assert.equal(validateClaim(consolidationContract, sent).success, true);
    assert.equal(completionFiscalYear(initiative), 2025);
  });

  it('機能統合では、完了年度は機能統合を決定した日の年度', () => {
    const data = consolidationExample();
    data.initiatives[0]!.method = '機能統合';
    data.initiatives[0]!.integrationDecisionDate = '2026-05-10';
    assert.equal(completionFiscalYear(data.initiatives[0]!), 2026);
  });

  it('施設の設置団体は参加団体から選ぶ', () => {
    const data = consolidationExample();
    data.initiatives[0]!.sourceFacilities[0]!.ownerCode = '422011';
    const byPath = issuesByPath(validateClaim(consolidationContract, data));
    assert.match(
      byPath['initiatives.0.sourceFacilities.0.ownerCode']?.[0] ?? '',
      /「422011」は参加していません/,
    );
  });

  it('前年度までの措置額は対象年度より前、完了年度以降の年度だけ', () => {
    const data = consolidationExample();
    data.initiatives[0]!.earlierReceipts = [
      { fiscalYear: 2024, amount: 1 },
      { fiscalYear: 2027, amount: 1 },
    ];
    const byPath = issuesByPath(validateClaim(consolidationContract, data));
    const at = 'initiatives.0.earlierReceipts';
    assert.match(byPath[`${at}.0.fiscalYear`]?.[0] ?? '', /5年度間に含まれません/);
    assert.match(byPath[`${at}.1.fiscalYear`]?.[0] ?? '', /より前の年度/);
  });

  it('機能統合で円滑化経費を申請するなら、機能統合を決定した日が要る', () => {
    const data = consolidationExample();
    data.initiatives[0]!.method = '機能統合';
    const byPath = issuesByPath(validateClaim(consolidationContract, data));
    assert.match(
      byPath['initiatives.0.integrationDecisionDate']?.[0] ?? '',
      /機能統合を決定した日を入力してください/,
    );
  });
});

describe('メッセージ', () => {
  it('一般的な誤りは zod の日本語ロケール、必須・日付・金額は平易な日本語', () => {
    const data = dispatchExample() as unknown as Record<string, unknown>;
    const posts = data.posts as Record<string, unknown>[];
    posts[0]!.personnelCost = -5;
    posts[0]!.periodFrom = '2026/04/01';
    posts[0]!.employment = '臨時職員';
    delete (data.contact as Record<string, unknown>).name;
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.deepEqual(byPath['posts.0.personnelCost'], [
      '金額は0以上の整数（円単位）で入力してください。',
    ]);
    assert.match(byPath['posts.0.periodFrom']?.[0] ?? '', /2026-11-23/);
    assert.match(byPath['posts.0.employment']?.[0] ?? '', /無効な選択/);
    assert.deepEqual(byPath['contact.name'], ['入力してください。']);
  });

  it('国のシステムで扱えない文字（髙・①・半角カナ）を指摘する', () => {
    const data = dispatchExample();
    data.contact.name = '髙橋 ①ｶﾅ';
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(byPath['contact.name']?.[0] ?? '', /「髙、①、ｶ、ﾅ」は国のシステムで扱えない文字/);
  });

  it('importing the package leaves zod global configuration alone: a plain safeParse is not localised', () => {
    const result = specialistDispatchSchema.safeParse({ ...dispatchExample(), role: 'x' });
    const message = result.error?.issues.find((i) => i.path[0] === 'role')?.message ?? '';
    assert.doesNotMatch(message, /無効/);
  });

  it('契約の validator は日本語で答える（エンジン向け）', () => {
    const result = specialistDispatchContract.validator.safeParse({
      ...dispatchExample(),
      role: 'x',
    });
    const message = result.error?.issues.find((i) => i.path[0] === 'role')?.message ?? '';
    assert.match(message, /無効な選択/);
  });
});

describe('JSON Schema', () => {
  it('各様式の JSON Schema に全項目と schemaVersion が出る', () => {
    const schema = formJsonSchema(specialistDispatchContract) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
      required: string[];
      $id: string;
    };
    assert.ok(schema.$id.endsWith('/specialist-dispatch/v2.json'));
    assert.ok(schema.required.includes('posts'));
    assert.ok(schema.required.includes('agreements'));
    const consolidation = formJsonSchema(consolidationContract) as {
      properties: { initiatives: { items: { properties: Record<string, unknown> } } };
      $id: string;
    };
    assert.ok(consolidation.$id.endsWith('/consolidation-claim/v3.json'));
    const initiative = consolidation.properties.initiatives.items.properties;
    assert.ok(initiative.earlierReceipts);
    assert.ok(initiative.targetDecided);
  });
});
