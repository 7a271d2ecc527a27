import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { breakLines, NO_LINE_END, NO_LINE_START } from '../../packages/pdf/src/line-break.ts';

// Every character one unit wide, so widths are character counts.
const measure = (s: string) => [...s].length;

describe('禁則処理つきの改行', () => {
  it('句読点は行頭に来ず、前の行の文字と一緒に次の行へ送られる', () => {
    // Filling each line naively would give 「これは」「、テス」…
    const lines = breakLines('これは、テストです。', 3, measure);
    assert.deepEqual(lines, ['これ', 'は、テ', 'ストで', 'す。']);
    for (const line of lines) assert.ok(!NO_LINE_START.has(line[0] ?? ''), line);
  });

  it('閉じ括弧・長音・小書きの仮名は行頭に来ない', () => {
    for (const text of [
      '申請書（案）を提出',
      'データ」を確認',
      'ちょっとまって',
      'コーヒーカップ',
    ]) {
      // From 3: 「（案）」 cannot be split at all, so narrower lines must break it somewhere.
      for (let width = 3; width <= 6; width++) {
        const lines = breakLines(text, width, measure);
        assert.equal(lines.join(''), text);
        lines.slice(1).forEach((line) => {
          assert.ok(
            !NO_LINE_START.has([...line][0] ?? ''),
            `${text} @${width}: ${lines.join('|')}`,
          );
        });
      }
    }
  });

  it('開き括弧は行末に来ない', () => {
    for (let width = 2; width <= 8; width++) {
      const lines = breakLines('本文の「引用」と（注記）がある文章です', width, measure);
      lines.slice(0, -1).forEach((line) => {
        assert.ok(!NO_LINE_END.has([...line].at(-1) ?? ''), `@${width}: ${lines.join('|')}`);
      });
    }
  });

  it('英数字の語は途中で切らず、行末の空白は消える', () => {
    assert.deepEqual(breakLines('番号 ABC-12345 を入力', 10, measure), [
      '番号',
      'ABC-12345',
      'を入力',
    ]);
  });

  it('1行より長い語だけは文字の切れ目で折り返す', () => {
    assert.deepEqual(breakLines('https://example.jp/abc', 8, measure), [
      'https://',
      'example.',
      'jp/abc',
    ]);
  });

  it('長いメールアドレスは「@」か「.」の後でだけ折り返し、1文字だけの行を作らない', () => {
    const email = 'shichoson@pref.nara.example.lg.jp';
    for (let width = 10; width < email.length; width++) {
      const lines = breakLines(email, width, measure);
      assert.equal(lines.join(''), email);
      for (const line of lines.slice(0, -1)) {
        assert.match(line, /[@.]$/, `@${width}: ${lines.join('|')}`);
      }
    }
    assert.deepEqual(breakLines(email, 22, measure), ['shichoson@pref.nara.', 'example.lg.jp']);
  });

  it('改行はそのまま段落の区切りになり、空行も残る', () => {
    assert.deepEqual(breakLines('一行目\n\n三行目', 10, measure), ['一行目', '', '三行目']);
  });

  it('どんな文章でも、文字を失わず、各行が幅に収まる', () => {
    const alphabet = [...'あいうえおかきくけこ漢字申請、。「」（）ーっゃABC12 '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (chars, width) => {
          const text = chars.join('');
          const lines = breakLines(text, width, measure);
          for (const line of lines) assert.ok(measure(line) <= width, `${line} > ${width}`);
          // Only spaces at a break may disappear.
          assert.equal(lines.join('').replace(/ /g, ''), text.replace(/ /g, ''));
        },
      ),
    );
  });
});
