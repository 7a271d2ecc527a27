// The DOM-free half of the control registry: for each kind of control a form can ask with, how a
// value reads as text (review page, PDF) and how pasted or typed text is read back into a value.
// The Lit half (a field, a table cell) is `controlTemplates` in @koiki/kit; both are keyed by
// `ControlKind`, so a new kind is one entry here and one there, and the compiler asks for both.
import { type Dantai, findDantai } from '../reference/dantai.ts';
import { parseDantaiCode } from '../values/dantai-code.ts';
import { formatDecimal, parseDecimal } from '../values/decimal.ts';
import { formatFiscalYearWithSeireki, parseFiscalYear } from '../values/fiscal-year.ts';
import { type ParseResult, parsed, rejected } from '../values/parse-result.ts';
import { normalizeText } from '../values/text.ts';
import { formatWarekiWithSeireki, parseDate } from '../values/wareki.ts';
import { formatYenAmount, parseYen } from '../values/yen.ts';

/** What a control needs to know of the question asking it. */
export interface ControlQuestion {
  label: string;
  options?: readonly { value: string; label: string }[] | undefined;
  /** For a choice: options computed from the answers around it, used instead of `options`. */
  optionsFrom?:
    | // biome-ignore lint/suspicious/noExplicitAny: a question's scope is a row, an item or the whole form
    ((scope: any, root: unknown) => readonly { value: string; label: string }[])
    | undefined;
  /** For 'info': the text derived from the answers around it. */
  // biome-ignore lint/suspicious/noExplicitAny: a question's scope is a row or the whole form
  display?: ((scope: any, root: unknown) => string) | undefined;
}

/** What reading or showing a value may need beyond the value: the 団体 list, once loaded. */
export interface ControlContext {
  dantaiList?: readonly Dantai[] | undefined;
  /** What an 'info' question derives its text from: its row (or the whole data) and the whole data. */
  scope?: unknown;
  root?: unknown;
}

export interface ControlKindEntry {
  /** The value an empty control holds. */
  empty: unknown;
  /** The value as a person reads it on the review page and on paper; '' when nothing is entered. */
  display(value: unknown, question: ControlQuestion, context: ControlContext): string;
  /** Text (typed or pasted from a spreadsheet) read as this control's value. */
  parse(text: string, question: ControlQuestion, context: ControlContext): ParseResult<unknown>;
  /** False for kinds that cannot sit in a table cell (a table, files, derived text). */
  cell: boolean;
}

const unreadableChoice = (question: ControlQuestion) =>
  rejected<unknown>(`「${question.label}」の選択肢として読み取れません。一覧から選んでください。`);
const noPaste = (question: ControlQuestion) =>
  rejected<unknown>(`「${question.label}」は貼り付けでは入力できません。`);

const asText = (value: unknown) => (isBlank(value) ? '' : String(value));

/** The options a choice offers now: computed from the answers around it, or fixed. */
export function questionOptions(
  question: ControlQuestion,
  context: ControlContext = {},
): readonly { value: string; label: string }[] {
  if (!question.optionsFrom) return question.options ?? [];
  try {
    return question.optionsFrom(context.scope, context.root);
  } catch {
    // Half-typed data (or no data, e.g. a lone cell) offers no computed option yet.
    return [];
  }
}

function optionLabel(question: ControlQuestion, value: unknown, context: ControlContext): string {
  return (
    questionOptions(question, context).find((option) => option.value === value)?.label ??
    String(value)
  );
}

/** An option by its value or its label, written either way (全角/半角, spaces). */
function findOption(question: ControlQuestion, text: string, context: ControlContext) {
  const wanted = fold(text);
  return questionOptions(question, context).find(
    (option) => fold(option.value) === wanted || fold(option.label) === wanted,
  );
}

const fold = (text: string) => normalizeText(text).replace(/\s+/g, '');

function formatted(value: unknown, format: (v: never) => string, guard: (v: unknown) => boolean) {
  if (isBlank(value)) return '';
  if (!guard(value)) return String(value);
  try {
    return format(value as never);
  } catch {
    return String(value);
  }
}

function dantaiText(code: string, list: readonly Dantai[] | undefined): string {
  const dantai = list ? findDantai(list, code) : undefined;
  if (!dantai) return code;
  const prefecture = dantai.kind === '都道府県' ? '' : `（${dantai.prefectureName}）`;
  return `${dantai.name}${prefecture} ${dantai.code}`;
}

