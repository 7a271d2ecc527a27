// Writes the PDF of every valid example of a form and a PNG per page, to look at them as a person would:
//   node --import tsx test/forms/render-examples.ts <form-id> [out-dir]
//   (default .tmp/<form-id>-pdf)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formRegistry } from '@koiki/forms';
import { examplePdf } from './example-pdf.ts';
import { loadExamples } from './form-examples.ts';

const formId = process.argv[2] ?? '';
const entry = formRegistry.find((candidate) => candidate.id === formId);
if (!entry) {
  console.error(`様式の id を指定してください: ${formRegistry.map((e) => e.id).join('、')}`);
  process.exit(1);
}
const out = process.argv[3] ?? `.tmp/${formId}-pdf`;
mkdirSync(out, { recursive: true });
const module = await entry.load();
await module.prepare?.();
for (const example of (await loadExamples(entry)).valid) {
  const name = example.file.replace(/\.json$/, '');
  const pdf = await examplePdf(module, example.data);
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, pdf.bytes);
  execFileSync('pdftoppm', ['-png', '-r', '70', file, join(out, name)]);
  console.log(`${file}: ${pdf.totalPages} ページ`);
  for (const warning of pdf.warnings) console.log(`  注意: ${warning}`);
}
