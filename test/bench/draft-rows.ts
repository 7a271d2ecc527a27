// Section 4 of the bench: autosave (typical, with files, 200 rows + 5 MB) and the draft list of
// 500, shared by `npm run bench` and `npm run bench:drafts` (only these rows, for quick checks).
import {
  attachmentsOf,
  type BenchDraft,
  dispatchExample,
  exampleFiles,
  manyCostRows,
} from './bench-drafts.ts';
import * as measure from './browser-bench.ts';
import { median, type Spread, spread } from './stats.ts';
import { targets, type Verdict, verdict } from './targets.ts';
import { ms, textTable } from './text-table.ts';

const dispatch = 'specialist-dispatch';
const autosaveRuns = 30;
const costRows = 200;
const listDrafts = 500;
/** The list is timed once per fresh page; the median of a few runs is less at the mercy of load. */
const listRuns = 3;

export interface DraftRows {
  autosave: Record<string, Spread>;
  /** The median of `runs` timings, and the spread. */
  draftList: { ms: number; listed: number; runs: number[] };
  table: string;
  verdicts: Verdict[];
}

export async function measureDraftRows(ctx: measure.BenchContext): Promise<DraftRows> {
  const typical: BenchDraft = {
    formId: dispatch,
    data: dispatchExample(),
    step: 'applicant',
  };
  const typicalName = 'typical draft (example, no files)';
  const bigName = `${costRows}-row draft + 5 MB attachments`;
  const cases: [string, BenchDraft][] = [
    [typicalName, typical],
    ['typical draft + its 3 files (0.78 MB)', { ...typical, files: exampleFiles() }],
    [
      bigName,
      {
        formId: dispatch,
        data: manyCostRows(costRows),
        step: 'applicant',
        files: attachmentsOf(5_000_000),
      },
    ],
  ];
  const autosave: Record<string, Spread> = {};
  for (const [name, draft] of cases) {
    autosave[name] = spread((await measure.autosave(ctx, draft, autosaveRuns)).value.times);
  }
  const lists = [];
  for (let i = 0; i < listRuns; i++)
    lists.push((await measure.draftList(ctx, typical, listDrafts)).value);
  const runs = lists.map((l) => l.ms);
  const draftList = { ms: median(runs), listed: lists[0]!.listed, runs };
  const table = textTable(
    ['measure', 'p50', 'p95', 'n'],
    [
      ...Object.entries(autosave).map(([name, s]) => [
        `autosave: ${name}`,
        ms(s.p50),
        ms(s.p95),
        String(s.n),
      ]),
      [
        `draft list: ${draftList.listed} drafts, mount → listed (${runs.map(ms).join(', ')})`,
        ms(draftList.ms),
        '',
        String(runs.length),
      ],
    ],
  );
  const verdicts = [
    verdict(
      'autosave p95 (typical draft)',
      autosave[typicalName]!.p95,
      targets.autosaveTypicalP95Ms,
      'ms',
    ),
    verdict(`autosave p95 (${bigName})`, autosave[bigName]!.p95, targets.autosaveLargeP95Ms, 'ms'),
    verdict(`draft list (${draftList.listed} drafts)`, draftList.ms, targets.draftListMs, 'ms'),
  ];
  return { autosave, draftList, table, verdicts };
}
