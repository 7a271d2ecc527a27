// Drives bench.html in headless Chromium: each measure gets a fresh browser context (empty
// IndexedDB, empty cache) and reports what the page measured plus the files it downloaded.
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../e2e/support/static-server.ts';
import { type BenchDraft, withCurrentVersion } from './bench-drafts.ts';

export interface BenchContext {
  browser: Browser;
  server: StaticServer;
}

export interface InPage<T> {
  value: T;
  /** Paths the page requested, in order. */
  requests: string[];
}

/** Opens bench.html in a new context, runs `work`, and closes the context. */
export async function inFreshPage<T>(
  { browser, server }: BenchContext,
  work: (page: Page) => Promise<T>,
): Promise<InPage<T>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const from = server.requests.length;
    await page.goto(`${server.url}bench/bench.html`);
    await page.waitForFunction('window.bench !== undefined');
    let value: T;
    try {
      value = await work(page);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : error}\n${errors.join('\n')}`);
    }
    return { value, requests: server.requests.slice(from) };
  } finally {
    await context.close();
  }
}

/** Calls `window.bench[name](...args)` in the page (arguments go over as JSON). */
export function call<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  const list = args.map((a) => JSON.stringify(a)).join(', ');
  return page.evaluate(`window.bench.${name}(${list})`) as Promise<T>;
}

export interface FirstStep {
  loadMs: number;
  interactiveMs: number;
  /** Paths of the JS and CSS files that had arrived when the first step became interactive. */
  beforeFirstStep: string[];
}

export function firstStep(ctx: BenchContext, formId: string) {
  return inFreshPage(ctx, (page) => call<FirstStep>(page, 'firstStep', formId));
}

/** Types `count` keys (a digit, then Backspace, in turn) into the yen input at `path`. */
export async function keystrokes(
  ctx: BenchContext,
  draft: BenchDraft,
  path: string,
  count: number,
) {
  return inFreshPage(ctx, async (page) => {
    const { rows } = await call<{ rows: number }>(
      page,
      'prepareKeystrokes',
      await withCurrentVersion(draft),
      path,
    );
    for (let i = 0; i < count; i++) {
      await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
      await page.waitForFunction(`window.keystrokeTimes.length >= ${i + 1}`);
    }
    const times = (await page.evaluate('window.keystrokeTimes')) as number[];
    return { rows, times };
  });
}

export function autosave(ctx: BenchContext, draft: BenchDraft, runs: number) {
  return inFreshPage(ctx, async (page) =>
    call<{ times: number[]; status: string }>(
      page,
      'autosaveTimes',
      await withCurrentVersion(draft),
      runs,
    ),
  );
}

export function draftList(ctx: BenchContext, draft: BenchDraft, count: number) {
  return inFreshPage(ctx, async (page) =>
    call<{ ms: number; listed: number }>(
      page,
      'draftListTime',
      await withCurrentVersion(draft),
      count,
    ),
  );
}

/** Times after the click: handler returned, request posted to the worker, its reply, PDF in the runner, re-rendered. */
export interface PdfTimeline {
  /** The click handler's synchronous part returned. */
  handled: number;
  posted?: number;
  replied?: number;
  done: number;
  rendered: number;
}

/** A frame of 50 ms or more and the scripts (≥ 5 ms) that ran in it: what a long task was. */
export interface LongFrame {
  at: number;
  ms: number;
  blockingMs: number;
  renderMs: number;
  scripts: { ms: number; what: string }[];
}

export interface PdfRun {
  ms: number;
  bytes?: number;
  pages?: number;
  /** The longest main-thread task while it was built (0 when none reached 50 ms). */
  longestTaskMs?: number;
  timeline?: PdfTimeline;
  /** Long tasks and long frames from the click to the re-render, relative to the click. */
  longWork?: { tasks: { at: number; ms: number }[]; frames: LongFrame[] };
  error?: string;
}

export interface VisitPdf {
  run: PdfRun;
  /** Whether this visit downloaded the font. */
  fontFetched: boolean;
}

const lineBytesPerSecond = 10_000_000 / 8;

/**
 * The first PDF of a first visit and of a second visit in the same browser profile (a new page
 * after the first is closed): the second should find the font in Cache Storage.
 */
export async function pdfTwoVisits(
  { browser, server }: BenchContext,
  draft: BenchDraft,
): Promise<{ first: VisitPdf; second: VisitPdf }> {
  const context = await browser.newContext();
  const visit = async (): Promise<VisitPdf> => {
    const page = await context.newPage();
    // A thin line (10 Mbit/s, 20 ms), as on LGWAN: the font download then costs what it would there.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: lineBytesPerSecond,
      uploadThroughput: lineBytesPerSecond,
    });
    const from = server.requests.length;
    await page.goto(`${server.url}bench/bench.html`);
    await page.waitForFunction('window.bench !== undefined');
    const { cold } = await call<{ cold: PdfRun }>(
      page,
      'pdfTimes',
      await withCurrentVersion(draft),
      0,
    );
    const fontFetched = server.requests.slice(from).some((r) => r.includes('/koiki-assets/'));
    await page.close();
    return { run: cold, fontFetched };
  };
  try {
    const first = await visit();
    const second = await visit();
    return { first, second };
  } finally {
    await context.close();
  }
}

export function pdf(ctx: BenchContext, draft: BenchDraft, warmRuns: number) {
  return inFreshPage(ctx, async (page) =>
    call<{ cold: PdfRun; warm: PdfRun[] }>(
      page,
      'pdfTimes',
      await withCurrentVersion(draft),
      warmRuns,
    ),
  );
}

export function tableStep(ctx: BenchContext, draft: BenchDraft, rows: number) {
  return inFreshPage(ctx, async (page) =>
    call<{ loadMs: number; renderMs: number }>(
      page,
      'tableStep',
      await withCurrentVersion(draft),
      rows,
    ),
  );
}

export interface SurveyPage {
  entry: string;
  css: string[];
  json: object;
  data: object;
}

export function surveyRender(
  ctx: BenchContext,
  survey: SurveyPage,
  pageName: string,
  rows: number,
) {
  return inFreshPage(ctx, async (page) =>
    call<{ loadMs: number; renderMs: number }>(page, 'surveyRender', survey, pageName, rows),
  );
}

export function surveyPdf(ctx: BenchContext, survey: SurveyPage, warmRuns: number) {
  return inFreshPage(ctx, async (page) =>
    call<{ cold: PdfRun; warm: PdfRun[] }>(page, 'surveyPdfTimes', survey, warmRuns),
  );
}
