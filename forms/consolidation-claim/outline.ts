// The consolidation form as the assistant draws it first: its outline (steps and questions, no schema or
// calculator), PDF, next fiscal year. index.ts joins it with the form's contract.
import type { Consolidation } from '@koiki/schemas';
import { loadDantaiNames } from '../dantai-names.ts';
import type { FormOutlineModule } from '../form-module.ts';
import { consolidationClaimOutline } from './definition.ts';

export const consolidationClaimOutlineModule: FormOutlineModule<Consolidation> = {
  definition: consolidationClaimOutline,
  // The PDF layout loads with the PDF code, not with the form: filling the form does not need it.
  pdfDocument: async (context) =>
    (await import('./pdf-document.ts')).consolidationClaimPdf(context),
  prepare: async () => {
    await loadDantaiNames();
  },
  nextFiscalYear: {
    fiscalYearPaths: ['fiscalYear'],
    // Cost items and files belong to one fiscal year; each 取組 with its parties, facilities,
    // 完了年度 and earlier years' amounts carries over. This year's 円滑化経費 措置額 is not yet known when the
    // draft is copied (it is decided by the 交付 of this year), so the user adds it to
    // 前年度までに措置された円滑化経費 as a new row; the form asks for it on that step.
    clearPaths: [
      'initiatives.*.researchItems',
      'initiatives.*.smoothingItems',
      'attachments',
      'remarks',
    ],
  },
};
