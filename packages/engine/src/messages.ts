// Every message the engine itself words. Schema messages come from @koiki/schemas.
export const messages = {
  /** A value kept as typed because it could not be read (e.g. 「12万5千円くらい」 in a yen field). */
  unreadable: '入力内容を読み取れませんでした。入力例のとおりに入力し直してください。',
} as const;
