// `npm run bench`: bytes, then timings in headless Chromium, side by side with SurveyJS.
// Prints tables and writes dist/bench/results.json.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { type BenchDraft, dispatchExample, manyCostRows, manyPosts } from './bench-drafts.ts';
import * as measure from './browser-bench.ts';
import { checkBudgets } from './budgets.ts';
import { type Sizes, sizeReader, sum } from './byte-sizes.ts';
import { budgetText, byteTable, contributorTable } from './byte-table.ts';
import { measureDraftRows } from './draft-rows.ts';
import { measureFirstStepRows } from './first-step-rows.ts';
import { measureBytes } from './measure-bytes.ts';
import { measurePdfRows } from './pdf-rows.ts';
import { measureRollupPageRows } from './rollup-page-rows.ts';
import { measureRollupRows } from './rollup-rows.ts';
import { median, type Spread, spread } from './stats.ts';
import { buildSurveyBundle } from './surveyjs/build-survey.ts';
import { surveyData, surveyJson, surveyPostsPage } from './surveyjs/survey-json.ts';
import { targets, type Verdict, verdict, verdictLine } from './targets.ts';
import { kb, ms, textTable } from './text-table.ts';

const runs = { firstStep: 5, keystrokes: 60, pdfCold: 3, pdfWarm: 5, render: 5 };
const costRows = 200;
const tableRows = 10;
const resultsFile = fileURLToPath(new URL('../../dist/bench/results.json', import.meta.url));
const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
const dispatch = 'specialist-dispatch';
const fontPackage = '@expo-google-fonts/biz-udpgothic';

const log = (text = '') => console.log(text);
const section = (title: string) => log(`\n== ${title} ==`);
const spreadCells = (s: Spread) => [ms(s.p50), ms(s.p95), String(s.n)];

async function repeat<T>(times: number, once: () => Promise<T>): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < times; i++) all.push(await once());
  return all;
}

/** The two original TTF weights under the names the SurveyJS page asks for (it embeds them whole). */
async function originalFonts(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'koiki-survey-fonts-'));
  const root = dirname(createRequire(import.meta.url).resolve(`${fontPackage}/package.json`));
  await copyFile(
    join(root, '400Regular/BIZUDPGothic_400Regular.ttf'),
    join(dir, 'BIZUDPGothic-Regular.ttf'),
  );
  await copyFile(
    join(root, '700Bold/BIZUDPGothic_700Bold.ttf'),
    join(dir, 'BIZUDPGothic-Bold.ttf'),
  );
  return dir;
}

/** The gzip bytes of what a page downloaded from one route (JS and CSS only). */
function downloaded(requests: string[], prefix: string, sizeOf: (file: string) => Sizes): Sizes {
  const files = [...new Set(requests.filter((r) => r.startsWith(prefix) && /\.(js|css)$/.test(r)))];
  return sum(files.map((r) => sizeOf(r.slice(prefix.length))));
}

log('Koiki Forms bench — building the assistant and the SurveyJS peer…');
const bytes = await measureBytes();
const survey = await buildSurveyBundle();
const surveySize = sizeReader(survey.dir);
const surveyFonts = await originalFonts();
const server = await startStaticServer({
  '/bundle/': bytes.bundle.dir,
  '/bench/': pagesDir,
  '/surveyjs/': survey.dir,
  '/survey-fonts/': surveyFonts,
});
const browser = await launchBrowser();
const ctx = { browser, server };
const verdicts: Verdict[] = [];
const forms = bytes.classes.forms.map((f) => f.id);

