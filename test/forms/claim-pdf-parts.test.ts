// The 算定調書's shared parts as a finance officer reads them on paper: a table per 連携協約 / 取組
// with its 小計 after the lines of the whole claim, the 団体's total in 円 and 千円, 「参考」 on
// every amount of a claim that cannot be claimed (the reasons first), and warnings as 「確認事項」.
// The claims here are written by hand; every figure expected is computed by hand in the comments.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BuiltPdf, buildPdf, type PdfDocumentSpec, type PdfFonts } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import type { ClaimLine, ClaimResult, RuleSource } from '@koiki/schemas';
import {
  annexHead,
  claimStatementBlocks,
  letterBlocks,
  type StatementOptions,
} from '../../forms/claim-pdf-parts.ts';
import { blankWords, pageText } from '../pdf/pdf-tools.ts';

const source: RuleSource = {
  title: '広域連携について',
  publisher: '総務省',
  issued: '令和7年4月1日現在',
  detail: '概要',
};
const half = { numerator: 1, denominator: 2 };
const kawakami = { path: 'agreements.0', label: '川上村保健師派遣協約' };
const nanmoku = { path: 'agreements.1', label: '南牧村税務職員派遣協約' };

const line = (fields: Partial<ClaimLine> & Pick<ClaimLine, 'id' | 'label' | 'base' | 'amount'>) =>
  ({
    kind: 'personnel',
    recipient: '派遣元',
    path: fields.id,
    rate: half,
    cap: 6_000_000,
    capped: false,
    explanation: `${fields.label}の計算`,
    ...fields,
  }) as ClaimLine;

// 募集経費 2,400,000 × 0.5 = 1,200,000 → 上限 1,000,000 (capped).
// 川上村: 人件費 8,000,000 × 0.5 = 4,000,000.
// 南牧村: 14,000,000 × 0.5 = 7,000,000 → 6,000,000 (capped); 3,000,000 × 0.5 = 1,500,000; 小計 7,500,000.
// Total 1,000,000 + 4,000,000 + 7,500,000 = 12,500,000円 = 12,500千円.
const lines: ClaimLine[] = [
  line({
    id: 'posts.0.personnel',
    label: '人件費（保健師）',
    base: 8_000_000,
    amount: 4_000_000,
    group: kawakami,
  }),
  line({
    id: 'recruitment',
    kind: 'recruitment',
    label: '募集経費',
    path: 'recruitmentItems',
    base: 2_400_000,
    cap: 1_000_000,
    amount: 1_000_000,
    capped: true,
    explanation: '募集経費の上限 1,000,000円（1団体あたり、すべての協約の合計）',
  }),
  line({
    id: 'posts.1.personnel',
    label: '人件費（税務・徴収）',
    base: 14_000_000,
    amount: 6_000_000,
    capped: true,
    group: nanmoku,
  }),
  line({
    id: 'posts.2.personnel',
    label: '人件費（税務・課税）',
    base: 3_000_000,
    amount: 1_500_000,
    group: nanmoku,
  }),
];

const warning = {
  path: 'posts.1.recipientCode',
  warning: true,
  message:
    '派遣先の群馬県（103667）は、申請団体の長野県の区域外の団体です。誤りでないことを確認してください。',
};

const claimable: ClaimResult = {
  lines,
  claimable: true,
  totals: { yen: 12_500_000, thousandYen: 12_500 },
  referenceTotals: { yen: 12_500_000, thousandYen: 12_500 },
  issues: [],
  notes: [warning, { path: 'posts.0', message: '負担金は派遣先が申請します。' }],
  parameters: {
    fiscalYear: 2026,
    fiscalYearLabel: '令和8年度',
    ruleTitle: '地方公務員の人材確保に係る特別交付税措置',
    used: [{ label: '措置率', value: '0.5', source }],
  },
};

