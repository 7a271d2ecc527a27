// @koiki/schemas: the shared contract. Runs in Node and in the browser; imports only zod.
export * from './reference/index.ts';
export * from './values/index.ts';
