// Registers every field tag (each guarded, so loading twice is harmless).
import './choice-field/define.ts';
import './date-field/define.ts';
import './fiscal-year-field/define.ts';
import './text-field/define.ts';
import './yen-field/define.ts';
