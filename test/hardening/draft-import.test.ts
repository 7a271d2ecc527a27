// Draft import (readDraftFile) given hostile files and fuzzed with arbitrary JSON and bytes:
// it never throws, refuses with a Japanese message, and what it accepts is a draft of a known
// form that passes the form's validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readDraftFile } from '@koiki/drafts';
import { formRegistry } from '@koiki/forms';
import { buildPdf } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { validateClaim } from '@koiki/schemas';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { GENERATED_AT, sampleSpec } from '../pdf/sample-spec.ts';
import {
  attachment,
  draftFile,
  hostileDraftFiles,
  protoKeysInData,
  prototypeIsClean,
} from './hostile-drafts.ts';
import { pdfFromObjects } from './hostile-pdfs.ts';
import { runs } from './typed-text.ts';

const example = (form: string, name: string) =>
  JSON.parse(readFileSync(new URL(`../../forms/${form}/examples/${name}`, import.meta.url), 'utf8'))
    .data;
const validData = {
  'specialist-dispatch': example('specialist-dispatch', 'prefecture-three-people.json'),
  'consolidation-claim': example('consolidation-claim', 'prefecture-city-library-third-year.json'),
};

const contracts = new Map(
  (await Promise.all(formRegistry.map((entry) => entry.contract()))).map((c) => [c.id, c]),
);
const forms = Object.fromEntries(
  [...contracts.values()].map((f) => [
    f.id,
    { schemaVersion: f.schemaVersion, migrate: f.migrate },
  ]),
);
const invalidMessage = '入力内容に誤りがあるため読み込めません。';
const check = (data: unknown, formId: string) => {
  const contract = contracts.get(formId);
  return contract && validateClaim(contract, data).success ? undefined : invalidMessage;
};
const read = (file: Blob) => readDraftFile(file, { forms, check });

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

async function assertSound(file: Blob) {
  const result = await read(file);
  if (!result.ok) {
    assert.match(result.message, japanese);
    assert.doesNotMatch(result.message, /Error|undefined|\bat /);
    assert.ok(result.message.length < 400, result.message.slice(0, 100));
    return;
  }
  const { draft } = result;
  const contract = contracts.get(draft.formId);
  assert.ok(contract);
  assert.equal(draft.schemaVersion, contract.schemaVersion);
  assert.equal(validateClaim(contract, draft.data).success, true);
  assert.equal(draft.rev, 0);
  for (const a of draft.attachments)
    assert.ok(['application/pdf', 'image/jpeg', 'image/png'].includes(a.type));
}

/** Mostly the right value, now and then anything JSON can hold. */
const mostly = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

const pdf = pdfFromObjects([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [] /Count 0 >>',
]);
const attachmentArb = fc.oneof(
  fc.constant(attachment('a.pdf', 'application/pdf', pdf)),
  fc.record({
    name: fc.string(),
    type: fc.string(),
    size: fc.integer(),
    base64: fc.base64String(),
  }),
  fc.jsonValue({ maxDepth: 2 }),
);
const envelopeArb = fc.record(
  {
    format: mostly(fc.constant('koiki-draft')),
    version: mostly(fc.constantFrom(1, 1, 1, 2, 0, 1.5, '1')),
    draft: mostly(
      fc.record(
        {
          formId: mostly(
            fc.constantFrom('specialist-dispatch', 'consolidation-claim', 'x', '', '__proto__'),
          ),
          schemaVersion: mostly(fc.constantFrom(1, 1, 1, 2, 0, -1, 1.5, 1e300, '1')),
          data: fc.oneof(
            fc.constantFrom(validData['specialist-dispatch'], validData['consolidation-claim'], {}),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          raw: mostly(fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 })),
          step: mostly(fc.string()),
          title: mostly(fc.string()),
        },
        { requiredKeys: ['formId', 'schemaVersion', 'data'] },
      ),
    ),
    attachments: mostly(fc.array(attachmentArb, { maxLength: 2 })),
  },
  { requiredKeys: ['format', 'version', 'draft'] },
);

describe('下書きファイルの読み込みを何万通りのファイルで試しても', () => {
  it('任意のバイト列: 例外を出さず、日本語で断る', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        assertSound(new Blob([bytes])),
      ),
      runs,
    );
  });

  it('任意の JSON: 例外を出さず、日本語で断るか、知っている様式の正しいデータだけを受け付ける', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (value) => assertSound(new Blob([JSON.stringify(value)]))),
      runs,
    );
  });

  it('下書きファイルらしい形の JSON: 同じく例外を出さず、受け付けたものは検証を通る', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(envelopeArb, async (value) => {
        await assertSound(new Blob([JSON.stringify(value)]));
        if ((await read(new Blob([JSON.stringify(value)]))).ok) accepted++;
      }),
      runs,
    );
    assert.ok(accepted > 0, 'some generated files must be accepted, or the property proves little');
    assert.ok(prototypeIsClean());
  });

  it('正しいファイルを途中で切ったり1文字変えたりしても、例外を出さない', async () => {
    const text = JSON.stringify(draftFile({ data: validData['specialist-dispatch'] }));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: text.length }),
        fc.string({ unit: 'binary', maxLength: 2 }),
        async (at, insert) => {
          await assertSound(new Blob([text.slice(0, at)]));
          await assertSound(new Blob([text.slice(0, at) + insert + text.slice(at + 1)]));
        },
      ),
      runs,
    );
  });
});

describe('悪意のある下書きファイルは、日本語の理由を添えて断る', () => {
  for (const hostile of hostileDraftFiles) {
    it(`${hostile.name}`, async () => {
      const result = await read(hostile.file());
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.match(result.message, hostile.message);
      assert.doesNotMatch(result.message, /Error|undefined/);
      assert.ok(prototypeIsClean());
    });
  }

  it('データの中の __proto__・constructor は取り除かれ、Object.prototype は汚れない', async () => {
    const result = await readDraftFile(protoKeysInData(), { forms });
    assert.ok(result.ok);
    const data = result.draft.data as Record<string, unknown>;
    assert.equal(Object.hasOwn(data, '__proto__'), false);
    assert.equal(Object.hasOwn(data, 'constructor'), false);
    assert.equal(Object.getPrototypeOf(data), Object.prototype);
    assert.equal(data.fiscalYear, 2026);
    assert.ok(prototypeIsClean());
  });

  it('様式の検査に通らないデータは、渡した検査の日本語メッセージで断る', async () => {
    const result = await read(
      new Blob([JSON.stringify(draftFile({ data: { fiscalYear: 'R8' } }))]),
    );
    assert.deepEqual(result, { ok: false, message: invalidMessage });
  });
});

describe('本物の PDF は添付として受け付ける（異常な PDF の検査が誤って断らない）', () => {
  it('このツールで作った申請書と、他のソフトで作った 300 ページ・古い書式の PDF', async () => {
    const claim = (
      await buildPdf(sampleSpec(), await loadNodeFonts(), { generatedAt: GENERATED_AT })
    ).bytes;
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= 300; n++)
      doc.addPage().drawText(`page ${n} [(<<>>)]`, { x: 50, y: 700, font });
    const many = await doc.save();
    const classic = await doc.save({ useObjectStreams: false });
    const file = draftFile({}, [
      attachment('申請書.pdf', 'application/pdf', claim),
      attachment('300ページ.pdf', 'application/pdf', many),
      attachment('古い書式.pdf', 'application/pdf', classic),
    ]);
    const result = await readDraftFile(new Blob([JSON.stringify(file)]), { forms });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(
      result.draft.attachments.map((a) => a.size),
      [claim.length, many.length, classic.length],
    );
  });
});
