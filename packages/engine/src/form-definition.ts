// A form is data: its schema, its steps and their fields, plus a few functions over its data.
// Forms (forms/<id>/definition.ts) are values of `FormDefinition`; the renderer turns each
// field into a Lit component by its `control`, and `FormSession` runs the definition.
//
// Paths are dotted strings into the data: 'applicant.name', 'posts.0.salary'. A repeatable
// group is one field with control 'rows' whose `path` points at the array; its `fields` have
// paths relative to one row ('salary'), and their `when` sees that row.
//
// A repeatable group of questions (several 連携協約, each with its own questions and tables) is
// one field with control 'sections' whose `path` points at the array ('agreements'). Its
// `fields` have paths relative to one item ('name', 'parties') and may be any control, a 'rows'
// table, follow-ups (`revealUnder`) and 'info' included; their `when`, `required`, `display`
// and `optionsFrom` see the item (and `root`, the whole data). `itemLabel(item, index)` heads
// each item. The engine expands such a field for the current data (`expandFields`): the
// 'sections' field itself, then per item its questions with concrete paths ('agreements.0.name',
// 'agreements.0.parties' as an ordinary 'rows' field), each carrying `section` (which item it
// sits in). Visibility, hidden paths, step issues, error order, the review and the definition
// check all walk that expanded list, so a question in an item behaves like one on the step.
// Items are added and removed with the session's `addRow` / `removeRow` (one undo step each).
//
// Choices taken from the data: a 'select' or 'radio' question (on a step, in an item or in a
// table column) may give `optionsFrom(scope, root)` instead of fixed `options`, e.g. a post's
// 協約 chosen among the names entered on an earlier step. A stored value that is no longer
// among the options stays stored and shown (with a note); the schema decides if it is an error.
//
// A question is the unit: each data path is asked by exactly one question (`checkDefinition`
// reports a path asked twice or not at all). A follow-up question that applies only under one
// answer is revealed under it (`revealUnder`): it is listed right after its question and
// carries `revealedBy`.
//
// The data a session holds is a draft, `DraftData<Data>`: any value may still be missing
// until the schema passes, and `when`, `calculate`, `derive` and `draftTitle` are given it as
// such. A throwing `calculate` or `draftTitle` is caught (amounts are then undefined, the title
// falls back to `title`).
//
// The functions a form gives are declared as methods: TypeScript then lets a form's own
// definition stand where the assistant expects any form's (`FormDefinition<unknown>`); the
// engine only ever calls them with that form's data.
import type { DraftData } from '@koiki/schemas';

export type { DraftData };

import type { ControlKind } from '@koiki/schemas';

/**
 * What the engine needs from a schema: zod's `safeParse`. Any zod v4 schema from
 * @koiki/schemas fits; the engine does not import zod itself. A session passes `reuse` (a
 * `RowReuse` of @koiki/schemas, typed `object` so that zod's own parse options fit here) so that
 * rows unchanged since the last check are not checked again.
 */
export interface FormSchema<Data> {
  safeParse(data: unknown, reuse?: object): SchemaResult<Data>;
}

export type SchemaResult<Data> =
  | { success: true; data: Data }
  | { success: false; error: { issues: readonly SchemaIssue[] } };

/** The part of a zod issue the engine reads. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/**
 * A form without its contract: what drawing its steps needs. The schema, the calculator and the
 * migrations (`FormDefinition`) may come later, so the first step does not wait for their code;
 * a session on an outline checks nothing until it is completed (`FormSession.complete`).
 */
export interface FormOutline<Data> {
  /** Stable form id, e.g. 'specialist-dispatch'; also stored in drafts and payloads. */
  id: string;
  /** The form's name shown to the user. */
  title: string;
  /** Raised whenever stored data would no longer fit the schema; see `migrate`. */
  schemaVersion: number;
  steps: StepDefinition<Data>[];
  /**
   * Values that follow from the answers and are shown, never asked (e.g. 集約化等完了年度 from
   * the 供用開始日), by name. Gets visible data; the session exposes the result as `derived`.
   */
  derive?(data: DraftData<Data>): Record<string, unknown>;
  /** A fresh, empty draft. */
  emptyData(): DraftData<Data>;
  /**
   * Step ids older versions had, mapped to the step that asks their questions now, so a draft
   * saved on a renamed step reopens there (not at the first step).
   */
  formerSteps?: Readonly<Record<string, string>>;
  /** A draft's title from its data, e.g. 「川上村 令和8年度 専門人材派遣」; defaults to `title`. */
  draftTitle?(data: DraftData<Data>): string;
}

