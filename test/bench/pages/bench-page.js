// Runs inside the bench page: loads the built assistant and times what a user waits for.
// Plain JS served as is, so nothing is transformed between the file and the browser.

const bundleUrl = '/bundle/koiki-assistant.js';
const assetsBase = '/bundle/koiki-assets/';
/** The original two TTF weights, as SurveyJS embeds them (run.ts serves them here). */
const surveyFontsBase = '/survey-fonts/';

// Keep every resource entry (the default buffer holds 250): `scriptsFetched` reads them.
performance.setResourceTimingBufferSize(10_000);

/** Main-thread tasks over 50 ms, as the browser reports them. */
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

/** Frames that took 50 ms or more, with the scripts that ran in them (what a long task was). */
const longFrames = [];
new PerformanceObserver((list) => longFrames.push(...list.getEntries())).observe({
  type: 'long-animation-frame',
  buffered: true,
});

/** When the page posted to a worker (by request kind) and heard back, in performance.now() time. */
const workerMessages = [];
const PageWorker = window.Worker;
window.Worker = class BenchWorker extends PageWorker {
  constructor(url, options) {
    super(url, options);
    // Registered before the product's own listener, so `at` is when the reply reached the page.
    this.addEventListener('message', () =>
      workerMessages.push({ kind: 'reply', at: performance.now() }),
    );
  }
  postMessage(message, options) {
    workerMessages.push({ kind: message?.kind ?? 'message', at: performance.now() });
    super.postMessage(message, options);
  }
};

const overlaps = (entry, start, end) =>
  entry.startTime + entry.duration >= start && entry.startTime <= end;

const fileOf = (url) => (url ? url.split('/').pop().split('?')[0] : '');

/** The long tasks and long frames between `start` and `end`, times relative to `start`. */
function longWorkBetween(start, end) {
  const at = (entry) => Math.round(entry.startTime - start);
  return {
    tasks: longTasks
      .filter((t) => overlaps(t, start, end))
      .map((t) => ({ at: at(t), ms: Math.round(t.duration) })),
    frames: longFrames
      .filter((f) => overlaps(f, start, end))
      .map((f) => ({
        at: at(f),
        ms: Math.round(f.duration),
        blockingMs: Math.round(f.blockingDuration),
        renderMs: Math.round(
          f.startTime + f.duration - (f.renderStart || f.startTime + f.duration),
        ),
        scripts: f.scripts
          .filter((s) => s.duration >= 5)
          .map((s) => ({
            ms: Math.round(s.duration),
            what: `${s.invokerType} ${s.invoker} ${fileOf(s.sourceURL)} ${s.sourceFunctionName}`.trim(),
          })),
      })),
  };
}

/** The longest task (≥ 50 ms, else 0) that ran between `start` and `end`. */
const longestTaskBetween = (start, end) =>
  Math.max(
    0,
    ...longTasks
      .filter((t) => t.startTime + t.duration >= start && t.startTime <= end)
      .map((t) => t.duration),
  );

/** Yields to the event loop without the 4 ms clamp of nested timers. */
const tick = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/**
 * Waits for the page to be at rest (an idle period, then a task of its own), as it is when a user
 * acts: what a page does while it opens (the 団体 list, the step elements) is not the action's time.
 */
async function atRest() {
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  await tick();
}

/**
 * A form's page at rest: the form's contract (loaded once the page is idle after the first step)
 * has arrived and the step is drawn with it, then the page is idle. Before that a keystroke would
 * be checked by nothing and a click would share its time with the page's own opening.
 */
async function formAtRest(runner) {
  await runner.session.whenContract();
  await runner.updateComplete;
  await atRest();
}

async function until(find, what, limitMs = 60_000) {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > limitMs) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

const runnerOf = (assistant) =>
  until(() => assistant.shadowRoot?.querySelector('koiki-form-runner'), 'the form runner');

const primaryButton = (runner) =>
  until(
    () => runner.shadowRoot?.querySelector('.navigation button.primary'),
    'the step to be interactive',
  );

function newAssistant() {
  const assistant = document.createElement('koiki-assistant');
  assistant.setAttribute('assets-base', assetsBase);
  document.getElementById('host').append(assistant);
  return assistant;
}

/**
 * Paths of the JS and CSS files fetched so far (resource timing lists a file once it has arrived),
 * so what the page fetches later, in the background, is not counted as needed before.
 */
const scriptsFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\.(js|css)$/.test(path));

/**
 * Module loaded → first step rendered with its 「次へ」-type button (inline mode), and the files
 * fetched by that moment.
 */
export async function firstStep(formId) {
  const start = performance.now();
  await import(bundleUrl);
  const loaded = performance.now();
  const assistant = document.createElement('koiki-assistant');
  assistant.setAttribute('assets-base', assetsBase);
  assistant.setAttribute('form', formId);
  document.getElementById('host').append(assistant);
  const runner = await runnerOf(assistant);
  await runner.updateComplete;
  await primaryButton(runner);
  const interactiveMs = performance.now() - loaded;
  return { loadMs: loaded - start, interactiveMs, beforeFirstStep: scriptsFetched() };
}

function randomBlob(size, type) {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  return new Blob([bytes], { type });
}

function draftRecord({ formId, schemaVersion, data, step, files = [] }) {
  return {
    id: crypto.randomUUID(),
    formId,
    schemaVersion,
    rev: 0,
    data,
    raw: {},
    step,
    attachments: files.map((file, index) => ({
      id: `${file.kind}/${index}`,
      name: file.name,
      type: file.type,
      size: file.size,
      blob: randomBlob(file.size, file.type),
    })),
    title: `bench ${step}`,
    updatedAt: new Date().toISOString(),
  };
}

/** Stores a draft and opens it in a new assistant; resolves with the rendered runner. */
export async function openDraft(draft) {
  await import(bundleUrl);
  const assistant = newAssistant();
  const store = await assistant.store;
  const saved = await store.save(draftRecord(draft));
  await assistant.open(draft.formId, saved.id);
  const runner = await runnerOf(assistant);
  await runner.updateComplete;
  await until(() => runner.shadowRoot?.querySelector('h3.step-title'), 'the step');
  return { assistant, runner, store };
}

/** Focuses the yen input at `path` and records keydown → runner updated → amounts recomputed. */
export async function prepareKeystrokes(draft, path) {
  const { runner } = await openDraft(draft);
  // A cell of a table lives in the table's shadow root; the table re-renders after the runner.
  const table = await until(
    () =>
      [...runner.shadowRoot.querySelectorAll('koiki-repeatable-rows')].find((t) =>
        path.startsWith(`${t.dataset.path}.`),
      ),
    `the table around ${path}`,
  );
  await table.updateComplete;
  const field = await until(
    () => table.shadowRoot.querySelector(`koiki-yen-field[data-path="${path}"]`),
    `the field ${path}`,
  );
  await field.updateComplete;
  const input = field.shadowRoot.querySelector('input');
  await formAtRest(runner);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  const times = [];
  let startedAt;
  window.addEventListener('keydown', () => (startedAt = performance.now()), { capture: true });
  // Bubbling listener on window: runs after the field has told the session.
  window.addEventListener('input', () => {
    const start = startedAt;
    void runner.updateComplete
      .then(() => table.updateComplete)
      .then(() => {
        void runner.session.amounts;
        void runner.session.stepIssues();
        times.push(performance.now() - start);
      });
  });
  window.keystrokeTimes = times;
  return { rows: table.shadowRoot.querySelectorAll('.row').length };
}

/** Saves after one change, `runs` times; each time from flush() to the store being up to date. */
export async function autosaveTimes(draft, runs) {
  const { runner } = await openDraft(draft);
  const { session, autosave } = runner;
  await formAtRest(runner);
  await autosave.flush();
  const times = [];
  for (let i = 0; i < runs; i++) {
    // A save follows a pause in typing: the page is at rest when it starts.
    await atRest();
    session.set('contact.name', `測定 ${i}`);
    await runner.updateComplete;
    const start = performance.now();
    await autosave.flush();
    times.push(performance.now() - start);
  }
  return { times, status: autosave.status.state };
}

/** Stores `count` drafts, then times <koiki-draft-list> from mounting to every draft listed. */
export async function draftListTime(draft, count) {
  const { runner, store } = await openDraft(draft);
  for (let i = 0; i < count; i++) await store.save(draftRecord({ ...draft, step: draft.step }));
  const total = (await store.list(draft.formId)).length;
  const list = document.createElement('koiki-draft-list');
  list.store = Promise.resolve(store);
  list.module = runner.module;
  const start = performance.now();
  document.getElementById('host').append(list);
  await until(() => list.shadowRoot?.querySelectorAll('li').length >= total, 'the draft list');
  await list.updateComplete;
  return { ms: performance.now() - start, listed: list.shadowRoot.querySelectorAll('li').length };
}

