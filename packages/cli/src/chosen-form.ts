// The form named on the command line, found in the registry (@koiki/forms), the only list of forms.
import { type FormEntry, findFormEntry, formEntryIds } from '@koiki/forms';
import type { FormContract } from '@koiki/schemas';

export type ChosenForm =
  | { ok: true; entry: FormEntry; contract: FormContract }
  | { ok: false; message: string };

/** The registered form named on the command line with its contract, or a message listing the forms there are. */
export async function chosenForm(arg: string | undefined): Promise<ChosenForm> {
  const known = formEntryIds.join('、');
  if (arg === undefined) return { ok: false, message: `様式を指定してください（${known}）。` };
  const entry = findFormEntry(arg);
  if (!entry)
    return {
      ok: false,
      message: `様式「${arg}」はありません。${known} のいずれかを指定してください。`,
    };
  return { ok: true, entry, contract: await entry.contract() };
}
