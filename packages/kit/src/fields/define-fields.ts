// Registers every field tag (each guarded, so loading twice is harmless).
import './attachment/define.ts';
import './choice-field/define.ts';
import './dantai-picker/define.ts';
import './date-field/define.ts';
import './fiscal-year-field/define.ts';
import './repeatable-rows/define.ts';
import './text-field/define.ts';
import './yen-field/define.ts';
