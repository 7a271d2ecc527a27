// The migrations of the claim model v2 (issue 15), on the claims the old code saved.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  consolidationContract,
  consolidationFromVersion1,
  consolidationFromVersion2,
  migrateClaim,
  specialistDispatchContract,
  specialistFromVersion1,
  validateClaim,
} from '@koiki/schemas';
import { lostLeaves, v1Fixture } from '../../fixtures/v1/v1-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: claim data read from JSON, checked by the assertions
type Json = Record<string, any>;

const specialistV1 = v1Fixture('specialist-dispatch.v1.json') as Json;
const consolidationV2 = v1Fixture('consolidation-claim.v2.json') as Json;

describe('専門人材派遣 版1 → 版2', () => {
  const migrated = specialistFromVersion1(specialistV1) as Json;

  it('1つの連携協約は agreements の1件目になり、agreement と recipient はなくなる', () => {
    assert.deepEqual(migrated.agreements, [specialistV1.agreement]);
    assert.equal('agreement' in migrated, false);
    assert.equal('recipient' in migrated, false);
  });

  it('どの派遣も、その協約名と版1の派遣先（393444 大豊町）を持つ', () => {
    assert.equal(migrated.posts.length, 2);
    for (const [index, post] of migrated.posts.entries()) {
      assert.equal(post.agreementName, '高知県と大豊町との連携協約（専門人材の派遣）');
      assert.equal(post.recipientCode, '393444');
      assert.deepEqual(
        { ...post, agreementName: undefined, recipientCode: undefined },
        {
          ...specialistV1.posts[index],
          agreementName: undefined,
          recipientCode: undefined,
        },
      );
    }
  });

  it('派遣初年度の答え（firstDispatchYear）は述べられた答えとして残る', () => {
    assert.deepEqual(
      migrated.posts.map((post: Json) => post.firstDispatchYear),
      [true, true],
    );
  });

  it('版1の値はひとつ残らず版2のデータにある', () => {
    assert.deepEqual(lostLeaves(specialistV1, migrated), []);
  });

  it('移行したデータは版2の schema で有効', () => {
    const result = validateClaim(specialistDispatchContract, migrated);
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  });

  it('派遣をまだ入力していない下書きでも、派遣先は最初の派遣に残る', () => {
    const draft = {
      role: '派遣元',
      agreement: { name: '協約A' },
      recipient: { dantaiCode: '294527' },
    };
    assert.deepEqual(specialistFromVersion1(draft), {
      role: '派遣元',
      agreements: [{ name: '協約A' }],
      posts: [{ agreementName: '協約A', recipientCode: '294527' }],
    });
  });

  it('版2の形のデータやオブジェクトでない値は、そのまま返す', () => {
    const v2 = { agreements: [], posts: [] };
    assert.equal(specialistFromVersion1(v2), v2);
    assert.equal(specialistFromVersion1('壊れた値'), '壊れた値');
  });
});

describe('集約化等 版2 → 版3', () => {
  const migrated = consolidationFromVersion2(consolidationV2) as Json;
  const [initiative] = migrated.initiatives;

  it('取組・参加団体・施設・措置区分・経費・前年度までの措置額は、1つの取組にまとまる', () => {
    assert.equal(migrated.initiatives.length, 1);
    assert.deepEqual(initiative, {
      ...consolidationV2.initiative,
      otherParties: consolidationV2.otherParties,
      sourceFacilities: consolidationV2.sourceFacilities,
      targetDecided: true,
      targetFacility: consolidationV2.targetFacility,
      stages: consolidationV2.stages,
      smoothingItems: consolidationV2.smoothingItems,
      earlierReceipts: consolidationV2.earlierReceipts,
    });
    for (const key of ['initiative', 'otherParties', 'sourceFacilities', 'targetFacility']) {
      assert.equal(key in migrated, false, key);
    }
    assert.deepEqual(migrated.applicant, consolidationV2.applicant);
    assert.deepEqual(migrated.attachments, consolidationV2.attachments);
  });

  it('版2の値はひとつ残らず版3のデータにある', () => {
    assert.deepEqual(lostLeaves(consolidationV2, migrated), []);
  });

  it('移行したデータは版3の schema で有効', () => {
    const result = validateClaim(consolidationContract, migrated);
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  });

  it('集約先に何も入っていなければ「集約先は未定」になり、空の集約先は持たない', () => {
    const open = consolidationFromVersion2({ initiative: { name: '検討' }, targetFacility: {} });
    assert.deepEqual(open, {
      initiatives: [{ name: '検討', targetDecided: false }],
    });
    const begun = consolidationFromVersion2({ targetFacility: { kind: '新設' } }) as Json;
    assert.equal(begun.initiatives[0].targetDecided, true);
  });

  it('施設の種類「公営企業」は「その他の公営企業」になる（集約元・集約先とも）', () => {
    const old = {
      sourceFacilities: [
        { name: '市営バス車庫', type: '公営企業' },
        { name: '市立図書館', type: '図書館' },
      ],
      targetFacility: { name: '共同車庫', type: '公営企業' },
    };
    const [one] = (consolidationFromVersion2(old) as Json).initiatives;
    assert.deepEqual(
      one.sourceFacilities.map((facility: Json) => facility.type),
      ['その他の公営企業', '図書館'],
    );
    assert.equal(one.targetFacility.type, 'その他の公営企業');
  });

  it('版3の形のデータやオブジェクトでない値は、そのまま返す', () => {
    const v3 = { initiatives: [] };
    assert.equal(consolidationFromVersion2(v3), v3);
    assert.equal(consolidationFromVersion2(null), null);
  });
});

