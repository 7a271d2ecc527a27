// Writes the roll-up demo's sample submissions into demo/rollup/samples/: the forms' example claims
// as a prefecture receives them (PDFs, submit payloads, a draft file) plus deliberately faulty
// ones: two 申請 of one 団体 that break the 募集経費 cap together, one claim received twice, and a
// payload whose stated amounts were edited by hand. Run: node --import tsx demo/rollup/make-samples.ts
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { newDraft } from '@koiki/drafts';
import { exportDraft } from '@koiki/drafts/draft-file';
import { createSession } from '@koiki/engine';
import { type FormModule, formRegistry } from '@koiki/forms';
import { buildPdf } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { withDocumentNumber, withRecruitmentCosts } from './claim-variations.ts';

const samplesDir = fileURLToPath(new URL('./samples/', import.meta.url));
const formsDir = fileURLToPath(new URL('../../forms/', import.meta.url));
/** When the files were made and received: a fixed day, so the samples do not change on every run. */
const madeAt = new Date('2026-12-04T01:00:00Z');

type Format = 'pdf' | 'payload' | 'draft';

interface Sample {
  example: string;
  format: Format;
  /** Changes the data before it is written (a fault or a variation). */
  vary?: (data: unknown) => unknown;
  /** Changes the payload's stated amounts (a hand-edited file). */
  editAmounts?: boolean;
  /** Received this many minutes after `madeAt` (the later copy of a duplicate is newer). */
  later?: number;
  note: string;
}

const samples: Sample[] = [
  { example: 'city-two-consolidations-research-cap', format: 'payload', note: '正しい申請' },
  { example: 'function-integration-school-lunch', format: 'pdf', note: '正しい申請（PDF）' },
  { example: 'prefecture-city-library-third-year', format: 'payload', note: '正しい申請' },
  { example: 'prefecture-city-research-stage', format: 'payload', note: '正しい申請' },
  { example: 'prefecture-library-both-stages', format: 'pdf', note: '正しい申請（PDF）' },
  { example: 'town-research-stage-no-target', format: 'draft', note: '下書きファイルで届いた申請' },
  { example: 'prefecture-three-people', format: 'payload', note: '正しい申請' },
  { example: 'municipality-local-autonomy-dispatch', format: 'pdf', note: '重複（先に PDF）' },
  {
    example: 'municipality-local-autonomy-dispatch',
    format: 'payload',
    later: 60,
    note: '重複（後から同じ申請を JSON で）',
  },
  { example: 'prefecture-recruitment-planned-post', format: 'payload', note: '上限超過の1件目' },
  {
    example: 'prefecture-recruitment-no-post-yet',
    format: 'payload',
    vary: (data) => withDocumentNumber(withRecruitmentCosts(data, [1_300_000]), '市第２３５号'),
    note: '上限超過の2件目（別の文書番号で募集経費を追加）',
  },
  {
    example: 'prefecture-two-people-with-contribution',
    format: 'payload',
    editAmounts: true,
    note: '記載の額を手で書き換えた申請',
  },
];

async function exampleOf(name: string): Promise<{ formId: string; data: unknown }> {
  for (const entry of formRegistry) {
    if (!(await entry.examples()).valid.includes(`${name}.json`)) continue;
    const json = JSON.parse(await readFile(`${formsDir}${entry.id}/examples/${name}.json`, 'utf8'));
    return { formId: entry.id, data: 'formId' in json ? json.data : json };
  }
  throw new Error(`例 ${name} がありません`);
}

const modules = new Map<string, FormModule>();
async function moduleOf(formId: string): Promise<FormModule> {
  if (!modules.has(formId)) {
    const module = await formRegistry.find((f) => f.id === formId)!.load();
    await module.prepare?.();
    modules.set(formId, module);
  }
  return modules.get(formId)!;
}

/** The hand edit: one more million on the first line and on the total. */
function edited(amounts: { lines: { amount: number }[]; totals: { yen: number } }) {
  const [first, ...rest] = amounts.lines;
  return {
    ...amounts,
    lines: first ? [{ ...first, amount: first.amount + 1_000_000 }, ...rest] : [],
    totals: { ...amounts.totals, yen: amounts.totals.yen + 1_000_000 },
  };
}

async function bytesOf(module: FormModule, sample: Sample, data: unknown): Promise<Uint8Array> {
  const payload = createSession(module.definition, { data }).submitPayload();
  if (sample.format === 'pdf') {
    const spec = await module.pdfDocument({ payload, submitDate: '2026-12-04', attachments: [] });
    return (await buildPdf(spec, await loadNodeFonts(), { generatedAt: madeAt })).bytes;
  }
  if (sample.format === 'draft') {
    const { id, schemaVersion } = module.definition;
    const title = module.definition.draftTitle?.(data) ?? module.definition.title;
    // A fixed id and date: the sample file stays the same on every run.
    const draft = {
      ...newDraft({ formId: id, schemaVersion, data, step: 'review', title }),
      id: 'demo-rollup-sample',
      updatedAt: madeAt.toISOString(),
    };
    return new Uint8Array(await (await exportDraft(draft)).arrayBuffer());
  }
  const amounts = sample.editAmounts ? edited(payload.amounts as never) : payload.amounts;
  const { pdf: _none, ...body } = { ...payload, amounts, pdf: undefined };
  return new TextEncoder().encode(JSON.stringify(body, null, 2));
}

const extension: Record<Format, string> = {
  pdf: 'pdf',
  payload: 'json',
  draft: 'koiki-draft.json',
};

/**
 * A registered form with no sample above (a form added later) brings each of its valid examples as
 * a submitted payload, so the demo shows every measure.
 */
async function otherFormsExamples(): Promise<Sample[]> {
  const named = new Set(samples.map((sample) => sample.example));
  const perForm = await Promise.all(
    formRegistry.map(async (entry) => {
      const names = (await entry.examples()).valid.map((file) => file.replace(/\.json$/, ''));
      return names.some((name) => named.has(name)) ? [] : names;
    }),
  );
  return perForm.flat().map((example) => ({ example, format: 'payload', note: '正しい申請' }));
}

samples.push(...(await otherFormsExamples()));

await rm(samplesDir, { recursive: true, force: true });
await mkdir(samplesDir, { recursive: true });
const index = [];
for (const [i, sample] of samples.entries()) {
  const { formId, data: original } = await exampleOf(sample.example);
  const data = sample.vary ? sample.vary(original) : original;
  const module = await moduleOf(formId);
  const title = (module.definition.draftTitle?.(data) ?? module.definition.title).replace(
    /\s+/g,
    '_',
  );
  const file = `${String(i + 1).padStart(2, '0')}_${title}.${extension[sample.format]}`;
  await writeFile(`${samplesDir}${file}`, await bytesOf(module, sample, data));
  index.push({
    file,
    lastModified: madeAt.getTime() + (sample.later ?? 0) * 60_000,
    note: sample.note,
  });
}
// A file that is no claim at all, to show how a refusal looks.
await writeFile(`${samplesDir}壊れたファイル.pdf`, 'これは PDF ではありません。');
index.push({
  file: '壊れたファイル.pdf',
  lastModified: madeAt.getTime(),
  note: '読み込めないファイル',
});
await writeFile(`${samplesDir}index.json`, `${JSON.stringify(index, null, 2)}\n`);
console.log(`${index.length} 件の見本を ${samplesDir} に書きました。`);
