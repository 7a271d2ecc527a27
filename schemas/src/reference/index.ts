export * from './dantai.ts';
export * from './designations.ts';
