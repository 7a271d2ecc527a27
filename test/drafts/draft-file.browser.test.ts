import {
  type DraftRecord,
  type DraftStore,
  draftFileName,
  draftMessages,
  exportDraft,
  importDraftFile,
  type ReadDraftOptions,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { everything, isolatedStore, tinyDraft, tinyForm } from './helpers.ts';

const forms = { [tinyForm.id]: tinyForm };
const pdfBytes = new TextEncoder().encode('%PDF-1.7\n協約書\n%%EOF');
const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function withAttachments(): DraftRecord {
  return {
    ...tinyDraft({ dantai: '川上村', posts: [{ title: '保健師', cost: 6_000_000 }] }),
    raw: { 'posts.0.cost': '600万くらい' },
    title: '川上村 令和8年度 小さな様式',
    attachments: [
      {
        id: 'a1',
        name: '協約書.pdf',
        type: 'application/pdf',
        size: pdfBytes.length,
        blob: new Blob([pdfBytes], { type: 'application/pdf' }),
      },
      {
        id: 'a2',
        name: '図.png',
        type: 'image/png',
        size: pngBytes.length,
        blob: new Blob([pngBytes], { type: 'image/png' }),
      },
    ],
  };
}

/** The exported JSON, loosely typed so a test can break it. */
interface LooseFile {
  version: unknown;
  draft: Record<string, unknown>;
  attachments: [Record<string, unknown>, Record<string, unknown>];
}

/** The exported JSON of a draft, changed by `edit`, as a file again. */
async function editedFile(edit: (file: LooseFile) => void): Promise<Blob> {
  const file: LooseFile = JSON.parse(await (await exportDraft(withAttachments())).text());
  edit(file);
  return new Blob([JSON.stringify(file)]);
}

/** Imports `file` and checks it was refused with `message` and the store is as it was. */
async function expectRefused(
  store: DraftStore,
  file: Blob,
  message: string,
  options: Partial<ReadDraftOptions> = {},
) {
  const before = await everything(store);
  const result = await importDraftFile(file, store, { forms, ...options });
  expect(result).to.deep.equal({ ok: false, message });
  expect(await everything(store)).to.equal(before);
}

describe('下書きのファイル書き出しと読み込み', () => {
  let store: DraftStore;
  beforeEach(async () => {
    store = await isolatedStore();
    await store.save(withAttachments());
  });
  afterEach(() => store.close());

  it('書き出したファイルを読み込むと、添付ファイルも含めて新しい下書きになる', async () => {
    const original = withAttachments();
    const file = await exportDraft(original);
    const json = JSON.parse(await file.text());
    expect(json.format).to.equal('koiki-draft');
    expect(json.version).to.equal(1);
    expect(json.attachments[0]).to.include({ name: '協約書.pdf', type: 'application/pdf' });
    expect(draftFileName(original)).to.equal('川上村_令和8年度_小さな様式.koiki-draft.json');

    const first = await importDraftFile(file, store, { forms });
    const second = await importDraftFile(file, store, { forms });
    if (!first.ok || !second.ok) throw new Error('読み込めませんでした');
    expect(first.draft.id).not.to.equal(original.id);
    expect(second.draft.id).not.to.equal(first.draft.id);
    expect((await store.list()).length).to.equal(3);
    const stored = await store.get(first.draft.id);
    expect(stored?.data).to.deep.equal(original.data);
    expect(stored?.raw).to.deep.equal({ 'posts.0.cost': '600万くらい' });
    expect(stored?.rev).to.equal(1);
    const pdf = new Uint8Array((await stored?.attachments[0]?.blob.arrayBuffer()) ?? []);
    expect([...pdf]).to.deep.equal([...pdfBytes]);
    expect(stored?.attachments[1]?.blob.type).to.equal('image/png');
  });

  it('大きすぎるファイルは読まずに断る', async () => {
    const huge = new Blob([new Uint8Array(30 * 1024 * 1024 + 1)]);
    await expectRefused(store, huge, draftMessages.fileTooLarge(30));
  });

  it('JSON でないファイルは断る', async () => {
    await expectRefused(store, new Blob(['これは下書きではありません']), draftMessages.fileNotJson);
  });

  it('途中で切れたファイルは「途中で切れています」と断る', async () => {
    const text = await (await exportDraft(withAttachments())).text();
    const cut = new Blob([text.slice(0, Math.floor(text.length / 2))]);
    await expectRefused(store, cut, draftMessages.fileTruncated);
  });

  it('入れ子が深すぎるファイルは解析する前に断る', async () => {
    const depth = 200_000;
    const deep = `{"format":"koiki-draft","version":1,"draft":{"data":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    await expectRefused(store, new Blob([deep]), draftMessages.fileTooDeep);
  });

  it('下書きファイルの形をしていないものは断る', async () => {
    await expectRefused(store, new Blob(['[1,2,3]']), draftMessages.fileNotDraft('format'));
    const noForm = await editedFile((file) => {
      file.draft.formId = 42;
    });
    await expectRefused(store, noForm, draftMessages.fileNotDraft('formId'));
    const badRaw = await editedFile((file) => {
      file.draft.raw = { a: 1 };
    });
    await expectRefused(store, badRaw, draftMessages.fileNotDraft('raw'));
  });

  it('新しい書式のファイル・知らない様式・新しい版の様式は断る', async () => {
    const newer = await editedFile((file) => {
      file.version = 2;
    });
    await expectRefused(store, newer, draftMessages.fileNewerFormat);
    const unknown = await editedFile((file) => {
      file.draft.formId = 'someone-elses-form';
    });
    await expectRefused(store, unknown, draftMessages.unknownForm('someone-elses-form'));
    const future = await editedFile((file) => {
      file.draft.schemaVersion = 9;
    });
    await expectRefused(store, future, draftMessages.futureSchemaVersion(9, 1));
  });

  it('__proto__ や constructor のキーは無視し、他の入力は読み込む', async () => {
    const text = (await (await exportDraft(withAttachments())).text()).replace(
      '"dantai":"川上村"',
      '"dantai":"川上村","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}',
    );
    const result = await importDraftFile(new Blob([text]), store, { forms });
    expect(result.ok).to.equal(true);
    const data = result.ok ? (result.draft.data as object) : {};
    expect(Object.keys(data)).to.deep.equal(['dantai', 'fiscalYear', 'posts']);
    expect(Object.getPrototypeOf(data)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('壊れた base64・許されない種類・中身と種類の食い違いの添付ファイルは断る', async () => {
    const broken = await editedFile((file) => {
      file.attachments[0].base64 = '%%%not base64%%%';
    });
    await expectRefused(store, broken, draftMessages.attachmentBroken('協約書.pdf'));
    const shortened = await editedFile((file) => {
      file.attachments[0].size = 3;
    });
    await expectRefused(store, shortened, draftMessages.attachmentBroken('協約書.pdf'));
    const html = await editedFile((file) => {
      file.attachments[0].type = 'text/html';
    });
    await expectRefused(store, html, draftMessages.attachmentType('協約書.pdf', 'text/html'));
    const disguised = await editedFile((file) => {
      file.attachments[1].type = 'application/pdf';
    });
    await expectRefused(store, disguised, draftMessages.attachmentMismatch('図.png'));
  });

  it('呼び出し側の検査で断られたデータは保存しない', async () => {
    await expectRefused(store, await exportDraft(withAttachments()), '団体名が確認できません。', {
      check: () => '団体名が確認できません。',
    });
  });

  it('保存できないブラウザーでは、読み込めても保存できないと伝える', async () => {
    const full: DraftStore = {
      ...store,
      save: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    };
    const result = await importDraftFile(await exportDraft(withAttachments()), full, { forms });
    expect(result).to.deep.equal({ ok: false, message: draftMessages.importNotSaved });
  });
});
