// 元に戻す that says what it undoes: the session keeps the values, this keeps which field each
// change was in, so the button reads 「元に戻す：メールアドレスの入力」 and one press takes back
// the whole input into that field (every keystroke is a change), never one character silently.
import type { FieldDefinition, FormSession } from '@koiki/engine';

const historyLimit = 200;

export class UndoHistory {
  readonly #session: FormSession<unknown, unknown>;
  #paths: string[] = [];
  #undoing = false;
  readonly stop: () => void;

  constructor(session: FormSession<unknown, unknown>) {
    this.#session = session;
    this.stop = session.subscribe((change) => {
      if (change.kind !== 'data' || this.#undoing) return;
      this.#paths.push(change.path ?? '');
      if (this.#paths.length > historyLimit) this.#paths.shift();
    });
  }

  /** What 元に戻す would take back, e.g. 「メールアドレスの入力」; undefined when nothing. */
  get label(): string | undefined {
    if (!this.#session.canUndo) return undefined;
    const found = fieldAt(this.#session, this.#paths.at(-1) ?? '');
    if (!found) return '直前の変更';
    return `${found.label}の${found.typed ? '入力' : '変更'}`;
  }

  /** Takes back the last field's input; resolves with what was undone, for announcing. */
  undo(): string | undefined {
    const label = this.label;
    if (!label) return undefined;
    const path = this.#paths.at(-1) ?? '';
    // Keystrokes into one field are taken back together; a row added or removed is one change.
    const together = fieldAt(this.#session, path)?.typed === true;
    this.#undoing = true;
    try {
      do {
        this.#paths.pop();
        this.#session.undo();
      } while (together && this.#paths.at(-1) === path && this.#session.canUndo);
    } finally {
      this.#undoing = false;
    }
    return label;
  }
}

interface FoundField {
  /** The question's label (a table cell: 「経費の内容」). */
  label: string;
  /** True for a value typed or chosen; false for rows added or removed, or files. */
  typed: boolean;
}

/** The question asking `path`, if any. */
function fieldAt(session: FormSession<unknown, unknown>, path: string): FoundField | undefined {
  if (!path) return undefined;
  for (const step of session.definition.steps) {
    const found = fieldIn(step.fields, path);
    if (found) return found;
  }
  return undefined;
}

function fieldIn(
  fields: readonly FieldDefinition<unknown>[],
  path: string,
): FoundField | undefined {
  for (const field of fields) {
    const structural =
      field.control === 'rows' || field.control === 'sections' || field.control === 'attachment';
    if (field.path === path) return { label: field.label, typed: !structural };
    if (!path.startsWith(`${field.path}.`)) continue;
    const cell = path.slice(field.path.length + 1).replace(/^\d+\.?/, '');
    const inner = cell && field.fields ? fieldIn(field.fields, cell) : undefined;
    return inner
      ? { label: `${field.label}の${inner.label}`, typed: inner.typed }
      : { label: field.label, typed: false };
  }
  return undefined;
}