describe('集約化等 版1 → 版2（完了年度は尋ねず、根拠の日付から求める）', () => {
  it('機能統合の決定日は取組の integrationDecisionDate へ移る', () => {
    const old = {
      initiative: { name: '給食センターの統合', method: '機能統合' },
      completion: { fiscalYear: 2025, basis: '機能統合の決定日', basisDate: '2025-09-10' },
    };
    assert.deepEqual(consolidationFromVersion1(old), {
      initiative: {
        name: '給食センターの統合',
        method: '機能統合',
        integrationDecisionDate: '2025-09-10',
      },
    });
  });

  it('供用開始日は、まだ空のときだけ集約先の serviceStartDate へ移る', () => {
    const completion = { fiscalYear: 2025, basis: '供用開始日', basisDate: '2025-10-05' };
    assert.deepEqual(
      consolidationFromVersion1({ targetFacility: { name: '図書館' }, completion }),
      {
        targetFacility: { name: '図書館', serviceStartDate: '2025-10-05' },
      },
    );
    assert.deepEqual(
      consolidationFromVersion1({ targetFacility: { serviceStartDate: '2025-11-01' }, completion }),
      { targetFacility: { serviceStartDate: '2025-11-01' } },
    );
  });
});

describe('migrateClaim（ポータルのサーバーと CLI が使う）', () => {
  it('版1の専門人材派遣を版2へ移す', () => {
    const result = migrateClaim(specialistDispatchContract, specialistV1, 1);
    assert.deepEqual(result, {
      ok: true,
      data: specialistFromVersion1(specialistV1),
      from: 1,
      to: specialistDispatchContract.schemaVersion,
    });
  });

  it('版1の集約化等は 1 → 2 → 3 の順にすべての手順を通る', () => {
    const old = {
      initiative: { name: '給食センターの統合', method: '機能統合' },
      targetFacility: {},
      completion: { fiscalYear: 2025, basis: '機能統合の決定日', basisDate: '2025-09-10' },
    };
    const result = migrateClaim(consolidationContract, old, 1);
    assert.deepEqual(result, {
      ok: true,
      data: {
        initiatives: [
          {
            name: '給食センターの統合',
            method: '機能統合',
            integrationDecisionDate: '2025-09-10',
            targetDecided: false,
          },
        ],
      },
      from: 1,
      to: consolidationContract.schemaVersion,
    });
  });

  it('今の版のデータは変えずに返す', () => {
    const data = { agreements: [] };
    const result = migrateClaim(specialistDispatchContract, data, 2);
    assert.equal(result.ok && result.data, data);
  });

  it('版を述べないデータは、形から版を見分けて移す', () => {
    const result = migrateClaim(specialistDispatchContract, specialistV1);
    assert.equal(result.ok && result.from, 1);
    assert.deepEqual(result.ok && result.data, specialistFromVersion1(specialistV1));
  });

  it('今より新しい版・版でない値は、理由を添えて断る', () => {
    const current = specialistDispatchContract.schemaVersion;
    assert.deepEqual(migrateClaim(specialistDispatchContract, {}, current + 1), {
      ok: false,
      message: `schemaVersion ${current + 1} のデータは、この版（${current}）より新しい版で作られたため読み込めません。新しい版で開いてください。`,
    });
    const zero = migrateClaim(specialistDispatchContract, {}, 0);
    assert.match(zero.ok ? '' : zero.message, /1 以上の整数/);
    const text = migrateClaim(consolidationContract, {}, '2');
    assert.equal(text.ok, false);
  });

  it('各様式の契約の migrate は、最初の版から今の版まで欠けずにつながる', () => {
    for (const contract of [specialistDispatchContract, consolidationContract]) {
      for (let version = 1; version < contract.schemaVersion; version++) {
        assert.equal(typeof contract.migrate[version], 'function', `${contract.id} ${version}`);
      }
    }
  });
});