const notClaimable: ClaimResult = {
  ...claimable,
  claimable: false,
  totals: { yen: 0, thousandYen: 0 },
  issues: [
    {
      code: 'dispatch.notFirstYear',
      path: 'posts.2',
      message: '負担金は派遣初年度に限り対象です。',
    },
  ],
};

const options: StatementOptions = {
  lineNumbers: { recruitment: '(1)', personnel: '(2)' },
  labelWidth: 3,
  groupName: '連携協約',
};

const letterData = {
  applicant: { dantaiCode: '200000', headName: '阿部 守一', documentNumber: '長市第1号' },
  contact: {
    department: '企画振興部 市町村課',
    name: '山田 花子',
    phone: '026-232-0111',
    email: 'shichoson@pref.nagano.lg.jp',
  },
};

let fonts: PdfFonts | undefined;

async function pdfOf(amounts: ClaimResult): Promise<BuiltPdf> {
  const spec: PdfDocumentSpec = {
    title: '特別交付税の申請について',
    formId: 'claim-pdf-parts-test',
    schemaVersion: 2,
    blocks: [
      ...letterBlocks(letterData, {
        body: '下記のとおり申請します。',
        fiscalYear: '令和8年度',
        amounts,
        lineNumbers: options.lineNumbers,
        groupName: '連携協約',
        attachments: [],
        filesAppended: false,
      }),
      ...annexHead(amounts, '長野県'),
      ...claimStatementBlocks(amounts, options),
    ],
    data: {},
    meta: { author: '長野県' },
  };
  fonts ??= await loadNodeFonts();
  const built = await buildPdf(spec, fonts, { generatedAt: new Date('2026-11-20T01:00:00Z') });
  return built;
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Asserts that `needles` appear in `text` in this order (white space ignored). */
function assertInOrder(text: string, needles: string[]): void {
  const haystack = compact(text);
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(compact(needle), from);
    assert.ok(at >= 0, `「${needle}」 is missing after position ${from}:\n${text}`);
    from = at + compact(needle).length;
  }
}

/** The text of every page after the 鑑 (the 算定調書), in page order. */
function annexText(pdf: BuiltPdf): string {
  return Array.from({ length: pdf.formPages - 1 }, (_, i) => pageText(pdf.bytes, i + 2)).join('\n');
}

