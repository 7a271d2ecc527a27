// The PDF of every valid example: it builds, is a sound PDF, carries its data, and prints the amounts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { readPdfData } from '@koiki/pdf';
import { formatThousandYen, formatYen, formSchemas } from '@koiki/schemas';
import { withPdfFile } from '../../pdf/pdf-tools.ts';
import { examplePdf } from './example-pdf.ts';
import { validExamples } from './examples.ts';

const textOf = (bytes: Uint8Array) =>
  withPdfFile(bytes, (path) =>
    execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  );

describe('専門人材派遣の PDF', () => {
  for (const example of validExamples) {
    describe(example.file, async () => {
      const pdf = await examplePdf(example.data);
      const text = textOf(pdf.bytes);
      const amounts = formSchemas['specialist-dispatch'].calculate(example.data);

      it('qpdf --check を通る', () => {
        withPdfFile(pdf.bytes, (path) => execFileSync('qpdf', ['--check', path]));
      });

      it('埋め込んだデータを読み戻せる', async () => {
        const embedded = await readPdfData(pdf.bytes);
        assert.equal(embedded.formId, 'specialist-dispatch');
        assert.equal(embedded.schemaVersion, 1);
        assert.equal(
          formSchemas['specialist-dispatch'].validator.safeParse(embedded.data).success,
          true,
        );
      });

      it('算定調書に各行の算定額と合計（円・千円）が載る', () => {
        assert.ok(amounts.lines.length > 0);
        for (const line of amounts.lines)
          assert.ok(text.includes(formatYen(line.amount)), line.label);
        assert.ok(text.includes(formatYen(amounts.totals.yen)));
        assert.ok(text.includes(formatThousandYen(amounts.totals.yen)));
        assert.match(text, /算定調書/);
        assert.match(text, /600万円程度/);
      });

      it('宛先は申請の経路に従う（都道府県は総務大臣、市町村は都道府県知事）', () => {
        const addressee = example.data.role === '派遣元' ? /総務大臣\s+殿/ : /奈良県知事\s+殿/;
        assert.match(text, addressee);
        assert.match(text, /担当者/);
        assert.match(text, new RegExp(example.data.contact.name.replace(' ', '\\s*')));
      });

      it('役割に合わせて、派遣元は人件費と募集経費、派遣先は負担金を載せる', () => {
        if (example.data.role === '派遣元') {
          assert.match(text, /人件費と派遣先からの負担金/);
          assert.match(text, /募集経費/);
        } else {
          assert.match(text, /4\s+負担金/);
          assert.doesNotMatch(text, /募集経費/);
        }
      });
    });
  }

  it('上限を適用した行は「適用」と上限額を示す（3人の例の税務職員）', async () => {
    const example = validExamples.find((e) => e.file === 'prefecture-three-people.json');
    assert.ok(example);
    const text = textOf((await examplePdf(example.data)).bytes);
    assert.match(text, /上限を適用した行：人件費（税務・税務課 徴収担当）（上限 6,000,000円）/);
  });

  it('添付ファイルは申請書の後ろに結合される', async () => {
    const example = validExamples[0];
    assert.ok(example);
    const plain = await examplePdf(example.data);
    const withAttachment = await examplePdf(example.data, [
      { name: '協約書.pdf', bytes: plain.bytes },
    ]);
    assert.ok(withAttachment.totalPages > plain.totalPages);
    assert.equal(withAttachment.formPages, plain.formPages);
  });
});
