// Draft import into a real IndexedDB store given hostile files: each is refused with its
// Japanese message, and the drafts already in the browser are exactly as they were.
import {
  type DraftRecord,
  type DraftStore,
  importDraftFile,
  newDraft,
  openDraftStore,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import {
  formId,
  hostileDraftFiles,
  knownForms,
  protoKeysInData,
  prototypeIsClean,
} from './hostile-drafts.ts';

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n協約書\n%%EOF');

function existingDraft(title: string): DraftRecord {
  return newDraft({
    formId,
    schemaVersion: 1,
    data: { fiscalYear: 2026, role: '派遣元', remarks: title },
    step: 'basics',
    title,
    raw: { 'posts.0.personnelCost': '600万え' },
    attachments: [
      {
        id: `att-${title}`,
        name: '協約書.pdf',
        type: 'application/pdf',
        size: pdfBytes.length,
        blob: new Blob([pdfBytes], { type: 'application/pdf' }),
      },
    ],
  });
}

/** Every record with its attachments' bytes, for "nothing changed" checks. */
async function snapshot(store: DraftStore): Promise<string> {
  const all = await store.list();
  const records = await Promise.all(
    all.map(async ({ attachments, ...rest }) => ({
      ...rest,
      attachments: await Promise.all(
        attachments.map(async ({ blob, ...meta }) => ({
          ...meta,
          bytes: [...new Uint8Array(await blob.arrayBuffer())],
        })),
      ),
    })),
  );
  return JSON.stringify(records);
}

describe('悪意のある下書きファイルを読み込んでも、今ある下書きは何も変わらない', () => {
  let store: DraftStore;
  let before: string;

  beforeEach(async () => {
    store = await openDraftStore({ name: `koiki-hardening-${crypto.randomUUID()}`, channel: null });
    await store.save(existingDraft('奈良県 令和8年度 専門人材派遣'));
    await store.save(existingDraft('川上村 令和8年度 専門人材派遣'));
    before = await snapshot(store);
  });

  afterEach(() => store.close());

  for (const hostile of hostileDraftFiles) {
    it(`${hostile.name}: 日本語で理由を伝えて断り、下書きは2件のまま変わらない`, async () => {
      const result = await importDraftFile(hostile.file(), store, { forms: knownForms });
      expect(result.ok).to.equal(false);
      expect(result.ok ? '' : result.message).to.match(hostile.message);
      expect(await snapshot(store)).to.equal(before);
      expect((await store.list()).length).to.equal(2);
      expect(prototypeIsClean()).to.equal(true);
    });
  }

  it('データの __proto__・constructor は取り除いて新しい下書きにし、今ある下書きも Object.prototype も変わらない', async () => {
    const result = await importDraftFile(protoKeysInData(), store, { forms: knownForms });
    expect(result.ok).to.equal(true);
    const all = await store.list();
    expect(all.length).to.equal(3);
    const imported = all.find((d) => result.ok && d.id === result.draft.id);
    const data = imported?.data as Record<string, unknown>;
    expect(Object.hasOwn(data, '__proto__')).to.equal(false);
    expect(Object.hasOwn(data, 'constructor')).to.equal(false);
    expect(data.fiscalYear).to.equal(2026);
    expect(prototypeIsClean()).to.equal(true);
    const others = JSON.parse(await snapshot(store)).filter(
      (d: DraftRecord) => d.id !== imported?.id,
    );
    expect(JSON.stringify(others)).to.equal(JSON.stringify(JSON.parse(before)));
  });
});
