// The forms' example claims (forms/<id>/examples/*.json) at their current version, and PDFs and
// payloads made from them the way the assistant makes them: the roll-up's test material.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFormEntry, formRegistry } from '@koiki/forms';
import { buildPdf, type PdfFonts } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { type ClaimResult, type FormContract, migrateClaim } from '@koiki/schemas';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface ExampleClaim {
  formId: string;
  /** The example's file name. */
  name: string;
  /** At the form's current schemaVersion. */
  data: unknown;
  schemaVersion: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The contract of a registered form. */
export async function contractOf(formId: string): Promise<FormContract> {
  const entry = findFormEntry(formId);
  if (!entry) throw new Error(`no registry entry for ${formId}`);
  return entry.contract();
}

/** One example file of a form, brought to the current version. */
export async function exampleClaim(formId: string, name: string): Promise<ExampleClaim> {
  const contract = await contractOf(formId);
  const json: unknown = JSON.parse(
    await readFile(join(root, 'forms', formId, 'examples', name), 'utf8'),
  );
  const payload = isRecord(json) && 'formId' in json;
  const data = payload ? json.data : json;
  const version = payload ? json.schemaVersion : contract.versionOfData(data);
  const migrated = migrateClaim(contract, data, version);
  if (!migrated.ok) throw new Error(`${name}: ${migrated.message}`);
  return { formId, name, data: migrated.data, schemaVersion: contract.schemaVersion };
}

/** Every valid example of every form in the registry. */
export async function validExamples(): Promise<ExampleClaim[]> {
  const all: ExampleClaim[] = [];
  for (const entry of formRegistry) {
    const { valid } = await entry.examples();
    for (const name of valid) all.push(await exampleClaim(entry.id, name));
  }
  return all;
}

/** The amounts the form computes for the claim (what `koiki calc` prints for valid data). */
export async function amountsOf(claim: { formId: string; data: unknown }): Promise<ClaimResult> {
  return (await contractOf(claim.formId)).calculate(claim.data as object);
}

/** The submit payload JSON of a claim, with the amounts the browser would state. */
export async function payloadBytes(claim: ExampleClaim): Promise<Uint8Array> {
  const payload = {
    formId: claim.formId,
    schemaVersion: claim.schemaVersion,
    data: claim.data,
    amounts: await amountsOf(claim),
  };
  return new TextEncoder().encode(JSON.stringify(payload));
}

let fonts: Promise<PdfFonts> | undefined;

/** The claim's PDF (申請書, 算定調書, embedded data) as the assistant builds it. */
export async function claimPdf(claim: ExampleClaim, generatedAt = new Date()): Promise<Uint8Array> {
  const entry = findFormEntry(claim.formId);
  if (!entry) throw new Error(`no registry entry for ${claim.formId}`);
  const module = await entry.load();
  await module.prepare?.();
  fonts ??= loadNodeFonts();
  const spec = await module.pdfDocument({
    payload: {
      formId: claim.formId,
      schemaVersion: claim.schemaVersion,
      data: claim.data,
      amounts: module.definition.calculate(claim.data),
    },
    submitDate: '2026-12-01',
    attachments: [],
  });
  return (await buildPdf(spec, await fonts, { generatedAt })).bytes;
}
