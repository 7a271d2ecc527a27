// Hostile draft files, each with the Japanese message that must refuse it. Shared by the Node
// test (readDraftFile) and the browser test (importDraftFile into a real IndexedDB store).
import { cyclicPageTreePdf, deeplyNestedPdf, hugePageCountPdf } from './hostile-pdfs.ts';

export const formId = 'specialist-dispatch';
/** What the page can open: the form at schemaVersion 1. */
export const knownForms = { [formId]: { schemaVersion: 1 } };

const megabyte = 1024 * 1024;
const json = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
const text = (s: string) => new TextEncoder().encode(s);

/** A draft file as exportDraft writes it; `draft` and `attachments` replace parts of it. */
export function draftFile(draft: Record<string, unknown> = {}, attachments: unknown[] = []) {
  return {
    format: 'koiki-draft',
    version: 1,
    draft: {
      id: 'original-id',
      formId,
      schemaVersion: 1,
      rev: 3,
      data: { fiscalYear: 2026, role: '派遣元' },
      raw: {},
      step: 'basics',
      title: '奈良県 令和8年度 専門人材派遣',
      updatedAt: '2026-05-01T00:00:00.000Z',
      ...draft,
    },
    attachments,
  };
}

/** One attachment entry of a draft file. */
export function attachment(name: string, type: string, bytes: Uint8Array) {
  return { id: `att-${name}`, name, type, size: bytes.length, base64: base64(bytes) };
}

const validText = JSON.stringify(draftFile());
const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const deep = 10_000;

export interface HostileFile {
  name: string;
  file: () => Blob;
  /** The message must match this. */
  message: RegExp;
}

export const hostileDraftFiles: readonly HostileFile[] = [
  {
    name: 'JSON でないファイル',
    file: () => new Blob(['これは下書きではありません\u0000\u00ff']),
    message: /下書きのファイルとして読み取れません/,
  },
  {
    name: '途中で切れたファイル',
    file: () => new Blob([validText.slice(0, Math.floor(validText.length / 2))]),
    message: /途中で切れています/,
  },
  {
    name: '50 MB のファイル',
    file: () => new Blob([new Uint8Array(50 * megabyte).fill(0x20)]),
    message: /大きすぎます（上限 30 MB）/,
  },
  {
    name: '10,000 段の入れ子',
    file: () =>
      new Blob([
        `{"format":"koiki-draft","version":1,"draft":${'['.repeat(deep)}${']'.repeat(deep)}}`,
      ]),
    message: /入れ子が深すぎる/,
  },
  {
    name: '知らない様式 (formId)',
    file: () => json(draftFile({ formId: 'no-such-form' })),
    message: /扱えない様式の下書きです（様式: no-such-form）/,
  },
  {
    name: '1 MB の formId',
    file: () => json(draftFile({ formId: 'x'.repeat(megabyte) })),
    message: /^この画面では扱えない様式の下書きです（様式: x{64}）/,
  },
  {
    name: '新しい版の様式 (schemaVersion 99)',
    file: () => json(draftFile({ schemaVersion: 99 })),
    message: /新しい版の様式（版 99）/,
  },
  {
    name: '新しい書式のファイル (version 2)',
    file: () => json({ ...draftFile(), version: 2 }),
    message: /新しい版の入力画面/,
  },
  {
    name: '__proto__ に包んだ下書き',
    file: () => new Blob([`{"__proto__":${validText}}`]),
    message: /下書きファイルではないか、壊れています/,
  },
  {
    name: 'constructor.prototype に包んだ下書き',
    file: () => new Blob([`{"constructor":{"prototype":${validText}}}`]),
    message: /下書きファイルではないか、壊れています/,
  },
  {
    name: 'HTML の添付 (text/html)',
    file: () =>
      json(
        draftFile({}, [attachment('evil.html', 'text/html', text('<script>alert(1)</script>'))]),
      ),
    message: /添付ファイル「evil.html」の種類（text\/html）は読み込めません/,
  },
  {
    name: 'PNG の中身に PDF の種類 (MIME の偽装)',
    file: () => json(draftFile({}, [attachment('scan.pdf', 'application/pdf', pngBytes)])),
    message: /添付ファイル「scan.pdf」の中身が種類と一致しません/,
  },
  {
    name: '10億ページを名乗る PDF 爆弾',
    file: () =>
      json(draftFile({}, [attachment('bomb.pdf', 'application/pdf', hugePageCountPdf())])),
    message: /添付ファイル「bomb.pdf」は PDF の構造が異常/,
  },
  {
    name: '100,000 段の入れ子を持つ PDF 爆弾',
    file: () => json(draftFile({}, [attachment('deep.pdf', 'application/pdf', deeplyNestedPdf())])),
    message: /添付ファイル「deep.pdf」は PDF の構造が異常/,
  },
  {
    name: '途中で切れた PDF の添付',
    file: () => {
      const pdf = cyclicPageTreePdf();
      return json(
        draftFile({}, [attachment('cut.pdf', 'application/pdf', pdf.subarray(0, pdf.length - 40))]),
      );
    },
    message: /添付ファイル「cut.pdf」が壊れています/,
  },
];

/** A file whose data carries __proto__ and constructor keys: read with them dropped. */
export const protoKeysInData = () =>
  new Blob([
    validText.replace(
      '"data":{',
      '"data":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    ),
  ]);

/** True when nothing has been added to Object.prototype. */
export const prototypeIsClean = () =>
  !('polluted' in Object.prototype) &&
  !('polluted' in {}) &&
  Object.keys(Object.prototype).length === 0;
