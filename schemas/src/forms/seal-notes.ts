// How the 鑑 marks the missing seal, as the portal's practice is (公印省略 or 押印不要): an answer
// list apart from the zod schemas (common.ts), so that a form's questions offer it without zod.
export const SEAL_NOTES = ['公印省略', '押印不要'] as const;
