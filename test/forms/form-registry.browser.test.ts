// In the browser, each registry entry loads its contract (through the @koiki/schemas/forms/<id>
// subpath) and its module lazily, and both name the entry's form.
import { formRegistry } from '@koiki/forms';
import { expect } from '@open-wc/testing';

describe('様式の登録（ブラウザー）', () => {
  for (const entry of formRegistry) {
    it(`${entry.id}: 契約と様式のコードを遅れて読み込み、どちらも同じ様式を指す`, async () => {
      const contract = await entry.contract();
      expect(contract.id).to.equal(entry.id);
      expect(contract.title).to.equal(entry.title);
      const module = await entry.load();
      expect(module.definition.id).to.equal(entry.id);
      expect(module.definition.schemaVersion).to.equal(contract.schemaVersion);
      // One module instance: the form's definition validates with this very contract.
      expect(module.definition.schema).to.equal(contract.validator);
    });
  }
});
