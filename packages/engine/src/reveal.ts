// GOV.UK's conditional reveal in a definition: a follow-up question belongs to the answer that
// shows it. The definition stays a flat list (every walker over fields keeps working): the
// follow-ups are placed right after their question and remember which answers reveal them.
import type { Answer, FieldDefinition } from './form-definition.ts';
import { getAt } from './path.ts';

/** The follow-up questions one answer (or any of several) reveals. */
export interface Reveal<Scope> {
  answer: Answer | readonly Answer[];
  fields: FieldDefinition<Scope>[];
}

/** `question` followed by its follow-ups, each shown only while its answer is chosen. */
export function revealUnder<Scope>(
  question: FieldDefinition<Scope>,
  ...reveals: Reveal<Scope>[]
): FieldDefinition<Scope>[] {
  const followUps = reveals.flatMap(({ answer, fields }) => {
    const answers: readonly Answer[] = Array.isArray(answer) ? answer : [answer as Answer];
    // A follow-up's own follow-ups (nested `revealUnder`) keep the question they belong to.
    return fields.map((field) =>
      field.revealedBy ? field : { ...field, revealedBy: { question: question.path, answers } },
    );
  });
  return [question, ...followUps];
}

/** True when the question's current answer is one that reveals `field` (a ticked box counts). */
export function answerReveals(field: FieldDefinition<unknown>, scope: unknown): boolean {
  const condition = field.revealedBy;
  if (!condition) return true;
  const value = getAt(scope, condition.question);
  const chosen = Array.isArray(value) ? value : [value];
  return chosen.some((answer) => condition.answers.includes(answer as Answer));
}

/** Whether the question shows ※必須 now. */
export function isRequired<Scope>(
  field: FieldDefinition<Scope>,
  scope: Scope,
  root: unknown,
): boolean {
  return typeof field.required === 'function'
    ? field.required(scope, root)
    : (field.required ?? false);
}
