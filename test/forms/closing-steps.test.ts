import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formRegistry } from '@koiki/forms';

describe('どの様式も同じ手順で終わる', () => {
  for (const entry of formRegistry) {
    it(`${entry.title}：最後の手順は「PDF の作成と提出」（まだ何も提出していないので「完了」ではない）`, async () => {
      const { definition } = await entry.load();
      const last = definition.steps.at(-1);
      assert.equal(last?.kind, 'done');
      assert.equal(last?.title, 'PDF の作成と提出');
    });
  }
});
