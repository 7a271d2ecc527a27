import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { jis0208KanjiBitmap, jis0208Others } from '../../../schemas/data/jis0208.ts';
import {
  findNonJisCharacters,
  normalizeText,
  textOnLeave,
} from '../../../schemas/src/values/text.ts';

const flagged = (text: string) => findNonJisCharacters(text).map((found) => found.char);

describe('文字の正規化 (normalizeText)', () => {
  it('全角英数は半角に、半角カナは全角に', () => {
    assert.equal(normalizeText('ＡＢＣ１２３ ｶﾀｶﾅ'), 'ABC123 カタカナ');
  });
  it('数字の間のハイフンに似た文字は「-」にそろえる', () => {
    assert.equal(normalizeText('０３ー１２３４−５６７８'), '03-1234-5678');
    assert.equal(normalizeText('1‐2–3—4―5'), '1-2-3-4-5');
  });
  it('数字の間でなければ長音はそのまま', () =>
    assert.equal(normalizeText('データー1'), 'データー1'));
  it('前後の空白を取る', () => assert.equal(normalizeText('　山田 '), '山田'));
});

describe('入力欄を離れたときに残す文字 (textOnLeave)', () => {
  it('自由記述は入力したとおり（前後の空白だけ除く）', () => {
    const typed = '連携協約（専門人材の派遣）『第２版』　延床１，２００㎡';
    assert.equal(textOnLeave(` ${typed}　`), typed);
  });
  it('全角で打った電話番号・内線・メールは半角にそろえる', () => {
    assert.equal(textOnLeave('０７４２ー２７ー８４１３'), '0742-27-8413');
    assert.equal(textOnLeave('２３５１'), '2351');
    assert.equal(textOnLeave('ｓｏｍｕ＠ｖｉｌｌ．ｅｘａｍｐｌｅ．ｊｐ'), 'somu@vill.example.jp');
  });
  it('どんな文字列でも例外を出さず、2度かけても変わらず、かな・漢字を含む文は前後の空白を除くだけ', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const once = textOnLeave(text);
        assert.equal(textOnLeave(once), once);
        if (/[ぁ-ん一-龠]/.test(text)) assert.equal(once, text.trim());
      }),
    );
  });
  it('㎡ は国のシステムに出す文字として扱う（様式自体が印字する）', () => {
    assert.deepEqual(flagged('延床面積 1,200㎡'), []);
  });
});

describe('JIS第1・第2水準にない文字 (findNonJisCharacters)', () => {
  it('the generated table has the 6,879 characters of JIS X 0208', () => {
    const kanji = [...Buffer.from(jis0208KanjiBitmap, 'base64')].reduce((sum, byte) => {
      let bits = 0;
      for (let b = byte; b; b >>= 1) bits += b & 1;
      return sum + bits;
    }, 0);
    assert.equal(kanji + [...jis0208Others].length, 6879);
  });
  it('ふつうの漢字・かな・英数字は通す', () => {
    assert.deepEqual(flagged('東京都千代田区霞が関2-1-2 総務省 ABC ｘ　〒100'), []);
    assert.deepEqual(flagged('～〜－−'), [], 'both mappings of 1-33 and 1-61 are JIS X 0208');
  });
  it('半角カナを見つけて全角で入力するよう言う', () => {
    const [found] = findNonJisCharacters('ｶﾅ');
    assert.equal(found?.char, 'ｶ');
    assert.match(found?.reason ?? '', /半角カナ.*全角カナ「カ」/);
  });
  it('機種依存文字 ①, ㈱, Ⅰ, ㍻ を見つけ、書き換え例を示す', () => {
    const found = findNonJisCharacters('①㈱Ⅰ㍻');
    assert.deepEqual(
      found.map((f) => f.char),
      ['①', '㈱', 'Ⅰ', '㍻'],
    );
    assert.match(found[1]?.reason ?? '', /機種依存文字.*\(株\)/);
    assert.match(found[3]?.reason ?? '', /平成/);
  });
  it('𠮷 (BMP外) を見つけ、index は UTF-16 の位置', () => {
    const found = findNonJisCharacters('a𠮷野家𠮷');
    assert.deepEqual(
      found.map((f) => [f.char, f.index]),
      [
        ['𠮷', 1],
        ['𠮷', 5],
      ],
    );
    assert.match(found[0]?.reason ?? '', /4バイト文字/);
  });
  it('第1・第2水準にない漢字 髙・﨑 を見つける', () => {
    const found = findNonJisCharacters('髙橋 山﨑');
    assert.deepEqual(
      found.map((f) => [f.char, f.index]),
      [
        ['髙', 0],
        ['﨑', 4],
      ],
    );
    assert.match(found[0]?.reason ?? '', /漢字/);
  });
  it('どんな文字列でも例外を投げず、見つけた文字には理由がある', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) =>
        findNonJisCharacters(text).every(
          (found) => found.reason.length > 0 && text.slice(found.index).startsWith(found.char),
        ),
      ),
    );
  });
});

describe('同じ文を何度調べても（入力のたびに様式全体を検査する）', () => {
  it('2回目も同じ答えで、返した一覧を書き換えても次の答えは変わらない', () => {
    const text = '髙橋ｶﾅ①テスト';
    const first = findNonJisCharacters(text);
    assert.deepEqual(
      first.map((found) => found.char),
      ['髙', 'ｶ', 'ﾅ', '①'],
    );
    first.pop();
    first[0]!.char = '書き換え';
    assert.deepEqual(findNonJisCharacters(text), findNonJisCharacters(`${text}`));
    assert.deepEqual(
      findNonJisCharacters(text).map((found) => found.char),
      ['髙', 'ｶ', 'ﾅ', '①'],
    );
  });
});
