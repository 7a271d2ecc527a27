import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headOfficeName, headTitle } from '../../../schemas/src/reference/head-title.ts';

describe('首長の職名（団体の種類から）', () => {
  it('都道府県は知事、市・区・町・村はそれぞれの長、一部事務組合は管理者、広域連合は広域連合長', () => {
    assert.equal(headTitle('都道府県'), '知事');
    assert.equal(headTitle('政令市'), '市長');
    assert.equal(headTitle('市'), '市長');
    assert.equal(headTitle('特別区'), '区長');
    assert.equal(headTitle('町'), '町長');
    assert.equal(headTitle('村'), '村長');
    assert.equal(headTitle('一部事務組合'), '管理者');
    assert.equal(headTitle('広域連合'), '広域連合長');
  });
  it('団体名に続けるときは重なる字を1度だけ書く：奈良県知事、川上村長、四日市市長、千代田区長', () => {
    assert.equal(headOfficeName('奈良県', '都道府県'), '奈良県知事');
    assert.equal(headOfficeName('東京都', '都道府県'), '東京都知事');
    assert.equal(headOfficeName('川上村', '村'), '川上村長');
    assert.equal(headOfficeName('四日市市', '市'), '四日市市長');
    assert.equal(headOfficeName('千代田区', '特別区'), '千代田区長');
    assert.equal(headOfficeName('土佐町', '町'), '土佐町長');
    assert.equal(
      headOfficeName('奈良県後期高齢者医療広域連合', '広域連合'),
      '奈良県後期高齢者医療広域連合長',
    );
    assert.equal(headOfficeName('南和広域医療企業団', '一部事務組合'), '南和広域医療企業団管理者');
  });
});
