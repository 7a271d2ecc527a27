// The specialist-dispatch form as the assistant knows it: definition, PDF, next fiscal year.
import type { SpecialistDispatch } from '@koiki/schemas';
import { loadDantaiNames } from '../dantai-names.ts';
import type { FormModule } from '../form-module.ts';
import { specialistDispatchDefinition } from './definition.ts';

export const specialistDispatch: FormModule<SpecialistDispatch> = {
  definition: specialistDispatchDefinition,
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
