import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controlKind, controlKindNames, type Dantai } from '@koiki/schemas';

const question = {
  label: '派遣形態',
  options: [
    { value: '自治法派遣', label: '自治法派遣（地方自治法第252条の17）' },
    { value: 'その他', label: 'その他の派遣' },
  ],
};
const dantaiList: Dantai[] = [
  {
    code: '294527',
    name: '川上村',
    kana: 'かわかみむら',
    kind: '村',
    prefectureCode: '29',
    prefectureName: '奈良県',
    parentCode: '290009',
  },
];
const context = { dantaiList };

describe('部品の一覧（表示と読み取り）', () => {
  it('どの部品の種類にも、表示・読み取り・空の値がある', () => {
    assert.ok(controlKindNames.length >= 14);
    for (const name of controlKindNames) {
      const entry = controlKind(name);
      assert.equal(typeof entry.display, 'function', name);
      assert.equal(typeof entry.parse, 'function', name);
      assert.equal(entry.display(undefined, question, context), '', name);
    }
  });

  it('「６００万」「1,200,000」を金額として読み、「6,000,000円」と表示する', () => {
    const yen = controlKind('yen');
    assert.deepEqual(yen.parse('６００万', question, context), { ok: true, value: 6_000_000 });
    assert.deepEqual(yen.parse('1,200,000', question, context), { ok: true, value: 1_200_000 });
    assert.equal(yen.parse('たくさん', question, context).ok, false);
    assert.equal(yen.display(6_000_000, question, context), '6,000,000円');
  });

  it('選択肢は値でも表示名でも読み取り、表示名で表示する', () => {
    const radio = controlKind('radio');
    assert.deepEqual(radio.parse('その他の派遣', question, context), { ok: true, value: 'その他' });
    assert.deepEqual(radio.parse(' 自治法派遣 ', question, context), {
      ok: true,
      value: '自治法派遣',
    });
    assert.equal(radio.parse('出向', question, context).ok, false);
    assert.equal(radio.display('その他', question, context), 'その他の派遣');
  });

  it('団体は名前でも団体コードでも読み取り、名前・都道府県・コードで表示する', () => {
    const dantai = controlKind('dantai');
    assert.deepEqual(dantai.parse('川上村', question, context), { ok: true, value: '294527' });
    assert.deepEqual(dantai.parse('２９４５２７', question, context), {
      ok: true,
      value: '294527',
    });
    assert.equal(dantai.parse('川下村', question, context).ok, false);
    assert.equal(dantai.display('294527', question, context), '川上村（奈良県） 294527');
  });

  it('日付・年度・小数・はい/いいえを読み取り、和暦で表示する', () => {
    assert.deepEqual(controlKind('date').parse('令和8年4月1日', question, context), {
      ok: true,
      value: '2026-04-01',
    });
    assert.equal(
      controlKind('date').display('2026-04-01', question, context).includes('令和8年'),
      true,
    );
    assert.deepEqual(controlKind('fiscal-year').parse('R8', question, context), {
      ok: true,
      value: 2026,
    });
    assert.deepEqual(controlKind('decimal').parse('３,２８０.１５', question, context), {
      ok: true,
      value: 3280.15,
    });
    assert.deepEqual(controlKind('boolean').parse('はい', question, context), {
      ok: true,
      value: true,
    });
    assert.equal(controlKind('boolean').display(false, question, context), 'いいえ');
  });

  it('表・添付ファイルは貼り付けでは読み取らず、日本語で理由を返す', () => {
    const result = controlKind('attachment').parse('a.pdf', question, context);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /貼り付けでは入力できません/);
  });
});
