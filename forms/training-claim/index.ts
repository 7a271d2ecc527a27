// The training form as the assistant knows it: definition, PDF, next fiscal year.
import type { TrainingClaim } from '@koiki/schemas/forms/training-claim';
import { loadDantaiNames } from '../dantai-names.ts';
import type { FormModule } from '../form-module.ts';
import { trainingClaimDefinition } from './definition.ts';

export const trainingClaim: FormModule<TrainingClaim> = {
  definition: trainingClaimDefinition,
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
