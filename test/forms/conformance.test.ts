// Every registered form runs the shared suite: its line in forms/index.ts is its enrolment.
import { formRegistry } from '@koiki/forms';
import { formConformance } from './conformance.ts';

for (const entry of formRegistry) formConformance(entry);