/** A whole form: its outline and its contract (schema, calculator, migrations). */
export interface FormDefinition<Data, Amounts = unknown> extends FormOutline<Data> {
  /** The whole form's schema; each step is checked by it, filtered to the step's fields. */
  schema: FormSchema<Data>;
  /** The claim calculator; its result is shown and submitted as `amounts`. Gets visible data only. */
  calculate?(data: DraftData<Data>): Amounts;
  /** `migrate[n]` turns data of schemaVersion n into data of n + 1. */
  migrate?: Record<number, (old: unknown) => unknown>;
}

/** True when `definition` carries its contract (a schema to check with). */
export function hasContract<Data, Amounts>(
  definition: FormOutline<Data> | FormDefinition<Data, Amounts>,
): definition is FormDefinition<Data, Amounts> {
  return 'schema' in definition;
}

/** A function of the answers, compared like a method (see the top of this file). */
type ScopeCheck<Scope> = { check(scope: Scope, root: unknown): boolean }['check'];

export type StepKind = 'intro' | 'form' | 'amounts' | 'review' | 'done';

export interface StepDefinition<Data> {
  /** Unique within the form; stored in drafts as the step to resume at. */
  id: string;
  title: string;
  /** Paragraphs shown under the step's heading: what the step asks and why. */
  description?: readonly string[];
  /** Empty for steps without inputs (intro, amounts, review, done). */
  fields: FieldDefinition<DraftData<Data>>[];
  /** The step is skipped (and its data neither validated nor submitted) when this is false. */
  when?(data: DraftData<Data>): boolean;
  /** Defaults to 'form'. Entering a 'review' step validates the whole form first. */
  kind?: StepKind;
}

/** A question's control: one entry of the control registry (`controlKinds` in @koiki/schemas). */
export type FieldControl = ControlKind;

export interface FieldOption {
  value: string;
  label: string;
}

/**
 * One question. `Scope` is what `when` sees: the whole data for a step's fields, one row
 * for the fields inside a 'rows' field, one item inside a 'sections' field (`root` is then
 * the whole data).
 */
export interface FieldDefinition<Scope> {
  path: string;
  label: string;
  control: FieldControl;
  /**
   * Shows ※必須 / ※任意; the schema still decides what is an error. A function when the
   * answer is needed only in some cases (see `isRequired`).
   */
  required?: boolean | ScopeCheck<Scope>;
  /** Support text under the label: format and an example. */
  hint?: string;
  /** For radio, checkbox and select. */
  options?: FieldOption[];
  /** The field is hidden (its data kept, but neither validated nor submitted) when this is false. */
  when?(scope: Scope, root: unknown): boolean;
  /**
   * For radio and select: the options computed from the answers (`scope` is the row or item the
   * question sits in, `root` the whole data); used instead of `options`.
   */
  optionsFrom?(scope: Scope, root: unknown): FieldOption[];
  /** For 'rows' and 'sections': the fields of one row or item, with paths relative to it. */
  // biome-ignore lint/suspicious/noExplicitAny: a row's type is not known from the form's type
  fields?: FieldDefinition<any>[];
  /** A longer note shown with the field (e.g. a documented assumption). */
  note?: string;
  maxLength?: number;
  /** For 'text': the HTML autocomplete token (e.g. 'work tel', 'work email'), which also picks the keyboard. */
  autocomplete?: string;
  /** For a 'yen' field inside 'rows': show the column's total under the table. */
  total?: boolean;
  /** For 'info': text derived from the data and shown, never asked (e.g. 届出先 from the parties). */
  display?(scope: Scope, root: unknown): string;
  /** For 'sections': an item's heading, e.g. 「連携協約 1：高知県と大豊町との連携協約」. */
  // biome-ignore lint/suspicious/noExplicitAny: an item's type is not known from the form's type
  itemLabel?(item: any, index: number): string;
  /** For 'sections': the add button's text; defaults to 「＋ {label}を追加」. */
  addLabel?: string;
  /**
   * For 'sections': a fresh item, as an added one starts (its tables with a row to fill, like
   * the form's first item in `emptyData`); defaults to an empty object.
   */
  newItem?(): unknown;
  /** A follow-up: shown right under the question `revealedBy.question` while its answer is one of `answers`. */
  revealedBy?: RevealCondition;
}

/** An answer a follow-up waits for: a choice's value, or true/false for a 'boolean' question. */
export type Answer = string | boolean;

/** Which question (a path in the same list) and which of its answers reveal a follow-up. */
export interface RevealCondition {
  question: string;
  answers: readonly Answer[];
}
