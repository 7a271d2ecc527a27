// The PDF of every valid example: it builds, is a sound PDF, carries its data, and prints the amounts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { readPdfData } from '@koiki/pdf';
import { formatYen, formSchemas, isPrefectureCode, toThousandYen } from '@koiki/schemas';
import { withPdfFile } from '../../pdf/pdf-tools.ts';
import { examplePdf } from './example-pdf.ts';
import { example, validExamples } from './examples.ts';

const textOf = (bytes: Uint8Array) =>
  withPdfFile(bytes, (path) =>
    execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  );

// pdftotext may put spaces between words of one table cell.
const escapeChar = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const loose = (text: string) => new RegExp(text.split('').map(escapeChar).join('\\s*'));

describe('集約化等の PDF', () => {
  for (const { file, data } of validExamples) {
    describe(file, async () => {
      const pdf = await examplePdf(data);
      const text = textOf(pdf.bytes);
      const amounts = formSchemas['consolidation-claim'].calculate(data);

      it('qpdf --check を通る', () => {
        withPdfFile(pdf.bytes, (path) => execFileSync('qpdf', ['--check', path]));
      });

      it('埋め込んだデータを読み戻せる', async () => {
        const embedded = await readPdfData(pdf.bytes);
        assert.equal(embedded.formId, 'consolidation-claim');
        assert.equal(embedded.schemaVersion, 2);
        assert.equal(
          formSchemas['consolidation-claim'].validator.safeParse(embedded.data).success,
          true,
        );
        assert.deepEqual(embedded.data, data);
      });

      it('算定調書に各行の算定額と合計（円・千円）と計算式が載る', () => {
        assert.ok(amounts.lines.length > 0);
        for (const line of amounts.lines) {
          assert.ok(text.includes(formatYen(line.amount)), line.label);
          assert.ok(text.includes(formatYen(line.base)), line.label);
        }
        assert.ok(text.includes(formatYen(amounts.totals.yen)));
        assert.ok(text.includes(`${formatYen(toThousandYen(amounts.totals.yen))} 千円`));
        assert.match(text, /算定調書/);
        assert.match(text, /計算式/);
        assert.match(text, /算定に用いた値/);
      });

      it('取組・参加団体・施設・延床面積の増減・措置区分を載せる', () => {
        assert.match(text, loose(data.initiative.name));
        for (const party of data.otherParties) assert.match(text, loose(party.role));
        for (const facility of data.sourceFacilities) assert.match(text, loose(facility.name));
        assert.match(text, /延床面積の増減/);
        assert.match(text, /公共施設等適正管理推進事業債/);
        assert.match(text, /申請する措置区分/);
      });

      it('算定調書は1ページに収まる（見出しから出典まで同じページ）', () => {
        const page = text.split('\f').find((p) => p.includes('算定調書'));
        assert.ok(page);
        assert.match(page, /出典/);
      });

      it('宛先は申請の経路に従う（都道府県は総務大臣、市町村は都道府県知事）', () => {
        assert.match(
          text,
          isPrefectureCode(data.applicant.dantaiCode) ? /総務大臣\s+殿/ : /(長崎|高知)県知事\s+殿/,
        );
        assert.match(text, /担当者/);
        assert.match(text, loose(data.contact.name.replace(' ', '')));
        assert.match(text, /令和9年11月20日/);
      });
    });
  }

  it('3年度目の例は、円滑化経費の上限の残りと前年度までの措置額を示す', async () => {
    const { data } = example('prefecture-city-library-third-year.json');
    const text = textOf((await examplePdf(data)).bytes);
    assert.match(text, /前年度までに措置された円滑化経費/);
    assert.match(text, /令和8年度\s+24,000,000/);
    assert.match(text, /円滑化経費の上限（令和7年度～令和11年度の合計）/);
    assert.match(text, /前年度までの措置額\s+42,000,000 円/);
    assert.match(text, /上限の残り（今年度の措置後）\s+0\s*円/);
    assert.match(text, /上限を適用した行：円滑化経費（上限 8,000,000円）/);
    assert.match(text, /令和7年度～令和11年度。令和9年度は3年度目です。/);
  });

  it('調査検討経費だけの例は、円滑化経費の表を載せない', async () => {
    const { data } = example('prefecture-city-research-stage.json');
    const text = textOf((await examplePdf(data)).bytes);
    assert.match(text, /調査検討経費/);
    assert.doesNotMatch(text, /前年度までに措置された円滑化経費/);
    assert.match(text, /秋田地域スポーツ施設組合/);
  });

  it('機能統合の例は、完了年度の根拠を機能統合の決定日として示す', async () => {
    const { data } = example('function-integration-school-lunch.json');
    const text = textOf((await examplePdf(data)).bytes);
    assert.match(text, /機能統合の決定日：令和7年9月10日/);
  });

  it('両方の措置区分を申請する例は、経費の表を2つ、番号を続けて載せる', async () => {
    const { data } = example('prefecture-library-both-stages.json');
    const text = textOf((await examplePdf(data)).bytes);
    assert.match(text, /4\s+調査検討経費/);
    assert.match(text, /5\s+円滑化経費/);
    assert.match(text, /\(1\) 調査検討経費\s+2,400,000/);
    assert.match(text, /\(2\) 円滑化経費\s+15,150,000/);
    assert.match(text, /13,320 千円/);
  });

  it('添付ファイルは申請書の後ろに結合される', async () => {
    const { data } = example('prefecture-city-library-third-year.json');
    const plain = await examplePdf(data);
    const withAttachment = await examplePdf(data, [{ name: '協定書.pdf', bytes: plain.bytes }]);
    assert.ok(withAttachment.totalPages > plain.totalPages);
    assert.equal(withAttachment.formPages, plain.formPages);
  });
});
