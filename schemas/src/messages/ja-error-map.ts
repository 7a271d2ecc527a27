// Japanese messages for zod's generic issues, passed per parse so that importing @koiki/schemas
// never changes a host server's global zod configuration.

// The one locale by its own path: `z.locales.ja()` would bundle every locale zod ships.
import { ja } from 'zod/locales';
import type * as z from 'zod/mini';
import type { RowReuse } from '../forms/reusable-row.ts';
import { formatMessage } from './domain-messages.ts';

const zodJapanese = ja();

/** zod's ja locale, with plainer wording for the issues a form user meets most. */
export const jaErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_value' && issue.input === undefined) {
    return formatMessage('common.choose');
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return formatMessage('common.required');
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) {
    return formatMessage('common.required');
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    return formatMessage('common.isoDate');
  }
  return zodJapanese.localeError(issue);
};

/**
 * schema.safeParse with Japanese messages for this call only; `reuse` (a session's store of
 * checked rows, see forms/reusable-row.ts) rides in zod's parse context.
 */
export function safeParseJa<S extends z.ZodMiniType>(schema: S, data: unknown, reuse?: RowReuse) {
  return schema.safeParse(data, reuse ? { ...reuse, error: jaErrorMap } : { error: jaErrorMap });
}
