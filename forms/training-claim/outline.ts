// The training form as the assistant draws it first: its outline (steps and questions, no schema or
// calculator), PDF, next fiscal year. index.ts joins it with the form's contract.
import type { TrainingClaim } from '@koiki/schemas/forms/training-claim';
import { loadDantaiNames } from '../dantai-names.ts';
import type { FormOutlineModule } from '../form-module.ts';
import { trainingClaimOutline } from './definition.ts';

export const trainingClaimOutlineModule: FormOutlineModule<TrainingClaim> = {
  definition: trainingClaimOutline,
  // The PDF layout loads with the PDF code, not with the form: filling the form does not need it.
  pdfDocument: async (context) => (await import('./pdf-document.ts')).trainingClaimPdf(context),
  prepare: async () => {
    await loadDantaiNames();
  },
  nextFiscalYear: {
    fiscalYearPaths: ['fiscalYear'],
    // The 基本方針, its 課題, the programmes and the participating 市町村 carry over (a programme
    // runs over several years towards its target); the year's costs and files do not.
    clearPaths: ['costItems', 'attachments', 'remarks'],
  },
};
