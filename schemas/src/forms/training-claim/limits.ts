// How many characters the training form's own texts may have (the shared ones are in ../text-limits.ts).

export const TRAINING_TEXT_LIMITS = {
  /** 研修の目的, 対象職員: a sentence or two. */
  purpose: 200,
  /** 実施スケジュール: dates and sessions in a few lines. */
  schedule: 200,
  /** 記載箇所: 「第3章 2(1)・12頁」. */
  location: 60,
} as const;
