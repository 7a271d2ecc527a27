// The byte part of the report: classes, "initial + one form", and who makes the bytes.
import type { BudgetResult } from './budgets.ts';
import { budgetLine } from './budgets.ts';
import { contributors } from './byte-sizes.ts';
import type { MeasuredBytes } from './measure-bytes.ts';
import { kb, textTable } from './text-table.ts';

export function byteTable({ report }: MeasuredBytes): string {
  const rows = [
    ...report.rows,
    ...report.fillOneForm.map((f) => ({
      name: `initial + fill ${f.form}`,
      files: f.files,
      sizes: f.sizes,
    })),
    ...report.beforeFirstStep.map((f) => ({
      name: `JS before the first step of ${f.form}`,
      files: f.files,
      sizes: f.sizes,
    })),
  ].map((r) => [
    r.name,
    String(r.files.length),
    kb(r.sizes.raw),
    kb(r.sizes.gzip),
    kb(r.sizes.brotli),
  ]);
  return textTable(['bytes (minified)', 'files', 'raw', 'gzip -9', 'brotli 11'], rows);
}

/** Top modules and packages of the initial module and of each "initial + form", by gzip share. */
export function contributorTable(measured: MeasuredBytes, top = 12): string {
  const { report, bundle, sizeOf } = measured;
  const sets = [
    { name: 'initial module', files: measured.classes.initial },
    ...report.beforeFirstStep.map((f) => ({
      name: `before the first step of ${f.form}`,
      files: f.files,
    })),
    ...report.fillOneForm.map((f) => ({ name: `initial + fill ${f.form}`, files: f.files })),
  ];
  return sets
    .map(({ name, files }) => {
      const found = contributors(files, bundle.modules, sizeOf);
      const rows = (list: typeof found.modules) =>
        list.slice(0, top).map((c) => [c.name, kb(c.rendered), `≈${kb(c.gzipShare)}`]);
      return [
        `── ${name}: largest packages / folders ──`,
        textTable(['package or folder', 'rendered', 'gzip share'], rows(found.owners)),
        `── ${name}: largest modules ──`,
        textTable(['module', 'rendered', 'gzip share'], rows(found.modules)),
      ].join('\n');
    })
    .join('\n\n');
}

export function budgetText(results: BudgetResult[]): string {
  return results.map((r) => `${r.ok ? '✓' : '✗'} ${budgetLine(r)}`).join('\n');
}
