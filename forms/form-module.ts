// What one form folder contributes: its registry entry (name, and its code loaded on demand), its
// module (definition for the engine, PDF, next fiscal year) and its examples. The assistant, the
// CLI and the tests know forms only through these.
import type { FormDefinition, FormOutline, SubmitPayload } from '@koiki/engine';
import type { PdfAttachment, PdfDocumentSpec } from '@koiki/pdf';
import type { ClaimResult, FormContract } from '@koiki/schemas';

export interface PdfContext<Data> {
  /** Visible data, amounts and ids, as submitted. */
  payload: SubmitPayload<Data, ClaimResult>;
  /** The day the PDF is made, in Asia/Tokyo (ISO date): the 申請日 when the form leaves it out. */
  submitDate: string;
  /** The user's attached files, in the order of the attachment checklist. */
  attachments: PdfAttachment[];
}

export interface FormModule<Data = unknown> {
  definition: FormDefinition<Data, ClaimResult> & {
    calculate: NonNullable<FormDefinition<Data, ClaimResult>['calculate']>;
  };
  /** The 申請書 and 算定調書 as a document for @koiki/pdf. */
  pdfDocument(context: PdfContext<Data>): Promise<PdfDocumentSpec>;
  /**
   * Loads what the definition's synchronous parts need (団体 names for titles, info texts, the PDF).
   * Not awaited before the first step: until it resolves those parts show a 団体 by its code.
   * Awaited before a PDF is laid out and before a claim is shown read-only.
   */
  prepare?(): Promise<void>;
  /** For 「前年度の申請から作成」: where the fiscal year is, and which amounts must not carry over. */
  nextFiscalYear: { fiscalYearPaths: string[]; clearPaths: string[] };
}

/**
 * A form as the assistant draws its first step: the module with an outline for a definition (no
 * schema, calculator or migrations: their code loads right after, through `FormEntry.load()`).
 */
export interface FormOutlineModule<Data = unknown> extends Omit<FormModule<Data>, 'definition'> {
  definition: FormOutline<Data>;
}

/** True when `module` is the whole form (its definition carries the contract), not an outline. */
export function isWholeForm<Data>(module: FormOutlineModule<Data>): module is FormModule<Data> {
  return 'schema' in module.definition;
}

/** Where an invalid example must stop: the step, the field, the domain code and the words shown. */
export interface ExpectedStop {
  step: string;
  path: string;
  code: string;
  message: RegExp;
}

/** A form's example claims (JSON files in forms/<id>/examples/, by file name). */
export interface FormExamples {
  /** Complete claims that go through the whole form. */
  valid: readonly string[];
  /** Claims with one mistake each, and where the form stops them. */
  invalid: Readonly<Record<string, ExpectedStop>>;
}

/**
 * One line of the registry. It holds only names, so the form chooser stays small; the form's
 * code, its contract and its examples load when asked for.
 */
export interface FormEntry {
  id: string;
  title: string;
  summary: string;
  /** The whole form: its outline joined with its contract (what the CLI, a server and the tests use). */
  load(): Promise<FormModule>;
  /**
   * The form without its contract (`FormOutlineModule`): what the assistant draws the first step
   * with, so that zod, the schema and the calculator load after it (`load()`, in parallel).
   */
  loadOutline(): Promise<FormOutlineModule>;
  /**
   * The form's PDF layout alone (its pdf-document.ts, the same function as the module's
   * `pdfDocument`): what the PDF worker loads to lay out a claim, without the form's definition,
   * questions or engine.
   */
  pdfLayout(): Promise<Pick<FormModule, 'pdfDocument'>>;
  /** The form's shared contract (schema, calculator, rules, migrations): what the CLI and a server use. */
  contract(): Promise<FormContract>;
  examples(): Promise<FormExamples>;
}
