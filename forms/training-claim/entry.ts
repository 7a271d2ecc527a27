// The registry entry of 新たな政策課題に関する人材育成の研修.
import type { FormEntry } from '../form-module.ts';

export const trainingClaimEntry: FormEntry = {
  // Written out, not imported from trainingClaimIdentity: a module shared by the chooser and the
  // form's lazy code becomes a chunk of its own. The conformance suite checks that both say the same.
  id: 'training-claim',
  title: '新たな政策課題に関する人材育成の研修',
  summary: '新たな人材育成基本方針に基づく、新たな政策課題に係る研修の開催経費・受講経費',
  load: () => import('./index.ts').then((m) => m.trainingClaim),
  loadOutline: () => import('./outline.ts').then((m) => m.trainingClaimOutlineModule),
  pdfLayout: () => import('./pdf-document.ts').then((m) => ({ pdfDocument: m.trainingClaimPdf })),
  // Through the form's whole module, not the schema package's door: a door imported lazily
  // here would pull the outline's answer lists into one chunk with zod and the schema.
  contract: () => import('./index.ts').then((m) => m.trainingClaimContract),
  examples: () => import('./examples/index.ts').then((m) => m.examples),
};
