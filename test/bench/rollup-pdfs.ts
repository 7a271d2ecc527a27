// The received PDFs the roll-up bench reads: one claim per 団体 as a prefecture would receive them
// (every 市区町村 a 集約化等 claim, every 町村 also a 専門人材派遣 claim as 派遣先), up to 2,000.
// Building 2,000 PDFs from scratch takes ~0.3–0.7 s each, so two real PDFs are built from the
// forms' examples and each claim's PDF is one of them with its own data embedded instead (same
// pages, fonts and size; only the data the roll-up reads differs). Cached in .tmp/ (gitignored).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDantaiList } from '@koiki/schemas';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import {
  claimPdf,
  contractOf,
  type ExampleClaim,
  exampleClaim,
} from '../rollup/support/example-claims.ts';

/** Bump when the generated claims change, so an old cache is rebuilt. */
const CACHE_VERSION = 2;
const cacheDir = fileURLToPath(
  new URL(`../../.tmp/bench-rollup/v${CACHE_VERSION}/`, import.meta.url),
);
const DATA_FILE_NAME = 'koiki-data.json';

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

/** A 集約化等 research-stage claim of `code` with its prefecture, made from 土佐町's example. */
function consolidationVariant(base: ExampleClaim, code: string, prefecture: string, i: number) {
  const data = clone(base.data) as Json & { applicant: Json; initiatives: Json[] };
  data.applicant = { ...data.applicant, dantaiCode: code, documentNumber: `総第${i + 1}号` };
  const initiative = data.initiatives[0] as Json;
  initiative.name = `公民館の集約化に向けた調査検討（${code}）`;
  initiative.otherParties = [
    { kind: '地方公共団体', dantaiCode: prefecture, role: '集約元施設の設置者' },
  ];
  initiative.sourceFacilities = [
    { name: `${code} 中央公民館`, ownerCode: code, type: '公民館・集会施設', floorArea: 1200 },
    {
      name: `${prefecture} 県民会館分館`,
      ownerCode: prefecture,
      type: '公民館・集会施設',
      floorArea: 900,
    },
  ];
  initiative.researchItems = [
    {
      category: '利用実態・立地等の調査・分析',
      description: '利用実態調査（委託）',
      amount: 1_000_000 + (i % 50) * 21_000,
    },
  ];
  return { ...base, name: `${code}-consolidation`, data };
}

/** A 専門人材派遣 claim of the 派遣先 `code`, made from 下北山村's example. */
function dispatchVariant(base: ExampleClaim, code: string, prefecture: string, i: number) {
  const data = clone(base.data) as Json & { applicant: Json; agreements: Json[]; posts: Json[] };
  data.applicant = { ...data.applicant, dantaiCode: code, documentNumber: `総第${i + 1}号` };
  const name = `${prefecture}と${code}との専門人材の派遣に関する連携協約`;
  const agreement = clone(data.agreements[0]) as Json & { parties: Json[] };
  agreement.name = name;
  agreement.parties = [
    { ...agreement.parties[0], dantaiCode: prefecture },
    { ...agreement.parties[1], dantaiCode: code },
  ];
  data.agreements = [agreement];
  data.posts = data.posts.map((post) => ({ ...post, agreementName: name, recipientCode: code }));
  return { ...base, name: `${code}-dispatch`, data };
}

/** Up to `count` valid claims of distinct 団体 (and measure), interleaving the two measures. */
async function benchClaims(count: number): Promise<ExampleClaim[]> {
  const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
  const village = await exampleClaim(
    'specialist-dispatch',
    'municipality-local-autonomy-dispatch.json',
  );
  const list = (await loadDantaiList()).filter((d) => d.parentCode !== null);
  const claims: ExampleClaim[] = [];
  const contracts = new Map([
    [town.formId, await contractOf(town.formId)],
    [village.formId, await contractOf(village.formId)],
  ]);
  const keep = (claim: ExampleClaim) => {
    if (contracts.get(claim.formId)?.validator.safeParse(claim.data).success) claims.push(claim);
  };
  for (const [i, dantai] of list.entries()) {
    if (claims.length >= count) break;
    const prefecture = dantai.parentCode as string;
    keep(consolidationVariant(town, dantai.code, prefecture, i));
    if (claims.length < count && (dantai.kind === '町' || dantai.kind === '村'))
      keep(dispatchVariant(village, dantai.code, prefecture, i));
  }
  if (claims.length < count) throw new Error(`only ${claims.length} bench claims could be made`);
  return claims;
}

/** The data file's stream reference in a PDF made by buildPdf. */
function dataStreamRef(doc: PDFDocument): PDFRef {
  const list = doc.catalog
    .lookup(PDFName.of('Names'), PDFDict)
    .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
    .lookup(PDFName.of('Names'), PDFArray);
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const name = list.lookup(i);
    if (!(name instanceof PDFString || name instanceof PDFHexString)) continue;
    if (name.decodeText() !== DATA_FILE_NAME) continue;
    const ef = list.lookup(i + 1, PDFDict).lookup(PDFName.of('EF'), PDFDict);
    const ref = ef.get(PDFName.of('F'));
    if (ref instanceof PDFRef) return ref;
  }
  throw new Error('template PDF has no embedded data');
}

/** Writes the PDFs (once) and returns their paths; the first `count` are the same on every run. */
export async function benchPdfs(count: number): Promise<string[]> {
  await mkdir(cacheDir, { recursive: true });
  const cached = (await readdir(cacheDir)).filter((f) => f.endsWith('.pdf')).sort();
  if (cached.length >= count) return cached.slice(0, count).map((f) => join(cacheDir, f));
  console.log(`roll-up bench: writing ${count} PDFs to ${cacheDir} (once)…`);
  const claims = await benchClaims(count);
  const templates = new Map<string, { doc: PDFDocument; ref: PDFRef }>();
  for (const claim of claims) {
    if (templates.has(claim.formId)) continue;
    const doc = await PDFDocument.load(await claimPdf(claim), { updateMetadata: false });
    templates.set(claim.formId, { doc, ref: dataStreamRef(doc) });
  }
  const paths: string[] = [];
  for (const [i, claim] of claims.entries()) {
    const template = templates.get(claim.formId);
    if (!template) throw new Error(`no template for ${claim.formId}`);
    const envelope = { formId: claim.formId, schemaVersion: claim.schemaVersion, data: claim.data };
    const stream = template.doc.context.flateStream(
      // Bytes, not a string: pdf-lib would write a string's characters as Latin-1.
      new TextEncoder().encode(JSON.stringify(envelope, null, 2)),
      {
        Type: 'EmbeddedFile',
        Subtype: 'application/json',
      },
    );
    template.doc.context.assign(template.ref, stream);
    template.doc.setCreationDate(new Date(Date.UTC(2026, 11, 1, 0, 0, i)));
    const path = join(cacheDir, `${String(i).padStart(5, '0')}-${claim.name}.pdf`);
    await writeFile(path, await template.doc.save());
    paths.push(path);
  }
  return paths;
}

/** The bytes of the files, as a page would have them after the user picks them. */
export async function readAll(paths: readonly string[]): Promise<Uint8Array[]> {
  return Promise.all(paths.map(async (path) => new Uint8Array(await readFile(path))));
}
