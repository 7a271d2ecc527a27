export * from './dantai-code.ts';
export * from './decimal.ts';
export * from './eras.ts';
export * from './fiscal-year.ts';
export * from './parse-result.ts';
export * from './text.ts';
export * from './wareki.ts';
export * from './yen.ts';
