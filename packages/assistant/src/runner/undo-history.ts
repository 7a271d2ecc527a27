// 元に戻す that says what it undoes: the session keeps the values, this keeps which field each
// change was in, so the button reads 「元に戻す：メールアドレスの入力」 and one press takes back
// the whole input into that field (every keystroke is a change), never one character silently.
import type { FieldDefinition, FormSession } from '@koiki/engine';

const historyLimit = 200;

export class UndoHistory {
  readonly #session: FormSession<unknown>;
  #paths: string[] = [];
  #undoing = false;
  readonly stop: () => void;

  constructor(session: FormSession<unknown>) {
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
    const path = this.#paths.at(-1);
    return `${path ? fieldLabel(this.#session, path) : '直前の変更'}の入力`;
  }

  /** Takes back the last field's input; resolves with what was undone, for announcing. */
  undo(): string | undefined {
    const label = this.label;
    if (!label) return undefined;
    const path = this.#paths.at(-1);
    this.#undoing = true;
    try {
      do {
        this.#paths.pop();
        this.#session.undo();
      } while (path && this.#paths.at(-1) === path && this.#session.canUndo);
    } finally {
      this.#undoing = false;
    }
    return label;
  }
}

/** The label of the question asking `path` (a table cell: 「経費の内容」). */
function fieldLabel(session: FormSession<unknown>, path: string): string {
  for (const step of session.definition.steps) {
    const label = labelIn(step.fields, path);
    if (label) return label;
  }
  return '直前の変更';
}

function labelIn(fields: readonly FieldDefinition<unknown>[], path: string): string | undefined {
  for (const field of fields) {
    if (field.path === path) return field.label;
    if (!path.startsWith(`${field.path}.`)) continue;
    const cell = path.slice(field.path.length + 1).replace(/^\d+\.?/, '');
    const inner = cell && field.fields ? labelIn(field.fields, cell) : undefined;
    return inner ? `${field.label}の${inner}` : field.label;
  }
  return undefined;
}
