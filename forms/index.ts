// The registry: one line per form, each pointing at the form's own folder. Each form's code loads
// only when it is opened.
import { consolidationClaimEntry } from './consolidation-claim/entry.ts';
import type { FormEntry } from './form-module.ts';
import { specialistDispatchEntry } from './specialist-dispatch/entry.ts';
import { trainingClaimEntry } from './training-claim/entry.ts';

export type {
  ExpectedStop,
  FormEntry,
  FormExamples,
  FormModule,
  PdfContext,
} from './form-module.ts';

export const formRegistry: readonly FormEntry[] = [
  specialistDispatchEntry,
  consolidationClaimEntry,
  trainingClaimEntry,
];
