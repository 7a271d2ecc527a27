// Field schemas both forms share: 団体コード, dates, amounts, text, the 担当者 block, attachments.
// zod/mini: the browser downloads these schemas, and mini's functional API keeps zod's share small.
import * as z from 'zod/mini';
import { formatMessage } from '../messages/domain-messages.ts';
import {
  FIRST_FISCAL_YEAR,
  findNonJisCharacters,
  formatDecimal,
  isValidDantaiCode,
  LAST_FISCAL_YEAR,
} from '../values/index.ts';
import { SEAL_NOTES } from './seal-notes.ts';
import { TEXT_LIMITS } from './text-limits.ts';

/** A 全国地方公共団体コード: 6 digits with a valid check digit (SPEC §3). */
export const dantaiCodeSchema = z.string().check(
  // Six characters, so the JSON Schema says so too; a wrong length stops before the check digit.
  z.length(6, {
    error: (issue) => formatMessage('common.dantaiCode', { code: String(issue.input) }),
    abort: true,
  }),
  z.refine((code: string) => /^\d{6}$/.test(code) && isValidDantaiCode(code), {
    error: (issue) =>
      issue.input === undefined
        ? formatMessage('common.required')
        : formatMessage('common.dantaiCode', { code: String(issue.input) }),
  }),
);

/** A calendar date stored as ISO 8601 (YYYY-MM-DD); the UI shows it in 和暦. */
export const isoDateSchema = z.iso.date();

const fiscalYearMessage = () =>
  formatMessage('common.fiscalYear', { first: FIRST_FISCAL_YEAR, last: LAST_FISCAL_YEAR });

/** A fiscal year as a number (2026 = 令和8年度), within the years the kit can name. */
export const fiscalYearSchema = z
  .int({
    error: (issue) =>
      issue.input === undefined ? formatMessage('common.choose') : fiscalYearMessage(),
  })
  .check(
    z.minimum(FIRST_FISCAL_YEAR, { error: fiscalYearMessage }),
    z.maximum(LAST_FISCAL_YEAR, { error: fiscalYearMessage }),
  );

/** An amount in whole 円. */
export const yenSchema = z
  .int({
    error: (issue) =>
      issue.input === undefined
        ? formatMessage('common.required')
        : formatMessage('common.wholeYen'),
  })
  .check(z.minimum(0, { error: () => formatMessage('common.wholeYen') }));

/** The largest 延床面積: 「9,999,999.99」, twelve characters as written, is far above any building. */
const LARGEST_FLOOR_AREA = 9_999_999.99;

const floorAreaMessage = () =>
  formatMessage('common.floorArea', { max: formatDecimal(LARGEST_FLOOR_AREA) });

/** A floor area in ㎡ (decimals allowed). */
export const floorAreaSchema = z
  .number({
    error: (issue) =>
      issue.input === undefined ? formatMessage('common.required') : floorAreaMessage(),
  })
  .check(
    z.minimum(0, { error: floorAreaMessage }),
    z.maximum(LARGEST_FLOOR_AREA, { error: floorAreaMessage }),
  );

/** Flags characters national systems reject: outside JIS X 0208 level 1–2 (SPEC §4). */
function refineJisText(text: string, ctx: z.core.$RefinementCtx<string>): void {
  const found = findNonJisCharacters(text);
  if (found.length === 0) return;
  ctx.addIssue({
    code: 'custom',
    message: formatMessage('common.nonJis', {
      chars: [...new Set(found.map((f) => f.char))].join('、'),
      reasons: [...new Set(found.map((f) => f.reason))].join('、'),
    }),
    params: { code: 'common.nonJis' },
  });
}

/** The too-long message, counting characters as a person does (𠮷 is one). */
function tooLongMessage(max: number) {
  return (issue: { input?: unknown }) => {
    const length = typeof issue.input === 'string' ? [...issue.input].length : max + 1;
    return formatMessage('common.tooLong', { max, over: Math.max(1, length - max) });
  };
}

/** Free text (may be empty) of at most `max` characters that national systems accept. */
export function jisText(max: number) {
  return z
    .string()
    .check(z.maxLength(max, { error: tooLongMessage(max) }), z.superRefine(refineJisText));
}

/** Text that must be filled in, at most `max` characters that national systems accept. */
export function requiredText(max: number) {
  return z
    .string({ error: () => formatMessage('common.required') })
    .check(
      z.minLength(1, { error: () => formatMessage('common.required') }),
      z.maxLength(max, { error: tooLongMessage(max) }),
      z.superRefine(refineJisText),
    );
}

/** Text that must be filled in, in characters national systems accept (a file name: no limit of ours). */
export const requiredTextSchema = z
  .string({ error: () => formatMessage('common.required') })
  .check(
    z.minLength(1, { error: () => formatMessage('common.required') }),
    z.superRefine(refineJisText),
  );

export { SEAL_NOTES };

/**
 * The applicant 団体 and what its 申請書's 鑑 carries: the head's name (the issuer), the 文書番号,
 * the 申請日 (the day the PDF is made, in Japan, when left out) and the seal note.
 */
export const applicantSchema = z.object({
  dantaiCode: dantaiCodeSchema,
  headName: requiredText(TEXT_LIMITS.headName),
  documentNumber: requiredText(TEXT_LIMITS.documentNumber),
  applicationDate: z.optional(isoDateSchema),
  sealNote: z.optional(z.enum(SEAL_NOTES)),
});

/** The 担当者 block every form carries (SPEC §4). */
export const contactSchema = z.object({
  department: requiredText(TEXT_LIMITS.department),
  name: requiredText(TEXT_LIMITS.personName),
  // Too long says only that (abort), not also that the pattern does not match.
  phone: z.string({ error: () => formatMessage('common.required') }).check(
    z.maxLength(TEXT_LIMITS.phone, { error: tooLongMessage(TEXT_LIMITS.phone), abort: true }),
    z.regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$|^0\d{9,10}$/, {
      error: () => formatMessage('common.phone'),
    }),
  ),
  extension: z.optional(
    z.string().check(
      z.maxLength(TEXT_LIMITS.extension, {
        error: tooLongMessage(TEXT_LIMITS.extension),
        abort: true,
      }),
      z.regex(/^\d+$/, { error: () => formatMessage('common.extension') }),
    ),
  ),
  email: z
    .email({
      error: (issue) =>
        issue.input === undefined
          ? formatMessage('common.required')
          : formatMessage('common.email'),
    })
    .check(z.maxLength(TEXT_LIMITS.email, { error: tooLongMessage(TEXT_LIMITS.email) })),
});

/** One row of the 添付書類 checklist: the file's metadata, never the file itself. */
export function attachmentSchema<const K extends readonly [string, ...string[]]>(kinds: K) {
  return z.object({
    kind: z.enum(kinds),
    name: requiredTextSchema,
    type: z.string(),
    size: z.int().check(z.minimum(0)),
  });
}
