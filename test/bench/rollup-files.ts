// The files the roll-up bench reads: distinct claim PDFs made as the assistant makes them (the
// forms' examples, moved one, two, … years later, so that no two fill one 団体's slot), written
// to a temporary folder with an index.json listing them.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '@koiki/engine';
import { type FormModule, formRegistry } from '@koiki/forms';
import { buildPdf } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { claimSlot, shiftYears, withNamesMarked } from '../../demo/rollup/claim-variations.ts';

const formsDir = fileURLToPath(new URL('../../forms/', import.meta.url));
const generatedAt = new Date('2026-12-04T01:00:00Z');

interface Example {
  module: FormModule;
  data: unknown;
}

async function examples(): Promise<Example[]> {
  const all: Example[] = [];
  for (const entry of formRegistry) {
    const module = await entry.load();
    await module.prepare?.();
    for (const name of (await entry.examples()).valid) {
      const json = JSON.parse(await readFile(`${formsDir}${entry.id}/examples/${name}`, 'utf8'));
      all.push({ module, data: 'formId' in json ? json.data : json });
    }
  }
  return all;
}

/** `count` distinct claims: every example, then every example a year later, and so on. */
async function distinctClaims(count: number): Promise<Example[]> {
  const all = await examples();
  const taken = new Set<string>();
  const claims: Example[] = [];
  for (let years = 0; claims.length < count; years++) {
    for (const { module, data } of all) {
      const shifted = shiftYears(data, years);
      const moved =
        years === 0 ? shifted : withNamesMarked(shifted, 'initiatives', `（${years}年後）`);
      const slot = claimSlot(module.definition.id, moved);
      if (taken.has(slot) || claims.length >= count) continue;
      taken.add(slot);
      claims.push({ module, data: moved });
    }
  }
  return claims;
}

async function claimPdf({ module, data }: Example): Promise<Uint8Array> {
  const payload = createSession(module.definition, { data }).submitPayload();
  const spec = await module.pdfDocument({ payload, submitDate: '2026-12-04', attachments: [] });
  return (await buildPdf(spec, await loadNodeFonts(), { generatedAt })).bytes;
}

export interface RollupFiles {
  dir: string;
  names: string[];
  bytes: number;
}

/** Writes `count` distinct claim PDFs into a new temporary folder. */
export async function writeRollupFiles(count: number): Promise<RollupFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'koiki-rollup-bench-'));
  const names: string[] = [];
  let bytes = 0;
  for (const [i, claim] of (await distinctClaims(count)).entries()) {
    const pdf = await claimPdf(claim);
    const name = `${String(i + 1).padStart(4, '0')}-${claim.module.definition.id}.pdf`;
    await writeFile(join(dir, name), pdf);
    names.push(name);
    bytes += pdf.length;
  }
  await writeFile(join(dir, 'index.json'), JSON.stringify(names));
  return { dir, names, bytes };
}