try {
  section('1. bytes（1 KB = 1,000 bytes）');
  log(byteTable(bytes));
  if (bytes.bundle.missingForms.length > 0)
    log(`様式がまだありません（除外）: ${bytes.bundle.missingForms.join(', ')}`);
  const budgets = checkBudgets(bytes.report);
  log(`\n${budgetText(budgets)}`);
  if (budgets.some((b) => !b.ok)) log(`\n${contributorTable(bytes, 10)}`);

  section('2. module loaded → first step interactive (inline)');
  const firstSteps = await measureFirstStepRows(ctx, bytes, runs.firstStep);
  log(firstSteps.table);
  verdicts.push(...firstSteps.verdicts);

  section(`3. keystroke → errors and amounts updated (${costRows} cost rows)`);
  const keyDraft: BenchDraft = { formId: dispatch, data: manyCostRows(costRows), step: 'costs' };
  const keys = await measure.keystrokes(
    ctx,
    keyDraft,
    'recruitmentItems.100.amount',
    runs.keystrokes,
  );
  const keySpread = spread(keys.value.times);
  log(
    textTable(
      ['measure', 'p50', 'p95', 'n'],
      [[`${keys.value.rows} rows rendered`, ...spreadCells(keySpread)]],
    ),
  );
  verdicts.push(
    verdict(`keystroke p95 (${costRows} rows)`, keySpread.p95, targets.keystrokeP95Ms, 'ms'),
  );

  section('4. autosave and the draft list');
  const draftRows = await measureDraftRows(ctx);
  log(draftRows.table);
  verdicts.push(...draftRows.verdicts);

  section('5. PDF (cold: first after page load, fonts fetched; warm: again in the same page)');
  const pdfRows = await measurePdfRows(ctx, forms, { cold: runs.pdfCold, warm: runs.pdfWarm });
  log(pdfRows.table);
  verdicts.push(...pdfRows.verdicts);

  section('5b. fonts: transferred, and the first PDF of a first and of a second visit (10 Mbit/s)');
  const visitDraft: BenchDraft = { formId: dispatch, data: dispatchExample(), step: 'done' };
  const visits = await repeat(runs.pdfCold, () => measure.pdfTwoVisits(ctx, visitDraft));
  const twoVisits = {
    fontsTransferred: bytes.report.fontsTransferred,
    firstVisitColdMs: median(visits.map((v) => v.first.run.ms)),
    secondVisitColdMs: median(visits.map((v) => v.second.run.ms)),
    firstVisitFetchedFont: visits.every((v) => v.first.fontFetched),
    secondVisitFetchedFont: visits.some((v) => v.second.fontFetched),
  };
  log(
    textTable(
      ['measure', 'value'],
      [
        ['font transferred (one .ttf.gz, bold drawn)', kb(twoVisits.fontsTransferred)],
        ['first PDF, first visit (font fetched)', ms(twoVisits.firstVisitColdMs)],
        ['first PDF, second visit (font from Cache Storage)', ms(twoVisits.secondVisitColdMs)],
        [
          'second visit fetched the font again',
          twoVisits.secondVisitFetchedFont ? 'yes ✗' : 'no ✓',
        ],
      ],
    ),
  );

  section(`6. the same claim in SurveyJS 2.5.25 (${tableRows}-row posts table, same font)`);
  const tableData = manyPosts(tableRows);
  const peer: measure.SurveyPage = {
    entry: `/surveyjs/${survey.entry.file}`,
    css: survey.entry.css.map((c) => `/surveyjs/${c}`),
    json: surveyJson(tableData),
    data: surveyData(tableData),
  };
  const tableDraft: BenchDraft = { formId: dispatch, data: tableData, step: 'posts' };
  const oursRender = await repeat(runs.render, () => measure.tableStep(ctx, tableDraft, tableRows));
  const theirsRender = await repeat(runs.render, () =>
    measure.surveyRender(ctx, peer, surveyPostsPage, tableRows),
  );
  const oursPdf = await repeat(
    runs.pdfCold,
    async () => (await measure.pdf(ctx, { ...tableDraft, step: 'done' }, runs.pdfWarm)).value,
  );
  const theirsPdf = await repeat(
    runs.pdfCold,
    async () => (await measure.surveyPdf(ctx, peer, runs.pdfWarm)).value,
  );
  const oursBytes = downloaded(oursRender[0]!.requests, '/bundle/', bytes.sizeOf);
  const theirsBytes = downloaded(theirsRender[0]!.requests, '/surveyjs/', surveySize);
  const oursPdfBytes = bytes.report.rows.find((r) => r.name.startsWith('PDF'))!.sizes;
  const renderFiles = new Set(theirsRender[0]!.requests);
  const theirsPdfCode = downloaded(
    (await measure.surveyPdf(ctx, peer, 0)).requests.filter((r) => !renderFiles.has(r)),
    '/surveyjs/',
    surveySize,
  );
  const compare = {
    bytesGzip: { ours: oursBytes.gzip, theirs: theirsBytes.gzip },
    renderMs: {
      ours: median(oursRender.map((r) => r.value.renderMs)),
      theirs: median(theirsRender.map((r) => r.value.renderMs)),
    },
    pdfCodeGzip: { ours: oursPdfBytes.gzip, theirs: theirsPdfCode.gzip },
    pdfColdMs: {
      ours: median(oursPdf.map((p) => p.cold.ms)),
      theirs: median(theirsPdf.map((p) => p.cold.ms)),
    },
    pdfWarmMs: {
      ours: median(oursPdf.flatMap((p) => p.warm.map((w) => w.ms))),
      theirs: median(theirsPdf.flatMap((p) => p.warm.map((w) => w.ms))),
    },
    pdfBytes: { ours: oursPdf[0]!.cold.bytes ?? 0, theirs: theirsPdf[0]!.cold.bytes ?? 0 },
  };
  const fmt = (key: keyof typeof compare, v: number) => (key.endsWith('Ms') ? ms(v) : kb(v));
  log(
    textTable(
      ['measure', 'Koiki Forms', 'SurveyJS', 'ours / theirs'],
      Object.entries(compare).map(([key, { ours, theirs }]) => [
        key,
        fmt(key as keyof typeof compare, ours),
        fmt(key as keyof typeof compare, theirs),
        (ours / theirs).toFixed(2),
      ]),
    ),
  );
  // Issue 19: our first step (slowest form) within 0.4 × SurveyJS's render in the same run.
  const slowestFirstStep = Math.max(...Object.values(firstSteps.byForm).map((r) => r.interactive));
  const firstStepRatio = slowestFirstStep / compare.renderMs.theirs;
  log(
    `first step interactive (slowest form) / SurveyJS render: ${ms(slowestFirstStep)} / ${ms(compare.renderMs.theirs)} = ${firstStepRatio.toFixed(2)}`,
  );
  verdicts.push(
    verdict(
      'first step interactive / SurveyJS render (ratio, same run)',
      firstStepRatio,
      targets.firstStepVsSurveyRatio,
      'ratio',
    ),
  );
  log(
    `ratio ours/theirs: ${Object.entries(compare)
      .map(([key, { ours, theirs }]) => `${key} ${(ours / theirs).toFixed(2)}`)
      .join(', ')}`,
  );

  section('7. roll-up: received PDFs → report → .xlsx (Node, issue 18)');
  const rollup = await measureRollupRows();
  log(rollup.table);
  verdicts.push(...rollup.verdicts);

  section('7b. roll-up page: files chosen → table shown (<koiki-rollup> in Chromium, issue 18)');
  const rollupPage = await measureRollupPageRows(browser);
  log(rollupPage.table);
  verdicts.push(...rollupPage.verdicts);

  section('targets');
  log(verdicts.map(verdictLine).join('\n'));

  await mkdir(fileURLToPath(new URL('../../dist/bench/', import.meta.url)), { recursive: true });
  await writeFile(
    resultsFile,
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        bytes: {
          rows: bytes.report.rows,
          fillOneForm: bytes.report.fillOneForm,
          beforeFirstStep: bytes.report.beforeFirstStep,
          budgets,
        },
        missingForms: bytes.bundle.missingForms,
        firstStep: firstSteps.byForm,
        firstStepDisagreements: firstSteps.disagreements,
        keystroke: { rows: keys.value.rows, ...keySpread },
        autosave: draftRows.autosave,
        draftList: draftRows.draftList,
        pdf: pdfRows.results,
        pdfTwoVisits: twoVisits,
        surveyjs: compare,
        rollup: rollup.runs,
        rollupPage: rollupPage.runs,
        targets: verdicts,
      },
      null,
      2,
    )}\n`,
  );
  log(`\nresults: ${resultsFile}`);
} finally {
  await browser.close();
  await server.close();
  await rm(bytes.bundle.dir, { recursive: true, force: true });
  await rm(survey.dir, { recursive: true, force: true });
  await rm(surveyFonts, { recursive: true, force: true });
}
