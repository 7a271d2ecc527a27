// The JIS X 0208 warning: names each character once, with why and what to do (the reasons come
// from @koiki/schemas). A warning, not an error: the user may still keep the text.
import { findNonJisCharacters } from '@koiki/schemas';
import { fieldMessages } from '../../field/messages.ts';

export interface NonJisWarning {
  /** 「次の文字は国の様式で使えない可能性があります：𠮷、髙」 */
  summary: string;
  /** One reason per character, in the order they appear. */
  reasons: string[];
}

/** The warning for `text`, or undefined when every character is safe. */
export function nonJisWarning(text: string): NonJisWarning | undefined {
  const seen = new Map<string, string>();
  for (const { char, reason } of findNonJisCharacters(text)) {
    if (!seen.has(char)) seen.set(char, reason);
  }
  if (seen.size === 0) return undefined;
  return {
    summary: fieldMessages.nonJis([...seen.keys()].join('、')),
    reasons: [...seen.values()],
  };
}