function parseDantai(text: string, context: ControlContext): ParseResult<unknown> {
  const code = parseDantaiCode(text);
  if (code.ok || /\d/.test(text)) return code;
  const name = fold(text);
  const matches = (context.dantaiList ?? []).filter((dantai) => fold(dantai.name) === name);
  if (matches.length === 1 && matches[0]) return parsed(matches[0].code);
  return rejected(
    matches.length > 1
      ? `「${text}」という団体は複数あります。団体コード（6桁）で入力してください。`
      : `「${text}」という団体が見つかりません。団体名か団体コード（6桁）で入力してください。`,
  );
}

const plainText: ControlKindEntry = {
  empty: '',
  display: asText,
  parse: (text) => parsed(text.trim()),
  cell: true,
};

const singleChoice: ControlKindEntry = {
  empty: '',
  display: (value, question, context) =>
    isBlank(value) ? '' : optionLabel(question, value, context),
  parse: (text, question, context) => {
    const option = findOption(question, text, context);
    return option ? parsed(option.value) : unreadableChoice(question);
  },
  cell: true,
};

/** Every control kind, once. */
export const controlKinds = {
  text: plainText,
  textarea: plainText,
  yen: {
    empty: undefined,
    display: (value) => formatted(value, formatYenAmount, Number.isSafeInteger),
    parse: (text) => parseYen(text),
    cell: true,
  },
  decimal: {
    empty: undefined,
    display: (value) => formatted(value, formatDecimal, (v) => typeof v === 'number'),
    parse: (text) => parseDecimal(text),
    cell: true,
  },
  date: {
    empty: '',
    display: (value) => formatted(value, formatWarekiWithSeireki, (v) => typeof v === 'string'),
    parse: (text) => parseDate(text),
    cell: true,
  },
  'fiscal-year': {
    empty: undefined,
    display: (value) => formatted(value, formatFiscalYearWithSeireki, (v) => typeof v === 'number'),
    parse: (text) => parseFiscalYear(text),
    cell: true,
  },
  dantai: {
    empty: '',
    display: (value, _question, context) =>
      isBlank(value) ? '' : dantaiText(String(value), context.dantaiList),
    parse: (text, _question, context) => parseDantai(text, context),
    cell: true,
  },
  radio: singleChoice,
  select: singleChoice,
  checkbox: {
    empty: [],
    display: (value, question, context) =>
      Array.isArray(value)
        ? value.map((item) => optionLabel(question, item, context)).join('、')
        : isBlank(value)
          ? ''
          : optionLabel(question, value, context),
    parse: (text, question, context) => {
      const parts = text.split(/[、,，・]/).filter((part) => part.trim() !== '');
      const options = parts.map((part) => findOption(question, part, context));
      if (options.some((option) => !option)) return unreadableChoice(question);
      return parsed(options.map((option) => option?.value));
    },
    cell: true,
  },
  boolean: {
    empty: undefined,
    display: (value) => (value === true ? 'はい' : value === false ? 'いいえ' : ''),
    parse: (text, question) => {
      const word = fold(text).toLowerCase();
      if (['はい', 'true', '○', '◯', 'yes', '有', 'あり'].includes(word)) return parsed(true);
      if (['いいえ', 'false', '×', 'no', '無', 'なし'].includes(word)) return parsed(false);
      return rejected(`「${question.label}」は「はい」か「いいえ」で入力してください。`);
    },
    cell: true,
  },
  attachment: {
    empty: [],
    display: (value) =>
      Array.isArray(value)
        ? value.map((file) => String((file as { name?: unknown }).name ?? '')).join('、')
        : '',
    parse: (_text, question) => noPaste(question),
    cell: false,
  },
  rows: {
    empty: [],
    // A table reads as its rows, one per line; the review lists them itself, row by row.
    display: (value) => (Array.isArray(value) ? `${value.length}行` : ''),
    parse: (_text, question) => noPaste(question),
    cell: false,
  },
  sections: {
    empty: [],
    // Groups of questions: the review lists each item's answers under its heading itself.
    display: (value) => (Array.isArray(value) ? `${value.length}件` : ''),
    parse: (_text, question) => noPaste(question),
    cell: false,
  },
  info: {
    empty: undefined,
    // Derived text: the question's own `display` gives it from the answers around it.
    display: (value, question, context) =>
      question.display?.(context.scope, context.root) ?? asText(value),
    parse: (_text, question) => noPaste(question),
    cell: true,
  },
} satisfies Record<string, ControlKindEntry>;

export type ControlKind = keyof typeof controlKinds;

/** Every control kind's name, for walking the registry. */
export const controlKindNames = Object.keys(controlKinds) as ControlKind[];

/** The registry entry of `kind`. */
export function controlKind(kind: ControlKind): ControlKindEntry {
  return controlKinds[kind];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
