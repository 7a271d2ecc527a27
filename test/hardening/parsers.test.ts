// Fuzzing every parser of @koiki/schemas: whatever is typed, no exception, and every value
// a parser accepts passes the same parser again (and the formatter's output parses back).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  type Dantai,
  dantaiCheckDigit,
  findNonJisCharacters,
  formatFiscalYear,
  formatWareki,
  formatYen,
  isIsoDate,
  isValidDantaiCode,
  loadDantaiList,
  normalizeText,
  parseDantaiCode,
  parseDate,
  parseFiscalYear,
  parseYen,
  searchDantai,
} from '@koiki/schemas';
import fc from 'fast-check';
import { anyText, isoDateInRange, runs, toFullWidth } from './typed-text.ts';

/** A refusal is a Japanese sentence, never an English error. */
function assertJapaneseRefusal(result: { ok: boolean; message?: string }) {
  if (result.ok) return;
  assert.match(result.message ?? '', /[\u3040-\u30ff\u4e00-\u9fff]/);
  assert.doesNotMatch(result.message ?? '', /Error|undefined|NaN/);
}

const amount = fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }).map(Number);

describe('金額 (parseYen) を何万通り入力しても', () => {
  it('例外を出さず、読めた金額は 0 以上の安全な整数で、3桁区切りにして読み直しても同じ金額になる', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseYen(text);
        assertJapaneseRefusal(result);
        if (!result.ok) return;
        assert.ok(Number.isSafeInteger(result.value) && result.value >= 0, text);
        assert.deepEqual(parseYen(formatYen(result.value)), { ok: true, value: result.value });
      }),
      runs,
    );
  });

  it('0 から Number.MAX_SAFE_INTEGER までの金額を 半角/全角・3桁区切りで書くと元の金額に戻る', () => {
    fc.assert(
      fc.property(amount, fc.boolean(), (value, wide) => {
        const written = wide ? toFullWidth(formatYen(value)) : formatYen(value);
        assert.deepEqual(parseYen(written), { ok: true, value }, written);
        assert.deepEqual(parseYen(`${formatYen(value)}円`), { ok: true, value });
      }),
      runs,
    );
  });

  it('「○億○万○千○」と単位で書いた金額は BigInt で計算した値と一致する', () => {
    const part = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(part(89_999), part(9_999), part(9), part(999), (oku, man, sen, rest) => {
        const text = `${oku}億${man}万${sen}千${rest}`;
        const expected =
          BigInt(oku) * 10n ** 8n + BigInt(man) * 10n ** 4n + BigInt(sen) * 1000n + BigInt(rest);
        assert.deepEqual(parseYen(text), { ok: true, value: Number(expected) }, text);
      }),
      runs,
    );
  });
});

describe('日付 (parseDate) を何万通り入力しても', () => {
  it('例外を出さず、読めた日付は実在する ISO 日付で、平成元年1月8日以降、読み直しても同じになる', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseDate(text);
        assertJapaneseRefusal(result);
        if (!result.ok) return;
        assert.ok(isIsoDate(result.value), `${text} → ${result.value}`);
        assert.ok(result.value >= '1989-01-08', `${text} → ${result.value}`);
        assert.deepEqual(parseDate(result.value), result);
        assert.deepEqual(parseDate(formatWareki(result.value)), result);
      }),
      runs,
    );
  });

  it('平成元年1月8日から9999年12月31日までのどの日も、和暦・西暦・R8.11.23 形式で元の日付に戻る', () => {
    fc.assert(
      fc.property(isoDateInRange, (iso) => {
        assert.deepEqual(parseDate(iso), { ok: true, value: iso });
        assert.deepEqual(parseDate(formatWareki(iso)), { ok: true, value: iso });
        assert.deepEqual(parseDate(iso.replaceAll('-', '')), { ok: true, value: iso });
        const wareki = /^(令和|平成)(元|\d+)年(\d+)月(\d+)日$/.exec(formatWareki(iso));
        assert.ok(wareki);
        const [, era, year, month, day] = wareki;
        const initial = era === '令和' ? 'R' : 'H';
        const short = `${initial}${year === '元' ? 1 : year}.${month}.${day}`;
        assert.deepEqual(parseDate(short), { ok: true, value: iso }, short);
      }),
      runs,
    );
  });
});

