// Field schemas both forms share: 団体コード, dates, amounts, text, the 担当者 block, attachments.
import { z } from 'zod';
import { formatMessage } from '../messages/domain-messages.ts';
import { findNonJisCharacters, isValidDantaiCode } from '../values/index.ts';

/** A 全国地方公共団体コード: 6 digits with a valid check digit (SPEC §3). */
export const dantaiCodeSchema = z
  .string()
  .refine((code) => /^\d{6}$/.test(code) && isValidDantaiCode(code), {
    error: (issue) =>
      issue.input === undefined
        ? formatMessage('common.required')
        : formatMessage('common.dantaiCode', { code: String(issue.input) }),
  });

/** A calendar date stored as ISO 8601 (YYYY-MM-DD); the UI shows it in 和暦. */
export const isoDateSchema = z.iso.date();

/** A fiscal year as a number (2026 = 令和8年度). */
export const fiscalYearSchema = z
  .int({
    error: (issue) =>
      issue.input === undefined
        ? formatMessage('common.choose')
        : formatMessage('common.fiscalYear'),
  })
  .min(2000, { error: () => formatMessage('common.fiscalYear') })
  .max(2100, { error: () => formatMessage('common.fiscalYear') });

/** An amount in whole 円. */
export const yenSchema = z
  .int({
    error: (issue) =>
      issue.input === undefined
        ? formatMessage('common.required')
        : formatMessage('common.wholeYen'),
  })
  .min(0, { error: () => formatMessage('common.wholeYen') });

/** A floor area in ㎡ (decimals allowed). */
export const floorAreaSchema = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? formatMessage('common.required')
        : formatMessage('common.floorArea'),
  })
  .min(0, { error: () => formatMessage('common.floorArea') });

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

/** Free text (may be empty) in characters national systems accept. */
export const jisTextSchema = z.string().superRefine(refineJisText);

/** Text that must be filled in, in characters national systems accept. */
export const requiredTextSchema = z
  .string({ error: () => formatMessage('common.required') })
  .min(1, { error: () => formatMessage('common.required') })
  .superRefine(refineJisText);

/** Required text of at most `max` characters (the limit shows in the JSON Schema as maxLength). */
function limitedTextSchema(max: number) {
  return z
    .string({ error: () => formatMessage('common.required') })
    .min(1, { error: () => formatMessage('common.required') })
    .max(max, { error: () => formatMessage('common.tooLong', { max }) })
    .superRefine(refineJisText);
}

/** How the 鑑 marks the missing seal, as the portal's practice is (公印省略 or 押印不要). */
export const SEAL_NOTES = ['公印省略', '押印不要'] as const;

/**
 * The applicant 団体 and what its 申請書's 鑑 carries: the head's name (the issuer), the 文書番号,
 * the 申請日 (the day the PDF is made, in Japan, when left out) and the seal note.
 */
export const applicantSchema = z.object({
  dantaiCode: dantaiCodeSchema,
  headName: limitedTextSchema(30),
  documentNumber: limitedTextSchema(30),
  applicationDate: isoDateSchema.optional(),
  sealNote: z.enum(SEAL_NOTES).optional(),
});

/** The 担当者 block every form carries (SPEC §4). */
export const contactSchema = z.object({
  department: requiredTextSchema,
  name: requiredTextSchema,
  phone: z.string().regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$|^0\d{9,10}$/, {
    error: (issue) =>
      issue.input === undefined ? formatMessage('common.required') : formatMessage('common.phone'),
  }),
  extension: z
    .string()
    .regex(/^\d{1,6}$/)
    .optional(),
  email: z.email({
    error: (issue) =>
      issue.input === undefined ? formatMessage('common.required') : formatMessage('common.email'),
  }),
});

/** One row of the 添付書類 checklist: the file's metadata, never the file itself. */
export function attachmentSchema<const K extends readonly [string, ...string[]]>(kinds: K) {
  return z.object({
    kind: z.enum(kinds),
    name: requiredTextSchema,
    type: z.string(),
    size: z.int().min(0),
  });
}
