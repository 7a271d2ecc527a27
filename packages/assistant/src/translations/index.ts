import { en } from './en.ts';
import { ja } from './ja.ts';
import type { AssistantTranslation } from './translation.ts';

export type { AssistantTranslation };

/** The chrome's strings for a `lang` attribute; Japanese unless English is asked for. */
export function translationFor(lang: string | null | undefined): AssistantTranslation {
  return lang?.toLowerCase().startsWith('en') ? en : ja;
}
