// Writes the PDF of every valid example and a PNG per page, to look at them as a person would:
//   node --import tsx test/forms/consolidation-claim/render-examples.ts [out-dir]
//   (default .tmp/consolidation-claim-pdf)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplePdf } from './example-pdf.ts';
import { validExamples } from './examples.ts';

const out = process.argv[2] ?? '.tmp/consolidation-claim-pdf';
mkdirSync(out, { recursive: true });
for (const example of validExamples) {
  const name = example.file.replace(/\.json$/, '');
  const pdf = await examplePdf(example.data);
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, pdf.bytes);
  execFileSync('pdftoppm', ['-png', '-r', '70', file, join(out, name)]);
  console.log(`${file}: ${pdf.totalPages} ページ`);
  for (const warning of pdf.warnings) console.log(`  注意: ${warning}`);
}
