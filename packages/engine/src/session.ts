// A form session: the data being typed, where the user is, what they touched, which
// steps they tried to leave, and what the schema and calculator say about it all.
// Framework-free; the UI and the draft store listen through `subscribe`.
import type { RowReuse } from '@koiki/schemas';
import {
  type DraftData,
  type FormDefinition,
  type FormOutline,
  type FormSchema,
  hasContract,
  type StepDefinition,
} from './form-definition.ts';
import {
  groupByPath,
  type Issue,
  issuesWithin,
  type RawValues,
  schemaIssues,
  withRawIssues,
} from './issues.ts';
import { getAt, isWithin, removeAt, setAt, splitPath } from './path.ts';
import {
  indexAfterMove,
  recordAfterRowMap,
  recordAfterRowRemoval,
  recordOutsideRows,
} from './rows.ts';
import {
  hiddenPaths,
  isUnderAnyOf,
  visibleFields,
  visibleSteps,
  withoutPaths,
} from './visibility.ts';

/** What a draft keeps of a session. */
export interface SessionSnapshot<Data> {
  data: DraftData<Data>;
  raw: RawValues;
  step: string;
}

/** What changed: data or raw text, the current step, or touched/submitted state. */
export type SessionChange =
  | { kind: 'data'; path?: string }
  | { kind: 'step'; step: string }
  | { kind: 'state' };

export type SessionListener = (change: SessionChange) => void;

/** The outcome of `next()`: when not ok, the issues that kept the user on this step. */
export interface StepResult {
  ok: boolean;
  issues: Issue[];
  /** When the whole-form check before review failed: the first step with an issue. */
  invalidStep?: string;
  /**
   * The form's contract is not there yet (see `FormSession.complete`): nothing was checked and
   * the step stays; call `next()` again once `whenContract()` resolves.
   */
  waiting?: true;
}

/**
 * The body a host submits; `data` holds visible data only and validates on a server. A session's
 * payload holds a draft (`SubmitPayload<DraftData<Data>>`) until the schema has passed.
 */
export interface SubmitPayload<Data, Amounts = unknown> {
  formId: string;
  schemaVersion: number;
  data: Data;
  /** The calculator's result; undefined when the form has none or it failed on this data. */
  amounts: Amounts | undefined;
}

interface Derived<Data> {
  data: DraftData<Data>;
  raw: RawValues;
  hidden: string[];
  /** `hidden` as a set, for the per-path questions. */
  hiddenSet: ReadonlySet<string>;
  visibleData: DraftData<Data>;
  issues?: Issue[];
}

const historyLimit = 200;

/**
 * One step of undo/redo. Removing or moving rows re-keys the touched marks too, so those steps
 * keep them: undoing a removed item brings back its marks with it (its errors show as before).
 */
interface HistoryEntry<Data> {
  data: DraftData<Data>;
  raw: RawValues;
  touched?: ReadonlySet<string>;
}

/**
 * Starts a session on `definition`, from a saved draft's data, raw text and step if given. An
 * outline (no schema yet) draws its steps at once and is checked once `complete` gives its contract.
 */
export function createSession<Data, Amounts>(
  definition: FormDefinition<Data, Amounts> | FormOutline<Data>,
  initial: Partial<SessionSnapshot<Data>> = {},
): FormSession<Data, Amounts> {
  return new FormSession(definition, initial);
}

/** A session over one form's draft (`DraftData<Data>`), with its amounts typed `Amounts`. */
export class FormSession<Data, Amounts = unknown> {
  #definition: FormDefinition<Data, Amounts> | FormOutline<Data>;
  /** The whole definition once its contract is there; undefined while the session runs on an outline. */
  #contract: FormDefinition<Data, Amounts> | undefined;
  #contractArrived: Promise<void>;
  #contractResolve: () => void = () => {};
  #data: DraftData<Data>;
  #raw: RawValues;
  #step: string;
  readonly #initialData: DraftData<Data>;
  readonly #initialRaw: RawValues;
  #touched = new Set<string>();
  #submitted = new Set<string>();
  #visited = new Set<string>();
  #undo: HistoryEntry<Data>[] = [];
  #redo: HistoryEntry<Data>[] = [];
  #listeners = new Set<SessionListener>();
  #derived: Derived<Data> | undefined;
  #amounts: { data: DraftData<Data>; value: Amounts | undefined } | undefined;
  #derivedValues: { data: DraftData<Data>; value: Record<string, unknown> } | undefined;
  #shownSteps: { data: DraftData<Data>; steps: readonly StepDefinition<Data>[] } | undefined;
  /** The schema's results for rows already checked: the data is never changed in place. */
  readonly #rowReuse: RowReuse = { rowResults: new WeakMap<object, unknown>() };

