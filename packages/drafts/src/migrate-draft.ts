// Opening a draft saved by an older version of its form: the form's migrations carry the
// data forward one schemaVersion at a time. A draft from a newer version is refused.
import type { DraftRecord } from './draft-record.ts';
import { messages } from './messages.ts';
import { markRaw, takeRaw } from './raw-through-migration.ts';

/** What drafts needs to know of a form; a FormDefinition from @koiki/engine fits. */
export interface KnownForm {
  schemaVersion: number;
  /** `migrate[n]` turns data of schemaVersion n into data of n + 1. */
  migrate?: Record<number, (old: unknown) => unknown>;
  /** Step ids of older versions and the step that asks their questions now. */
  formerSteps?: Readonly<Record<string, string>>;
}

/** Today's id of a step an older version saved (the same id when it was not renamed). */
function currentStep(form: KnownForm, step: string): string {
  const steps = form.formerSteps;
  return steps && Object.hasOwn(steps, step) ? (steps[step] as string) : step;
}

/** The forms this page can open, by form id. */
export type KnownForms = Readonly<Record<string, KnownForm>>;

export type Migrated = { ok: true; draft: DraftRecord } | { ok: false; message: string };

/**
 * `draft` brought to `form.schemaVersion`, or the Japanese reason it cannot be. Raw text follows
 * its field wherever a migration moves it.
 */
export function migrateDraft(draft: DraftRecord, form: KnownForm): Migrated {
  if (draft.schemaVersion > form.schemaVersion) {
    return {
      ok: false,
      message: messages.futureSchemaVersion(draft.schemaVersion, form.schemaVersion),
    };
  }
  if (draft.schemaVersion === form.schemaVersion) return { ok: true, draft };
  const marked = markRaw(draft.data, draft.raw ?? {});
  let data = marked.data;
  for (let version = draft.schemaVersion; version < form.schemaVersion; version++) {
    const step = form.migrate?.[version];
    if (!step) return { ok: false, message: messages.migrationMissing(version) };
    try {
      data = step(data);
    } catch {
      return { ok: false, message: messages.migrationFailed(version) };
    }
  }
  const carried = takeRaw(data, marked);
  // A draft saved on a step that was renamed reopens where its questions are asked now.
  const steps = {
    step: currentStep(form, draft.step),
    ...(draft.reached === undefined ? {} : { reached: currentStep(form, draft.reached) }),
  };
  return {
    ok: true,
    draft: { ...draft, ...carried, ...steps, schemaVersion: form.schemaVersion },
  };
}

/** Reads draft `id` and brings it to its form's current version; undefined when there is none. */
export async function openDraft(
  store: { get(id: string): Promise<DraftRecord | undefined> },
  id: string,
  forms: KnownForms,
): Promise<Migrated | undefined> {
  const draft = await store.get(id);
  if (!draft) return undefined;
  const form = Object.hasOwn(forms, draft.formId) ? forms[draft.formId] : undefined;
  if (!form) return { ok: false, message: messages.unknownForm(draft.formId) };
  return migrateDraft(draft, form);
}