describe('算定調書の共通部分（協約・取組ごとの表、団体の合計、参考、確認事項）', () => {
  describe('申請できる申請', async () => {
    const pdf = await pdfOf(claimable);
    const letter = pageText(pdf.bytes, 1);
    const annex = annexText(pdf);

    it('鑑の申請額は 12,500,000円（12,500千円）、団体全体の (1) 募集経費と協約ごとの小計が続く', () => {
      assertInOrder(letter, [
        '申請額',
        '12,500,000円（12,500千円）',
        '(1) 募集経費　1,000,000円',
        '連携協約「川上村保健師派遣協約」　4,000,000円',
        '連携協約「南牧村税務職員派遣協約」　7,500,000円',
        '以上',
      ]);
      assert.doesNotMatch(letter, /参考/);
    });

    it('団体全体の行が先、協約ごとの表が見出しと小計つきで続き、団体の合計が円と千円で載る', () => {
      assertInOrder(annex, [
        '団体全体',
        '(1) 募集経費',
        '連携協約：川上村保健師派遣協約',
        '(2) 人件費（保健師）',
        '4,000,000',
        '小計',
        '4,000,000',
        '連携協約：南牧村税務職員派遣協約',
        '(2) 人件費（税務・徴収）',
        '6,000,000',
        '(2) 人件費（税務・課税）',
        '1,500,000',
        '小計',
        '7,500,000',
        '措置額の合計',
        '団体全体',
        '1,000,000円',
        '連携協約：川上村保健師派遣協約',
        '4,000,000円',
        '連携協約：南牧村税務職員派遣協約',
        '7,500,000円',
        '合計（円）',
        '12,500,000円',
        '12,500千円',
      ]);
      assert.doesNotMatch(annex, /参考/);
    });

    it('上限を適用した行を、協約の名前と上限額とともに挙げる', () => {
      assertInOrder(annex, [
        '上限を適用した行：',
        '募集経費（上限 1,000,000円）',
        '人件費（税務・徴収）（南牧村税務職員派遣協約、上限 6,000,000円）',
      ]);
    });

    it('警告は「確認事項」として番号つきで印字し、ふつうの注記は ※ で続く', () => {
      assertInOrder(annex, ['確認事項', '1', '群馬県（103667）', '※ 負担金は派遣先が申請します。']);
      assert.doesNotMatch(annex, /※\s*派遣先の群馬県/);
    });

    it('印字した文字に空白の字がない（描画して確かめる）', () => {
      assert.deepEqual(
        blankWords(pdf.bytes).map((w) => w.text),
        [],
      );
    });
  });

  describe('申請できない申請（参考）', async () => {
    const pdf = await pdfOf(notClaimable);
    const letter = pageText(pdf.bytes, 1);
    const annex = annexText(pdf);

    it('鑑の申請額は 0円、算定額の合計 12,500,000円 と内訳は「参考」と記す', () => {
      assertInOrder(letter, [
        '申請額',
        '0円（0千円）',
        'このままでは申請できないため0円です（算定額の合計 12,500,000円 は参考）',
        '参考：(1) 募集経費　1,000,000円',
        '参考：連携協約「南牧村税務職員派遣協約」　7,500,000円',
      ]);
    });

    it('算定の前に理由を挙げ、表・小計・合計のどれも「参考」と記し、申請できる額は 0円', () => {
      assertInOrder(annex, [
        '【参考】この申請は、このままでは申請できません（申請できる額：0円）',
        '・負担金は派遣初年度に限り対象です。',
        '団体全体（参考）',
        '参考額（円）',
        '連携協約：川上村保健師派遣協約（参考）',
        '小計（参考）',
        '連携協約：南牧村税務職員派遣協約（参考）',
        '小計（参考）',
        '7,500,000',
        '措置額の合計（参考）',
        '参考：算定額の合計（円）',
        '12,500,000円',
        '参考：算定額の合計（千円',
        '12,500千円',
        '申請できる額',
        '0円',
      ]);
      assert.doesNotMatch(annex, /^合計（円）/m, 'no total reads as claimable');
    });
  });

  describe('協約・取組のない申請（v1 と同じ一つの表）', async () => {
    const flat: ClaimResult = {
      ...claimable,
      lines: [lines[1]!],
      totals: { yen: 1_000_000, thousandYen: 1_000 },
      referenceTotals: { yen: 1_000_000, thousandYen: 1_000 },
      notes: [],
    };
    const annex = annexText(await pdfOf(flat));

    it('表は「算定の内訳」の一つで、小計の行も団体全体の見出しもない', () => {
      assertInOrder(annex, ['算定の内訳', '(1) 募集経費', '合計（円）', '1,000,000円']);
      assert.doesNotMatch(annex, /小計|団体全体|確認事項/);
    });
  });

  describe('上限の定めのない行（cap: null）', async () => {
    // 対象経費 165,001 × 0.5 = 82,500.5 → 82,500円 = 83千円 (500円以上は切上げ).
    const uncapped = line({
      id: 'costs',
      label: '対象経費',
      base: 165_001,
      amount: 82_500,
      cap: null,
    });
    const annex = annexText(
      await pdfOf({
        ...claimable,
        lines: [uncapped],
        totals: { yen: 82_500, thousandYen: 83 },
        referenceTotals: { yen: 82_500, thousandYen: 83 },
        notes: [],
      }),
    );

    it('上限の欄に「上限なし」と印字し、上限を適用した行はない', () => {
      assertInOrder(annex, ['対象経費', '165,001', '0.5', '上限なし', '82,500', '83']);
      assertInOrder(annex, ['上限を適用した行はありません。']);
    });
  });
});
