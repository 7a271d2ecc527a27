// Sample documents for the tests and for looking at the output (render-sample.ts).
// Generic content: the pdf package knows no form, so neither do its tests.
import type { Block, PdfDocumentSpec } from '../../packages/pdf/src/spec.ts';

export const GENERATED_AT = new Date('2026-04-01T00:30:00Z'); // 09:30 JST

const municipalities = [
  '山川町',
  '海辺村',
  '北森市',
  '南原町',
  '東谷村',
  '西岡町',
  '中島市',
  '上野村',
  '下田町',
  '高原村',
];

/** Forty label–value fields in four sections. */
function fortyFields(): Block[] {
  const sections: Block[] = [];
  for (let s = 0; s < 4; s++) {
    sections.push({
      kind: 'section',
      title: `${s + 1}　記入事項（その${s + 1}）`,
      rows: Array.from({ length: 10 }, (_, i) => ({
        label: `項目 ${s * 10 + i + 1}`,
        value:
          i === 3
            ? '複数の団体が連携して取り組む事業の概要を記入する欄です。「括弧」や句読点、（注）などが行頭・行末に来ないよう、禁則処理をして折り返します。'
            : `${municipalities[i] ?? ''}　値 ${s * 10 + i + 1}`,
        path: `section${s + 1}.item${i + 1}`,
      })),
    });
  }
  return sections;
}

export function tenRowTable(rows = 10): Block {
  return {
    kind: 'table',
    title: '経費の内訳',
    columns: [
      { header: 'No.', width: 1, align: 'center' },
      { header: '団体名', width: 3 },
      { header: '区分', width: 3 },
      { header: '金額（円）', width: 3, align: 'right' },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      String(i + 1),
      municipalities[i % municipalities.length] ?? '',
      i % 2 ? '委託料' : '人件費',
      (1_234_000 + i * 105_500).toLocaleString('ja-JP'),
    ]),
    rowPaths: Array.from({ length: rows }, (_, i) => `costs.${i}`),
  };
}

/** Two pages: header, 40 fields, a 10-row table, amounts, a fixed box. */
export function sampleSpec(): PdfDocumentSpec {
  return {
    title: 'サンプル事業に係る申請書',
    formId: 'sample-form',
    schemaVersion: 3,
    formName: 'サンプル事業に係る申請書',
    reference: [{ text: '山総第１２号' }, { text: '令和8年4月1日' }],
    addressee: '総務大臣　殿',
    sender: [{ text: '山川町長　山田 太郎', path: 'applicant.head' }, { text: '（公印省略）' }],
    blocks: [
      {
        kind: 'paragraph',
        text: '下記のとおり申請します。なお、記載内容に相違ありません。',
      },
      { kind: 'heading', text: '1　申請内容' },
      ...fortyFields(),
      tenRowTable(),
      {
        kind: 'amounts',
        title: '金額の計算',
        rows: [
          { label: '対象経費の合計', amount: '17,087,500円' },
          { label: '措置率を乗じた額', amount: '8,543,750円' },
          { label: '措置額（千円未満切り捨て）', amount: '8,543,000円', total: true },
        ],
      },
      {
        kind: 'box',
        label: '備考',
        heightMm: 22,
        text: '連携協約に基づき、圏域の各団体へ専門人材を派遣する。派遣先の調整は中心市が行い、各団体は経費を按分して負担する。',
      },
    ],
    data: {
      sample: true,
      fields: Array.from({ length: 40 }, (_, i) => `値 ${i + 1}`),
      amount: 8_543_000,
    },
    meta: { author: '山川町', subject: 'サンプル事業に係る申請', keywords: ['サンプル'] },
  };
}
