// Writes the sample PDF and a PNG per page, to look at the output as a person would:
//   node --import tsx test/pdf/render-sample.ts [out-dir]   (default .tmp/pdf-sample)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPdf } from '../../packages/pdf/src/index.ts';
import { loadNodeFonts } from '../../packages/pdf/src/node-fonts.ts';
import { GENERATED_AT, sampleSpec } from './sample-spec.ts';

const out = process.argv[2] ?? '.tmp/pdf-sample';
mkdirSync(out, { recursive: true });
const fonts = await loadNodeFonts();
const started = performance.now();
const pdf = await buildPdf(sampleSpec(), fonts, { generatedAt: GENERATED_AT });
const ms = Math.round(performance.now() - started);
const file = join(out, 'sample.pdf');
writeFileSync(file, pdf.bytes);
execFileSync('pdftoppm', ['-png', '-r', '80', file, join(out, 'sample')]);
console.log(
  `${file}: ${pdf.totalPages} pages, ${pdf.bytes.length} bytes, ${ms} ms, hash ${pdf.dataHash}`,
);
for (const warning of pdf.warnings) console.log(`warning: ${warning}`);