  constructor(
    definition: FormDefinition<Data, Amounts> | FormOutline<Data>,
    initial: Partial<SessionSnapshot<Data>>,
  ) {
    this.#definition = definition;
    this.#contract = hasContract(definition) ? definition : undefined;
    this.#contractArrived = this.#contract
      ? Promise.resolve()
      : new Promise((resolve) => {
          this.#contractResolve = resolve;
        });
    this.#data = initial.data ?? definition.emptyData();
    this.#raw = initial.raw ?? {};
    this.#initialData = this.#data;
    this.#initialRaw = this.#raw;
    const steps = this.visibleSteps();
    const resumeAt = steps.findIndex((step) => step.id === initial.step);
    const start = Math.max(resumeAt, 0);
    // A reopened draft may go back to any step before the one it was left at.
    for (const step of steps.slice(0, start + 1)) this.#visited.add(step.id);
    this.#step = steps[start]?.id ?? definition.steps[0]?.id ?? '';
  }

  /** The form's steps and questions (with its schema and calculator once they are there). */
  get definition(): FormDefinition<Data, Amounts> | FormOutline<Data> {
    return this.#definition;
  }

  /** False while the session runs on an outline: nothing is checked or computed until `complete`. */
  get hasContract(): boolean {
    return this.#contract !== undefined;
  }

  /** Resolves once the form's contract is there (at once when the definition came with it). */
  whenContract(): Promise<void> {
    return this.#contractArrived;
  }

  /**
   * Gives a session started on an outline its whole definition (same form, same steps): from
   * now on every step is checked and the amounts computed. Listeners hear a change of state.
   */
  complete(definition: FormDefinition<Data, Amounts>): void {
    if (this.#contract) return;
    const steps = (d: FormOutline<Data>) => d.steps.map((step) => step.id).join('\n');
    if (definition.id !== this.#definition.id || steps(definition) !== steps(this.#definition)) {
      throw new Error(
        `「${definition.id}」の定義は、入力中の様式「${this.#definition.id}」のものではありません。`,
      );
    }
    this.#definition = definition;
    this.#contract = definition;
    this.#forgetComputed();
    this.#contractResolve();
    this.#emit({ kind: 'state' });
  }

  /** What was worked out on the outline (no errors, no amounts) is worked out again with the contract. */
  #forgetComputed(): void {
    this.#derived = undefined;
    this.#amounts = undefined;
    this.#derivedValues = undefined;
    this.#shownSteps = undefined;
  }

