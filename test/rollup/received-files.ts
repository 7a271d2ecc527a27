// The files a prefecture receives, made in the browser from the forms' examples: valid claims in
// every format the roll-up reads (submit payload JSON, a PDF carrying its data, a draft file), two
// separate 申請 of one 団体 that break the 募集経費 cap together, and hostile files.
import { newDraft } from '@koiki/drafts';
import { exportDraft } from '@koiki/drafts/draft-file';
import { findFormEntry, formRegistry } from '@koiki/forms';
import type { FormContract } from '@koiki/schemas';
import { PDFDocument } from 'pdf-lib';
import {
  claimSlot,
  shiftYears,
  withDocumentNumber,
  withNamesMarked,
  withRecruitmentCosts,
} from '../../demo/rollup/claim-variations.ts';

export interface SentClaim {
  formId: string;
  data: unknown;
  file: File;
}

const isPayload = (json: unknown): json is { data: unknown } =>
  typeof json === 'object' && json !== null && 'formId' in json && 'data' in json;

async function exampleClaims(): Promise<{ formId: string; name: string; data: unknown }[]> {
  const all = [];
  for (const entry of formRegistry) {
    for (const name of (await entry.examples()).valid) {
      const json: unknown = await (await fetch(`/forms/${entry.id}/examples/${name}`)).json();
      all.push({ formId: entry.id, name, data: isPayload(json) ? json.data : json });
    }
  }
  return all;
}

const contracts = new Map<string, FormContract>();

/** The form's contract (schema, calculator), loaded once through the registry. */
async function contractOf(formId: string): Promise<FormContract> {
  const entry = findFormEntry(formId);
  if (!entry) throw new Error(`様式 ${formId} が登録簿にありません`);
  if (!contracts.has(formId)) contracts.set(formId, await entry.contract());
  return contracts.get(formId)!;
}

/** The claim's own amounts, from its form's calculator. */
export const amountsOf = async (formId: string, data: unknown) =>
  (await contractOf(formId)).calculate(data as never);

async function payloadFile(formId: string, data: unknown, name: string): Promise<File> {
  const payload = {
    formId,
    schemaVersion: (await contractOf(formId)).schemaVersion,
    data,
    amounts: await amountsOf(formId, data),
  };
  return new File([JSON.stringify(payload)], name, { type: 'application/json' });
}

/** A PDF that carries the claim as our PDFs do (the data attached as koiki-data.json). */
async function pdfFile(formId: string, data: unknown, name: string): Promise<File> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const envelope = { formId, schemaVersion: (await contractOf(formId)).schemaVersion, data };
  await doc.attach(new TextEncoder().encode(JSON.stringify(envelope)), 'koiki-data.json', {
    mimeType: 'application/json',
  });
  return new File([(await doc.save()) as BlobPart], name, { type: 'application/pdf' });
}

async function draftFile(formId: string, data: unknown, name: string): Promise<File> {
  const draft = newDraft({
    formId,
    schemaVersion: (await contractOf(formId)).schemaVersion,
    data,
    step: 'review',
    title: name,
  });
  return new File([await exportDraft(draft)], name, { type: 'application/json' });
}

async function fileOf(index: number, formId: string, data: unknown): Promise<File> {
  const base = `${String(index + 1).padStart(2, '0')}-${formId}`;
  if (index % 5 === 4) return pdfFile(formId, data, `${base}.pdf`);
  if (index % 7 === 6) return draftFile(formId, data, `${base}.koiki-draft.json`);
  return payloadFile(formId, data, `${base}.json`);
}

/**
 * `count` valid claims, no two in one 団体's slot (form, 団体, year): the examples, then the
 * same examples one, two, … years later. The last two are the cap pair.
 */
export async function validClaims(
  count: number,
): Promise<{ claims: SentClaim[]; capPair: SentClaim[] }> {
  const examples = await exampleClaims();
  const taken = new Set<string>();
  const variants: { formId: string; data: unknown }[] = [];
  for (let years = 0; variants.length < count - 2; years++) {
    for (const example of examples) {
      // Moved in time, a shared 集約化 becomes another one (its own names), not the same one
      // told with another 完了年度.
      const shifted = shiftYears(example.data, years);
      const data =
        years === 0 ? shifted : withNamesMarked(shifted, 'initiatives', `（${years}年後）`);
      const slot = claimSlot(example.formId, data);
      if (taken.has(slot) || variants.length >= count - 2) continue;
      taken.add(slot);
      variants.push({ formId: example.formId, data });
    }
  }
  const claims = await Promise.all(
    variants.map(async (v, i) => ({ ...v, file: await fileOf(i, v.formId, v.data) })),
  );
  const capPair = await capBrokenTogether(examples, taken, count - 2);
  return { claims: [...claims, ...capPair], capPair };
}

/** Two 申請 of one prefecture in one year, each under the 募集経費 cap, over it together. */
async function capBrokenTogether(
  examples: { formId: string; name: string; data: unknown }[],
  taken: Set<string>,
  index: number,
): Promise<SentClaim[]> {
  const recruitment = examples.find((e) => e.name === 'prefecture-recruitment-no-post-yet.json');
  if (!recruitment) throw new Error('募集経費だけの例がありません');
  let years = 0;
  while (taken.has(claimSlot(recruitment.formId, shiftYears(recruitment.data, years)))) years++;
  const base = shiftYears(recruitment.data, years);
  const first = withDocumentNumber(withRecruitmentCosts(base, [1_400_000]), '市第９０１号');
  const second = withDocumentNumber(withRecruitmentCosts(base, [1_200_000]), '市第９０２号');
  const formId = recruitment.formId;
  return [
    { formId, data: first, file: await payloadFile(formId, first, `${index + 1}-cap-first.json`) },
    {
      formId,
      data: second,
      file: await payloadFile(formId, second, `${index + 2}-cap-second.json`),
    },
  ];
}

/** Five files the roll-up must refuse, each for its own reason. */
export async function hostileFiles(): Promise<File[]> {
  const foreign = await PDFDocument.create();
  foreign.addPage();
  const garbage = new Uint8Array(3 * 1024 * 1024);
  for (let i = 0; i < garbage.length; i += 65536)
    crypto.getRandomValues(garbage.subarray(i, i + 65536));
  return [
    new File(['これは JSON ではありません {'], 'not-json.json', { type: 'application/json' }),
    new File([(await foreign.save()) as BlobPart], 'foreign.pdf', { type: 'application/pdf' }),
    new File([JSON.stringify({ hello: 'world', items: [1, 2, 3] })], 'other-shape.json'),
    new File([garbage], 'garbage.pdf', { type: 'application/pdf' }),
    new File(
      [JSON.stringify({ formId: 'no-such-form', schemaVersion: 1, data: { fiscalYear: 2026 } })],
      'unknown-form.json',
    ),
  ];
}
