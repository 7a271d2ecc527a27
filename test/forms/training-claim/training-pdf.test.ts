// What the training claim's 算定調書 says: the 基本方針, each 課題 with where ① is written, each
// programme with ② and ③, the participating 市町村 of a 広域研修 with their targets, the cost lines
// by 区分, 0.5 × 対象経費 with the 1円未満 dropped, the total in 千円 (交付税法22条), and the values
// used with their source (上限なし). The amounts below are worked out by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trainingClaim } from '../../../forms/training-claim/index.ts';
import { examplePdf, pdfText } from '../example-pdf.ts';
import { ownStaffClaim, wideAreaClaim } from './training-claims.ts';

/** The 別紙 (pages after the 鑑), without white space: pdftotext breaks lines inside cells. */
async function annexOf(data: ReturnType<typeof ownStaffClaim>): Promise<string> {
  const text = pdfText((await examplePdf(trainingClaim, data)).bytes);
  return text.split('\f').slice(1).join('').replace(/\s+/g, '');
}

/** Asserts that `parts` appear in `text` in this order. */
function assertInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part.replace(/\s+/g, ''), from);
    assert.ok(at >= 0, `「${part}」が「${parts[0]}」の後に見つかりません`);
    from = at + 1;
  }
}

/** Page 1 (the 鑑), without white space. */
async function letterOf(data: ReturnType<typeof ownStaffClaim>): Promise<string> {
  const text = pdfText((await examplePdf(trainingClaim, data)).bytes);
  return (text.split('\f')[0] ?? '').replace(/\s+/g, '');
}

describe('鑑', () => {
  it('町は県知事あてに、措置の名称と申請額（円・千円）と区分ごとの額を記す', async () => {
    assertInOrder(await letterOf(ownStaffClaim()), [
      '長野県知事殿',
      '小布施町長大宮透',
      '令和8年度の新たな政策課題に関する地方公務員の人材育成に係る地方交付税措置（特別交付税）について、下記のとおり申請します。',
      '申請額171,582円（172千円）',
      '研修開催経費112,660円',
      '研修受講経費58,922円',
      '以上',
    ]);
  });

  it('県の広域研修は総務大臣あて', async () => {
    assertInOrder(await letterOf(wideAreaClaim()), ['総務大臣殿', '長野県知事阿部守一']);
  });
});

describe('町の自団体職員向けの算定調書', async () => {
  const annex = await annexOf(ownStaffClaim());

  it('基本方針と策定日、課題と中長期的な計画等・基本方針での位置づけ（要件①）を載せる', () => {
    assertInOrder(annex, [
      '研修の区分',
      '自団体職員向け',
      '小布施町人材育成基本方針',
      '令和7年3月25日',
      '新たな政策課題（要件①）',
      'GX（脱炭素）の推進',
      '第六次小布施町総合計画',
      // The plan's second line (its 記載箇所) comes after the row's first line in the text.
      '人材育成基本方針第3章1・8頁',
      '基本計画第2章3(1)・24頁',
    ]);
  });

  it('研修プログラムの目的・日程・対象職員と、研修内容（②）・数値目標（③）の記載箇所を載せる', () => {
    assertInOrder(annex, [
      '研修プログラム1：GX推進リーダー育成研修',
      '脱炭素の施策を企画・推進できる職員を育てる',
      '令和8年6月～令和9年2月に全6回',
      '主事・主任級の一般行政職員',
      '研修内容の記載（要件②）人材育成基本方針第4章2・15頁',
      '数値目標（要件③）30人（令和10年度まで）人材育成基本方針第4章3・17頁',
    ]);
    assert.doesNotMatch(annex, /参加市町村と数値目標/);
  });

  it('対象経費を区分ごとに小計して載せる', () => {
    assertInOrder(annex, [
      '対象経費の内訳',
      '研修開催経費講師謝金',
      '180,000',
      '研修開催経費講師旅費',
      '45,321',
      '研修開催経費小計225,321',
      '研修受講経費eラーニング利用料',
      '研修受講経費小計117,845',
      '対象経費の計343,166',
    ]);
  });

  it('区分ごとに 0.5 × 対象経費 の1円未満を切り捨て、合計を千円に22条で丸める', () => {
    // 225,321 × 0.5 = 112,660.5 → 112,660円; 117,845 × 0.5 = 58,922.5 → 58,922円;
    // 171,582円 → 172千円 (582円は500円以上なので1,000円に切上げ).
    assertInOrder(annex, [
      '措置額の算定',
      '研修開催経費',
      '225,321',
      '0.5',
      '上限なし',
      '112,660',
      '研修受講経費',
      '117,845',
      '0.5',
      '上限なし',
      '58,922',
      '計算式',
      '×0.5=112,660円（1円未満切捨て・上限なし）',
      '×0.5=58,922円（1円未満切捨て・上限なし）',
      '研修開催経費112,660円＋研修受講経費58,922円=171,582円',
      '171,582円→172千円（地方交付税法第22条により、500円未満を切り捨て、500円以上を1,000円に切り上げ）',
      '合計（円）171,582円',
      '172千円',
    ]);
  });

  it('算定に用いた値に、措置率・上限なし・策定指針の日付を出典とともに載せる', () => {
    assertInOrder(annex, [
      '算定に用いた値',
      '措置率（自団体職員向け）0.5',
      '措置額の上限上限なし',
      '人材育成基本方針の策定日令和5年12月22日以後',
      '出典：総務省',
    ]);
  });
});

describe('県の広域研修の算定調書', async () => {
  const annex = await annexOf(wideAreaClaim());

  it('実施計画の名称、プログラムの広域研修の明示、参加市町村ごとの数値目標と要件①～③を載せる', () => {
    assertInOrder(annex, [
      '研修の区分広域研修',
      '実施計画長野県人材育成実施計画',
      '研修プログラム1：多文化共生推進研修（県・市町村合同）',
      '数値目標（要件③）40人',
      '広域研修と市町村目標の明示あり',
      '参加市町村と数値目標',
      '1川上村4川上村人材育成基本方針満たす',
      '2南牧村3南牧村人材育成基本方針満たす',
      '計7',
    ]);
  });

  it('研修開催経費だけを 0.5 で算定する（790,001 × 0.5 = 395,000円、395千円）', () => {
    assertInOrder(annex, [
      '研修開催経費小計790,001',
      '×0.5=395,000円（1円未満切捨て・上限なし）',
      '395,000円→395千円',
    ]);
    assert.doesNotMatch(annex, /研修受講経費\d/);
  });
});
