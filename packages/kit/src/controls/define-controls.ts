// Registers the tag of every element `controlTemplates` renders (each guarded, so loading twice is
// harmless). Kept apart from the templates so the table element can use them without a cycle.
import '../fields/define-fields.ts';
