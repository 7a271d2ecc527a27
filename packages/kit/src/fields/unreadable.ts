// How the fields read text they kept unparsed, for the host that words errors (the session's
// runner): the same reading the field does, so its reason survives reopening a draft. A module of
// its own so that importing it does not pull in every component.
import { dantaiPickerMessages } from './dantai-picker/dantai-picker-messages.ts';

export { dateFromRaw } from './date-field/date-parts.ts';

/** Text typed into the 団体 picker without choosing from the list. */
export const dantaiNotChosen = dantaiPickerMessages.notChosen;