  /** The schema every issue comes from; until the contract is there, one that finds nothing. */
  #schema(): FormSchema<Data> {
    return this.#contract?.schema ?? uncheckedSchema;
  }

  get data(): DraftData<Data> {
    return this.#data;
  }

  get raw(): RawValues {
    return this.#raw;
  }

  /** The current step. */
  get step(): StepDefinition<Data> {
    return this.#stepById(this.#step);
  }

  /** The value at `path`. */
  get(path: string): unknown {
    return getAt(this.#data, path);
  }

  /** Stores a parsed value at `path` and forgets any raw text there. */
  set(path: string, value: unknown): void {
    if (Object.is(this.get(path), value) && !Object.hasOwn(this.#raw, path)) return;
    this.#change(setAt(this.#data, path, value), withoutKey(this.#raw, path), path);
  }

  /** Keeps text that could not be parsed; the value at `path` is cleared so nothing stale is used. */
  setRaw(path: string, text: string): void {
    splitPath(path); // refuses '__proto__' and the like before it becomes a key
    this.#change(removeAt(this.#data, path), { ...this.#raw, [path]: text }, path);
  }

  /** Appends a row to the array at `path`. */
  addRow(path: string, row: unknown = {}): void {
    const rows = this.get(path);
    const next = Array.isArray(rows) ? [...rows, row] : [row];
    this.#change(setAt(this.#data, path, next), this.#raw, path);
  }

  /** Removes row `index` of the array at `path`; raw text and touched marks of later rows move up. */
  removeRow(path: string, index: number): void {
    const rows = this.get(path);
    if (!Array.isArray(rows) || index < 0 || index >= rows.length) return;
    const next = rows.filter((_, i) => i !== index);
    const before = this.#touched;
    const touched = recordAfterRowRemoval(this.#touchedRecord(), path, index);
    this.#touched = new Set(Object.keys(touched));
    this.#change(
      setAt(this.#data, path, next),
      recordAfterRowRemoval(this.#raw, path, index),
      path,
      before,
    );
  }

  /** Moves row `from` of the array at `path` to `to`; its raw text and touched marks go with it. */
  moveRow(path: string, from: number, to: number): void {
    const rows = this.get(path);
    if (!Array.isArray(rows) || from === to) return;
    if (from < 0 || from >= rows.length || to < 0 || to >= rows.length) return;
    const next = rows.filter((_, i) => i !== from);
    next.splice(to, 0, rows[from]);
    const where = (row: number) => indexAfterMove(row, from, to);
    const before = this.#touched;
    this.#touched = new Set(Object.keys(recordAfterRowMap(this.#touchedRecord(), path, where)));
    const raw = recordAfterRowMap(this.#raw, path, where);
    this.#change(setAt(this.#data, path, next), raw, path, before);
  }

  /**
   * Replaces every row of the array at `path` and the raw text inside it (keyed by row:
   * '2.amount') in one change, so one undo takes it back (a paste from a spreadsheet).
   */
  replaceRows(
    path: string,
    rows: readonly unknown[],
    rowRaw: Readonly<Record<string, string>>,
  ): void {
    const raw: Record<string, string> = recordOutsideRows(this.#raw, path);
    for (const [key, text] of Object.entries(rowRaw)) {
      splitPath(key);
      raw[`${path}.${key}`] = text;
    }
    this.#change(setAt(this.#data, path, [...rows]), raw, path);
  }

  #touchedRecord(): Record<string, true> {
    return Object.fromEntries([...this.#touched].map((key) => [key, true as const]));
  }

  /** Marks a field as visited by the user (call on blur). */
  touch(path: string): void {
    if (this.#touched.has(path)) return;
    this.#touched.add(path);
    this.#emit({ kind: 'state' });
  }

  isTouched(path: string): boolean {
    for (const key of this.#touched) if (isWithin(key, path) || isWithin(path, key)) return true;
    return false;
  }

  /** True when the value or raw text at `path` differs from what the session started with. */
  isDirty(path: string): boolean {
    return (
      !Object.is(this.get(path), getAt(this.#initialData, path)) ||
      this.#raw[path] !== this.#initialRaw[path]
    );
  }

  /** True when the session started with something at `path` (a reopened draft). */
  isPrefilled(path: string): boolean {
    const value = getAt(this.#initialData, path);
    return (
      (value !== undefined && value !== null && value !== '') ||
      Object.hasOwn(this.#initialRaw, path)
    );
  }

  /** True once the user tried to leave the step (or the whole form was checked). */
  isSubmitted(stepId: string): boolean {
    return this.#submitted.has(stepId);
  }

  /** The steps shown for the data now; worked out once per change (the step list asks per step). */
  visibleSteps(): readonly StepDefinition<Data>[] {
    if (this.#shownSteps?.data !== this.#data) {
      this.#shownSteps = { data: this.#data, steps: visibleSteps(this.definition, this.#data) };
    }
    return this.#shownSteps.steps;
  }

  /** The fields of a step (the current one by default) that are shown. */
  visibleFields(stepId = this.#step) {
    return visibleFields(this.#stepById(stepId), this.#data);
  }

  /** True when `path` (a field, or a value inside a row) is shown. */
  isVisible(path: string): boolean {
    return !isUnderAnyOf(path, this.#derive().hiddenSet);
  }

  /** The data with hidden fields and skipped steps removed: what is validated, calculated and submitted. */
  get visibleData(): DraftData<Data> {
    return this.#derive().visibleData;
  }

  /** Every issue of the visible data and raw text, whole form. */
  validateAll(): Issue[] {
    const derived = this.#derive();
    derived.issues ??= withRawIssues(
      schemaIssues(this.#schema(), derived.visibleData, this.#rowReuse),
      derived.raw,
    ).filter((issue) => !isUnderAnyOf(issue.path, derived.hiddenSet));
    return derived.issues;
  }

  /** The issues of one step (the current one by default): the whole-form issues within its shown fields. */
  stepIssues(stepId = this.#step): Issue[] {
    const paths = this.visibleFields(stepId).map((field) => field.path);
    return issuesWithin(this.validateAll(), paths);
  }

  /** Every issue, grouped by path. */
  issuesByPath(): Record<string, Issue[]> {
    return groupByPath(this.validateAll());
  }

  /**
   * The issues at `path` the user should see now: once the step was submitted, or once the
   * field was touched and either changed or came filled in from a draft.
   */
  shownIssues(path: string): Issue[] {
    if (!this.#shouldShow(path)) return [];
    return this.validateAll().filter((issue) => issue.path === path);
  }

  /** The issues the user should see now on one step, by path, for the error summary. */
  shownIssuesByPath(stepId = this.#step): Record<string, Issue[]> {
    return groupByPath(this.stepIssues(stepId).filter((issue) => this.#shouldShow(issue.path)));
  }

  #shouldShow(path: string): boolean {
    const step = this.#stepOfPath(path);
    if (step && this.#submitted.has(step)) return true;
    return this.isTouched(path) && (this.isDirty(path) || this.isPrefilled(path));
  }

  #stepOfPath(path: string): string | undefined {
    return this.definition.steps.find((step) =>
      step.fields.some((field) => isWithin(path, field.path)),
    )?.id;
  }

  /**
   * Leaves the current step forward when its fields have no issues; before a review step
   * the whole form is checked. Either way the step counts as submitted (errors show).
   */
  next(): StepResult {
    if (!this.#canLeaveUnchecked()) return { ok: false, issues: [], waiting: true };
    const current = this.step;
    this.#submitted.add(current.id);
    const issues = this.stepIssues(current.id);
    if (issues.length > 0) {
      this.#emit({ kind: 'state' });
      return { ok: false, issues };
    }
    const target = this.#neighbour(1);
    if (!target) {
      this.#emit({ kind: 'state' });
      return { ok: true, issues: [] };
    }
    if (target.kind === 'review') {
      const all = this.validateAll();
      if (all.length > 0) {
        for (const step of this.visibleSteps()) this.#submitted.add(step.id);
        this.#emit({ kind: 'state' });
        const invalidStep = all.map((issue) => this.#stepOfPath(issue.path)).find(Boolean);
        return { ok: false, issues: all, ...(invalidStep ? { invalidStep } : {}) };
      }
    }
    this.#moveTo(target.id);
    return { ok: true, issues: [] };
  }

  /** With the contract every step can be checked; without it only a step that asks nothing may be left. */
  #canLeaveUnchecked(): boolean {
    if (this.#contract) return true;
    return this.visibleFields().length === 0 && this.#neighbour(1)?.kind !== 'review';
  }

  /** Goes to the previous shown step without checking anything; false on the first step. */
  back(): boolean {
    const target = this.#neighbour(-1);
    if (!target) return false;
    this.#moveTo(target.id);
    return true;
  }

  /** True when `stepId` is shown and was already reached. */
  canGoTo(stepId: string): boolean {
    return this.#visited.has(stepId) && this.visibleSteps().some((step) => step.id === stepId);
  }

  /** Jumps to a step already reached (e.g. a change link on the review page). */
  goTo(stepId: string): boolean {
    if (!this.canGoTo(stepId)) return false;
    this.#moveTo(stepId);
    return true;
  }

  #neighbour(direction: 1 | -1): StepDefinition<Data> | undefined {
    const steps = this.definition.steps;
    const shown = new Set(this.visibleSteps());
    let index = steps.findIndex((step) => step.id === this.#step) + direction;
    while (index >= 0 && index < steps.length) {
      const step = steps[index];
      if (step && shown.has(step)) return step;
      index += direction;
    }
    return undefined;
  }

  #moveTo(stepId: string): void {
    this.#visited.add(stepId);
    this.#step = stepId;
    this.#emit({ kind: 'step', step: stepId });
  }

  /** The calculator's result on the visible data; recomputed only after the data changed. */
  get amounts(): Amounts | undefined {
    const definition = this.#contract;
    if (!definition?.calculate) return undefined;
    if (this.#amounts?.data !== this.#data) {
      const visible = this.visibleData;
      this.#amounts = { data: this.#data, value: safely(() => definition.calculate?.(visible)) };
    }
    return this.#amounts.value;
  }

  /**
   * The values that follow from the answers (`definition.derive` on the visible data), for the
   * step texts, the review and the PDF; recomputed only after the data changed.
   */
  get derived(): Record<string, unknown> {
    const definition = this.definition;
    if (!definition.derive) return {};
    if (this.#derivedValues?.data !== this.#data) {
      const visible = this.visibleData;
      const value = safely(() => definition.derive?.(visible)) ?? {};
      this.#derivedValues = { data: this.#data, value };
    }
    return this.#derivedValues.value;
  }

  submitPayload(): SubmitPayload<DraftData<Data>, Amounts> {
    return {
      formId: this.definition.id,
      schemaVersion: this.definition.schemaVersion,
      data: this.visibleData,
      amounts: this.amounts,
    };
  }

  /** The draft's title from its data, e.g. 「川上村 令和8年度 専門人材派遣」. */
  draftTitle(): string {
    const fromData = this.definition.draftTitle
      ? safely(() => this.definition.draftTitle?.(this.#data))
      : undefined;
    return typeof fromData === 'string' && fromData !== '' ? fromData : this.definition.title;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Takes back the last change of data or raw text. */
  undo(): boolean {
    const previous = this.#undo.pop();
    if (!previous) return false;
    this.#redo.push(this.#entry(previous.touched !== undefined));
    if (previous.touched) this.#touched = new Set(previous.touched);
    this.#replace(previous.data, previous.raw);
    return true;
  }

  /** Reapplies the last change taken back. */
  redo(): boolean {
    const following = this.#redo.pop();
    if (!following) return false;
    this.#undo.push(this.#entry(following.touched !== undefined));
    if (following.touched) this.#touched = new Set(following.touched);
    this.#replace(following.data, following.raw);
    return true;
  }

  snapshot(): SessionSnapshot<Data> {
    return { data: this.#data, raw: this.#raw, step: this.#step };
  }

  /** Replaces data, raw text and step (e.g. with another tab's version); can be undone. */
  restore(snapshot: SessionSnapshot<Data>): void {
    this.#change(snapshot.data, snapshot.raw);
    if (snapshot.step !== this.#step && this.definition.steps.some((s) => s.id === snapshot.step)) {
      this.#moveTo(snapshot.step);
    }
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The state now, for the history; with the touched marks when a change re-keys them. */
  #entry(withTouched: boolean): HistoryEntry<Data> {
    const entry: HistoryEntry<Data> = { data: this.#data, raw: this.#raw };
    if (withTouched) entry.touched = this.#touched;
    return entry;
  }

  #change(
    data: DraftData<Data>,
    raw: RawValues,
    path?: string,
    touchedBefore?: ReadonlySet<string>,
  ): void {
    this.#undo.push(
      touchedBefore
        ? { data: this.#data, raw: this.#raw, touched: touchedBefore }
        : { data: this.#data, raw: this.#raw },
    );
    if (this.#undo.length > historyLimit) this.#undo.shift();
    this.#redo = [];
    this.#replace(data, raw, path);
  }

  #replace(data: DraftData<Data>, raw: RawValues, path?: string): void {
    this.#data = data;
    this.#raw = raw;
    this.#emit(path === undefined ? { kind: 'data' } : { kind: 'data', path });
  }

  #emit(change: SessionChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  /** Hidden paths and visible data, recomputed only when data or raw text changed. */
  #derive(): Derived<Data> {
    const cached = this.#derived;
    if (cached && cached.data === this.#data && cached.raw === this.#raw) return cached;
    const same = cached?.data === this.#data;
    const hidden = same ? cached.hidden : hiddenPaths(this.definition, this.#data);
    const hiddenSet = same ? cached.hiddenSet : new Set(hidden);
    const visibleData = same ? cached.visibleData : withoutPaths(this.#data, hidden);
    this.#derived = { data: this.#data, raw: this.#raw, hidden, hiddenSet, visibleData };
    return this.#derived;
  }

  #stepById(stepId: string): StepDefinition<Data> {
    const step = this.definition.steps.find((candidate) => candidate.id === stepId);
    if (!step) throw new Error(`この様式に「${stepId}」という手順はありません。`);
    return step;
  }
}

/** Stands in for the schema until the contract is there: it reports nothing, and nothing leaves a step meanwhile (`next`). */
const uncheckedSchema: FormSchema<never> = {
  safeParse: (data) => ({ success: true, data: data as never }),
};

function withoutKey(record: RawValues, key: string): RawValues {
  if (!Object.hasOwn(record, key)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** A calculator or title function may not cope with half-typed data; that is not an error yet. */
function safely<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}