/**
 * Resolves once the runner shows a finished PDF (or its error). Watches the runner's DOM instead
 * of polling, so that the page leaves the CPU to the worker while it waits.
 */
function pdfShown(runner) {
  const ready = () => !runner.busy && runner.pdf;
  return new Promise((resolve, reject) => {
    const limit = setTimeout(() => reject(new Error('timed out waiting for the PDF')), 60_000);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(limit);
      resolve();
    });
    observer.observe(runner.shadowRoot, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

export async function pdfOnce(runner) {
  // 「PDF を作成」 first, 「PDF を作り直す」 (secondary) once a PDF exists.
  const button = [...runner.shadowRoot.querySelectorAll('.actions button')].find((b) =>
    /PDF を作(成|り直す)/.test(b.textContent),
  );
  if (!button) throw new Error('no PDF button on the done step');
  // A user clicks on a page at rest, in a task of its own (not inside the draft's opening).
  await formAtRest(runner);
  const start = performance.now();
  button.click();
  // The click handler's own synchronous part (the runner's update then runs as a microtask).
  const handled = performance.now();
  await pdfShown(runner);
  const end = performance.now();
  const ms = end - start;
  const pdf = runner.pdf;
  await runner.updateComplete;
  const rendered = performance.now();
  await tick(); // the observer hears of the last long task after it ends
  const longestTaskMs = longestTaskBetween(start, end);
  const since = (kind) => workerMessages.find((m) => m.kind === kind && m.at >= start)?.at;
  const relative = (at) => (at === undefined ? undefined : at - start);
  // click → request posted to the worker → its reply → the runner has the PDF → re-rendered.
  const timeline = {
    handled: handled - start,
    posted: relative(since('build')),
    replied: relative(since('reply')),
    done: ms,
    rendered: rendered - start,
  };
  const longWork = longWorkBetween(start, rendered);
  return pdf.ok
    ? { ms, bytes: pdf.blob.size, pages: pdf.pages, longestTaskMs, timeline, longWork }
    : { ms, error: pdf.message };
}

/** The first PDF after page load (fonts fetched), then `warmRuns` more. */
export async function pdfTimes(draft, warmRuns) {
  const { runner } = await openDraft({ ...draft, step: 'done' });
  const cold = await pdfOnce(runner);
  const warm = [];
  for (let i = 0; i < warmRuns && !cold.error; i++) warm.push(await pdfOnce(runner));
  return { cold, warm };
}

/** Module loaded → a stored draft opened on its table step, `rows` rows rendered. */
export async function tableStep(draft, rows) {
  const start = performance.now();
  await import(bundleUrl);
  const loaded = performance.now();
  const { runner } = await openDraft(draft);
  // The rows live in the table element's own shadow root.
  const rowCount = () =>
    [...runner.shadowRoot.querySelectorAll('koiki-repeatable-rows')]
      .map((table) => table.shadowRoot?.querySelectorAll('li.row').length ?? 0)
      .reduce((a, b) => a + b, 0);
  await until(() => rowCount() >= rows, `${rows} rows`);
  return { loadMs: loaded - start, renderMs: performance.now() - loaded };
}

function loadCss(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`cannot load ${href}`));
    document.head.append(link);
  });
}

/** SurveyJS: module (and its CSS) loaded → the page `pageName` rendered with `rows` table rows. */
export async function surveyRender(survey, pageName, rows) {
  const start = performance.now();
  const [peer] = await Promise.all([import(survey.entry), ...survey.css.map(loadCss)]);
  const loaded = performance.now();
  await peer.renderAt(document.getElementById('host'), survey.json, survey.data, pageName, rows);
  return { loadMs: loaded - start, renderMs: performance.now() - loaded };
}

/** SurveyJS: the first PDF after page load (survey-pdf and fonts fetched), then `warmRuns` more. */
export async function surveyPdfTimes(survey, warmRuns) {
  const peer = await import(survey.entry);
  const once = async () => {
    const start = performance.now();
    const bytes = await peer.makePdf(survey.json, survey.data, surveyFontsBase);
    return { ms: performance.now() - start, bytes };
  };
  const cold = await once();
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await once());
  return { cold, warm };
}