describe('年度 (parseFiscalYear) を何万通り入力しても', () => {
  it('例外を出さず、読めた年度は整数で、和暦の年度名・西暦から読み直しても同じになる', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseFiscalYear(text);
        assertJapaneseRefusal(result);
        if (!result.ok) return;
        assert.ok(Number.isInteger(result.value) && result.value >= 1989, text);
        assert.deepEqual(parseFiscalYear(formatFiscalYear(result.value)), result);
        assert.deepEqual(parseFiscalYear(String(result.value)), result);
      }),
      runs,
    );
  });

  it('「令和N年度」「RN」は 2018＋N年度、「平成N年度」は 1988＋N年度 になる', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7980 }), (n) => {
        const expected = 2018 + n;
        assert.deepEqual(parseFiscalYear(`令和${n}年度`), { ok: true, value: expected });
        assert.deepEqual(parseFiscalYear(`R${n}`), { ok: true, value: expected });
        if (n <= 31)
          assert.deepEqual(parseFiscalYear(`平成${n}年度`), { ok: true, value: 1988 + n });
      }),
      runs,
    );
  });
});

describe('団体コード (parseDantaiCode) を何万通り入力しても', () => {
  it('例外を出さず、読めたコードは検査数字の合う6桁で、読み直しても同じになる', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseDantaiCode(text);
        assertJapaneseRefusal(result);
        if (!result.ok) return;
        assert.match(result.value, /^\d{6}$/);
        assert.ok(isValidDantaiCode(result.value));
        assert.deepEqual(parseDantaiCode(result.value), result);
      }),
      runs,
    );
  });

  it('どの5桁にも検査数字を付ければ（全角・ハイフン入りでも）受け付け、違う6桁目は断る', () => {
    const fiveDigits = fc.string({
      unit: fc.constantFrom(...'0123456789'),
      minLength: 5,
      maxLength: 5,
    });
    fc.assert(
      fc.property(fiveDigits, fc.integer({ min: 1, max: 9 }), (first5, shift) => {
        const check = dantaiCheckDigit(first5);
        const code = `${first5}${check}`;
        assert.deepEqual(parseDantaiCode(code), { ok: true, value: code });
        const wide = `${first5.slice(0, 2)}－${first5.slice(2)}${check}`.replace(/\d/g, (d) =>
          String.fromCharCode(d.charCodeAt(0) + 0xfee0),
        );
        assert.deepEqual(parseDantaiCode(wide), { ok: true, value: code }, wide);
        const wrong = parseDantaiCode(`${first5}${(check + shift) % 10}`);
        assert.equal(wrong.ok, false);
      }),
      runs,
    );
  });
});

describe('文字の正規化とJIS外の文字の検出を何万通り試しても', () => {
  it('normalizeText は例外を出さず、2度かけても変わらず、前後に空白を残さない', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        assert.equal(normalizeText(once), once);
        assert.equal(once, once.trim());
      }),
      runs,
    );
  });

  it('findNonJisCharacters はどの位置の文字か正しく示し、日本語の理由を添え、ASCII は指摘しない', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findNonJisCharacters(text);
        for (const { char, index, reason } of found) {
          assert.equal(text.slice(index, index + char.length), char);
          assert.doesNotMatch(char, /^[\x20-\x7e\t\n\r]$/);
          assert.match(reason, /^「.+」は/su);
        }
        // What is left after removing the flagged characters has nothing more to flag.
        const flagged = new Set(found.map((f) => f.index));
        let rest = '';
        let index = 0;
        for (const char of text) {
          if (!flagged.has(index)) rest += char;
          index += char.length;
        }
        assert.deepEqual(findNonJisCharacters(rest), []);
      }),
      runs,
    );
  });
});

describe('団体の検索 (searchDantai) に何万通りの語を入れても', () => {
  let list: readonly Dantai[] = [];
  before(async () => {
    list = await loadDantaiList();
  });

  it('例外を出さず、上限件数以内で、一覧にある団体だけを返す', () => {
    const codes = new Set<string>();
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 30 }), (query, limit) => {
        if (codes.size === 0) for (const d of list) codes.add(d.code);
        const found = searchDantai(list, query, limit);
        assert.ok(found.length <= limit);
        for (const dantai of found) assert.ok(codes.has(dantai.code));
      }),
      runs,
    );
  });

  it('一覧のどの団体も、コードで探すと先頭に、都道府県名＋名前で探すと結果の中に出てくる', () => {
    assert.ok(list.length > 1700);
    for (const dantai of list) {
      assert.equal(searchDantai(list, dantai.code)[0]?.code, dantai.code);
      const byName = searchDantai(list, dantai.prefectureName + dantai.name, 50);
      assert.ok(
        byName.some((d) => d.code === dantai.code),
        dantai.name,
      );
    }
  });
});
