export * from './dantai.ts';
export * from './designations.ts';
export * from './head-title.ts';
