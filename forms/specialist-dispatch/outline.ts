// The specialist-dispatch form as the assistant draws it first: its outline (steps and questions, no schema or
// calculator), PDF, next fiscal year. index.ts joins it with the form's contract.
import type { SpecialistDispatch } from '@koiki/schemas';
import { loadDantaiNames } from '../dantai-names.ts';
import type { FormOutlineModule } from '../form-module.ts';
import { specialistDispatchOutline } from './definition.ts';

export const specialistDispatchOutlineModule: FormOutlineModule<SpecialistDispatch> = {
  definition: specialistDispatchOutline,
  // The PDF layout loads with the PDF code, not with the form: filling the form does not need it.
  pdfDocument: async (context) =>
    (await import('./pdf-document.ts')).specialistDispatchPdf(context),
  prepare: async () => {
    await loadDantaiNames();
  },
  nextFiscalYear: {
    fiscalYearPaths: ['fiscalYear'],
    // Amounts, first-year answers, the year's recruitment and its 区域外 confirmation belong to one
    // fiscal year; the 協約, posts and people carry over.
    clearPaths: [
      'recruitmentItems',
      'recruitedOccupations',
      'outsideAreaConfirmed',
      'posts.*.personnelCost',
      'posts.*.contribution',
      'posts.*.firstDispatchYear',
    ],
  },
};
