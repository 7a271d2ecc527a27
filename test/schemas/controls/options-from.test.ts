// Choices computed from the data: the registry reads a question's `optionsFrom` with the scope
// and root it is given, for the review's words and for reading pasted text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controlKind, questionOptions } from '@koiki/schemas';

type Root = { agreements: { name: string; title: string }[] };
const question = {
  label: '協約',
  optionsFrom: (_scope: unknown, root: unknown) =>
    (root as Root).agreements.map((a) => ({ value: a.name, label: a.title })),
};
const root: Root = {
  agreements: [
    { name: 'kochi', title: '高知県と大豊町との連携協約' },
    { name: 'nara', title: '奈良県と川上村との連携協約' },
  ],
};
const context = { scope: {}, root };

describe('データから作る選択肢（optionsFrom）', () => {
  it('表示は選んだ選択肢の名前、消えた値はその値のまま', () => {
    const select = controlKind('select');
    assert.equal(select.display('nara', question, context), '奈良県と川上村との連携協約');
    assert.equal(select.display('old', question, context), 'old');
    assert.equal(
      controlKind('checkbox').display(['kochi', 'nara'], question, context),
      '高知県と大豊町との連携協約、奈良県と川上村との連携協約',
    );
  });

  it('貼り付けた名前を、今の選択肢から読む', () => {
    const radio = controlKind('radio');
    assert.deepEqual(radio.parse('高知県と大豊町との連携協約', question, context), {
      ok: true,
      value: 'kochi',
    });
    assert.equal(radio.parse('長野県', question, context).ok, false);
  });

  it('データがまだないとき（関数が投げるとき）は選択肢なしとして扱う', () => {
    assert.deepEqual(questionOptions(question, {}), []);
    assert.equal(controlKind('select').display('nara', question, {}), 'nara');
  });

  it('optionsFrom がなければ決まった options を使う', () => {
    const fixed = { label: '形', options: [{ value: 'a', label: 'ア' }] };
    assert.deepEqual(questionOptions(fixed, context), [{ value: 'a', label: 'ア' }]);
  });
});
